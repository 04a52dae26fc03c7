// The spec validators, from the clients' separate `/validation` entry points (compiled ahead of
// time from the specs; not in the clients' default bundles, which the CLI does not mind).
import {
  validatedOperations as as2Operations,
  validateResponse as as2Validate,
} from "@edi-clients/as2-gateway/validation";
import {
  validatedOperations as ecgridOperations,
  validateResponse as ecgridValidate,
} from "@edi-clients/ecgrid/validation";
import type { Validator } from "./engine.js";

export interface Validation {
  validateResponse: Validator;
  /** The operations that have a response schema (every doctor step must be one: tested). */
  validatedOperations: readonly string[];
}

export const VALIDATION: Readonly<Record<"ecgrid" | "as2", Validation>> = {
  ecgrid: { validateResponse: ecgridValidate, validatedOperations: ecgridOperations },
  as2: { validateResponse: as2Validate, validatedOperations: as2Operations },
};

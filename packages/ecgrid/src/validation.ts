// @edi-clients/ecgrid/validation: opt-in response validation for the ECGrid client. The validators
// are compiled ahead of time from specs/ecgrid/openapi.yaml (src/generated/validators.js, Ajv
// standalone code with nothing to load at run time) and live only in this entry point, so the
// default bundle does not grow.
//
//   import { validateResponse } from "@edi-clients/ecgrid/validation";
//   new ECGrid({ ..., validateResponses: "warn", responseValidator: validateResponse });
import { createResponseValidator, type ResponseValidator } from "@edi-clients/runtime/validation";
import { RESPONSE_VALIDATORS } from "./generated/validators.js";

export {
  type ResponseIssue,
  ResponseValidationError,
  type ResponseValidator,
  type ValidateResponsesMode,
} from "@edi-clients/runtime";

/**
 * Checks one response body (the whole JSON body, as the spec describes it) of `operation` with
 * HTTP `status` against the spec: [] when it conforms or the operation/status has no JSON schema;
 * otherwise one issue per difference (JSON path, expected, received type — never a value).
 */
export const validateResponse: ResponseValidator = createResponseValidator(RESPONSE_VALIDATORS);

/** The operationIds that have at least one JSON response schema to check. */
export const validatedOperations: readonly string[] = Object.freeze(Object.keys(RESPONSE_VALIDATORS).sort());

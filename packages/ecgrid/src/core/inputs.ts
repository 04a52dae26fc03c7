// Every ECGrid operation's input rules in one table, for the full core (`ECGridCore`), whose
// `call` takes any operation. A function, not a module-level table: a bundle without the full core
// drops it and with it every resource's rules (an object spread at the top level is kept).
import type { OperationRules } from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";
import { AUTH_INPUTS } from "./inputs/auth.js";
import { CALLBACKS_INPUTS } from "./inputs/callbacks.js";
import { CARBON_COPIES_INPUTS } from "./inputs/carbon-copies.js";
import { CERTIFICATES_INPUTS } from "./inputs/certificates.js";
import { COMMS_INPUTS } from "./inputs/comms.js";
import { IDS_INPUTS } from "./inputs/ids.js";
import { INTERCHANGES_INPUTS } from "./inputs/interchanges.js";
import { KEYS_INPUTS } from "./inputs/keys.js";
import { MAILBOXES_INPUTS } from "./inputs/mailboxes.js";
import { NETWORKS_INPUTS } from "./inputs/networks.js";
import { PARCELS_INPUTS } from "./inputs/parcels.js";
import { PARTNERS_INPUTS } from "./inputs/partners.js";
import { PORTALS_INPUTS } from "./inputs/portals.js";
import { REPORTS_INPUTS } from "./inputs/reports.js";
import { STATUS_LISTS_INPUTS } from "./inputs/status-lists.js";
import { USERS_INPUTS } from "./inputs/users.js";

/** Typed from the generated operations: `tsc` wants a rule for every operation. */
export type OperationInputs = { readonly [Op in OperationId]: OperationRules<operations[Op]> };

let all: OperationInputs | undefined;

/** The rules of all 119 operations (built once). */
export function operationInputs(): OperationInputs {
  all ??= {
    ...AUTH_INPUTS,
    ...NETWORKS_INPUTS,
    ...MAILBOXES_INPUTS,
    ...IDS_INPUTS,
    ...PARTNERS_INPUTS,
    ...USERS_INPUTS,
    ...KEYS_INPUTS,
    ...PORTALS_INPUTS,
    ...REPORTS_INPUTS,
    ...STATUS_LISTS_INPUTS,
    ...PARCELS_INPUTS,
    ...INTERCHANGES_INPUTS,
    ...CALLBACKS_INPUTS,
    ...COMMS_INPUTS,
    ...CARBON_COPIES_INPUTS,
    ...CERTIFICATES_INPUTS,
  };
  return all;
}

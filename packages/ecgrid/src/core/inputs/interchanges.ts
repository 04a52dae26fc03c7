import type { InputsOf } from "../input-rules.js";
import { ID64, INTERCHANGE_FILTERS, TEXT } from "../input-rules.js";

/** The input rules of the `interchanges…` operations (see ../input-rules.ts). */
export const INTERCHANGES_INPUTS: InputsOf<"interchanges"> = {
  interchangesGetInterchange: { path: { id: ID64 } },
  interchangesCancelInterchange: { path: { id: ID64 } },
  interchangesGetDate: { body: { interchangeHeader: TEXT } },
  interchangesGetHeader: { body: { interchangeHeader: TEXT } },
  interchangesGetManifest: { path: { id: ID64 } },
  interchangesInboxList: { body: INTERCHANGE_FILTERS },
  interchangesOutboxList: { body: INTERCHANGE_FILTERS },
  interchangesResendInterchange: { path: { id: ID64 } },
};

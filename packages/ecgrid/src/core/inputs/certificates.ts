import { integer, optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { ID, SHORT, TEXT } from "../input-rules.js";

/** The input rules of the `certificates…` operations (see ../input-rules.ts). */
export const CERTIFICATES_INPUTS: InputsOf<"certificates"> = {
  certificatesAddPrivate: { body: { commId: ID, certType: TEXT } },
  certificatesAddPublic: { body: { commId: ID, certType: TEXT } },
  certificatesCreateCertificate: { body: { commId: ID } },
  certificatesRenewCertificate: {
    body: { commId: ID, certKeyId: ID, overlapDays: opt(SHORT), years: opt(integer(1, 32_767)) },
  },
  certificatesTerminateCertificate: { body: { commId: ID, certKeyId: ID } },
};

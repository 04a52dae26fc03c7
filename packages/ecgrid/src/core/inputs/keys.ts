import { optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { COUNT, ID, ID64 } from "../input-rules.js";

/** The input rules of the `keys…` operations (see ../input-rules.ts). */
export const KEYS_INPUTS: InputsOf<"keys"> = {
  // Keys: the evidence body or the deprecated page body (an anyOf in the spec), so no field is
  // required on its own; the keys.* methods take the evidence body, every field of it required.
  keysDeleteKey: { body: { objectId: opt(ID64), keyId: opt(ID) } },
  keysCreateKey: { body: { objectId: opt(ID64), daysToLive: opt(COUNT), userId: opt(ID) } },
  keysGetKey: { body: { objectId: opt(ID64), userId: opt(ID) } },
  keysListKeys: { body: { objectId: opt(ID64), userId: opt(ID) } },
};

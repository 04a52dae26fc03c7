// Keys: ECGridOS' key/value store on system objects (`KeyGet`/`KeyList`/`KeySet`/`KeyRemove`), not
// user API keys (those are users.getApiKey / users.generateApiKey). specs/ecgrid/NOTES.md
// `X10-KEYS-1`/`X10-KEYS-2`: the spec still accepts the reference pages' `userId`/`keyId` bodies
// (deprecated), but these methods send the evidence body only, every field of it required; the
// answers (the pages' key record, ECGridOS `KeyValue` in any key casing) become one `KeyValue`.
// A key's `value` is a secret (R6): it is scrubbed from errors of the call that sends it, and never
// quoted in a ValidationError or a ResponseShapeError.
import {
  type ApiCall,
  ApiCall as Call,
  type CallOptions,
  checkFields,
  type FieldRules,
  string,
  ValidationError,
} from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { KEYS_INPUTS } from "../core/inputs/keys.js";
import {
  doneOf,
  fromEnvelope,
  isRecord,
  type JsonRecord,
  jsonType,
  listOf,
  mapCall,
  ResponseShapeError,
  readInteger,
  readText,
} from "../core/normalise.js";
import { type BodyOf, Resource } from "../core/resource.js";
import type { components } from "../generated/openapi.js";
import { keysCreateKey, keysDeleteKey, keysGetKey, keysListKeys } from "../generated/operations.js";

type Schemas = components["schemas"];
type Fields<
  Op extends "keysGetKey" | "keysListKeys" | "keysCreateKey" | "keysDeleteKey",
  K extends string,
> = {
  [F in K & keyof BodyOf<Op>]-?: NonNullable<BodyOf<Op>[F]>;
};

/** Which key of which object: `{ systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" }`. */
export type KeyRef = Fields<"keysGetKey", "systemObject" | "objectId" | "key" | "visibility">;
/** The object whose keys to list. */
export type KeyListInput = Fields<"keysListKeys", "systemObject" | "objectId">;
/** A key to set: its reference, the value, and optionally `meta` and `daysToLive`. */
export type KeySetInput = Fields<
  "keysCreateKey",
  "systemObject" | "objectId" | "key" | "visibility" | "value"
> &
  Pick<BodyOf<"keysCreateKey">, "meta" | "daysToLive">;

/**
 * One key/value record (ECGridOS `KeyValue`, the spec's `KeyValue` component) as every Keys method
 * returns it, whatever casing arrived (`networkID`/`networkId`, `Value`/`value`, …); the fields as
 * received are kept too. `value` is the stored secret: never log it.
 */
export type KeyValue = Schemas["KeyValue"] & { [field: string]: unknown };

const TEXTS = ["key", "value", "meta", "visibility", "created", "expires", "sessionId"] as const;
const INTEGERS = ["networkId", "mailboxId", "userId", "keyId"] as const;

/**
 * A KeyValue from any documented record: the fields as received, then each canonical field from
 * whichever casing arrived (`Value`, `networkID`). Nothing is required — no source gives key
 * records an ID — but a non-object is a ResponseShapeError (the type only, never the value).
 */
function keyValue(operation: string, value: unknown, path = "/data"): KeyValue {
  if (!isRecord(value)) throw new ResponseShapeError(operation, path, "a key/value record", value);
  const out: JsonRecord = { ...value };
  const set = (name: string, v: unknown) => {
    if (v === undefined) delete out[name];
    else out[name] = v;
  };
  for (const name of TEXTS) set(name, readText(value, name));
  for (const name of INTEGERS) set(name, readInteger(value, name));
  return out as KeyValue;
}

/** The evidence body's fields must all be there; `value` is never quoted back. */
function checkBody(
  operation: "keysGetKey" | "keysListKeys" | "keysCreateKey" | "keysDeleteKey",
  body: unknown,
  names: readonly string[],
): void {
  const objectId = KEYS_INPUTS[operation].body.objectId;
  const rules: FieldRules = Object.fromEntries(
    names.map((name) => [
      name,
      name === "objectId" ? { ...objectId, optional: false } : name === "key" ? string(1) : string(),
    ]),
  );
  if (isRecord(body) && "value" in rules && typeof body.value !== "string") {
    throw new ValidationError(`${operation}: value must be a string, got ${jsonType(body.value)}`, {
      operation,
    });
  }
  checkFields(body, rules, operation, "the request body");
}

const REF = ["systemObject", "objectId", "key", "visibility"] as const;

/** Keys: named values attached to mailboxes, networks, users and other system objects. */
export class Keys extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, KEYS_INPUTS);
  }

  /**
   * Sets a key on an object (ECGridOS `KeySet`). Resolves to the stored record when the server
   * returns one, else to `true` (the service's own answer is a boolean).
   */
  create(input: KeySetInput, options?: CallOptions): ApiCall<KeyValue | true> {
    return Call.defer(() => {
      checkBody(keysCreateKey.id, input, [...REF, "value"]);
      const body: BodyOf<"keysCreateKey"> = { ...input };
      return mapCall(
        this.core.call(keysCreateKey, { body }, { ...options, secrets: [input.value] }),
        (data: unknown): KeyValue | true => {
          if (isRecord(data)) return keyValue(keysCreateKey.id, data);
          if (data === false)
            throw new ResponseShapeError(keysCreateKey.id, "/data", "true or the record", data);
          return true;
        },
      );
    });
  }

  /** One key of an object (ECGridOS `KeyGet`). */
  get(ref: KeyRef, options?: CallOptions): ApiCall<KeyValue> {
    return Call.defer(() => {
      checkBody(keysGetKey.id, ref, REF);
      const body: BodyOf<"keysGetKey"> = { ...ref };
      return mapCall(this.core.call(keysGetKey, { body }, options), (data: unknown) =>
        keyValue(keysGetKey.id, data),
      );
    });
  }

  /** Every key of an object (ECGridOS `KeyList`), as a bare array or in a `keys` list. */
  list(input: KeyListInput, options?: CallOptions): ApiCall<KeyValue[]> {
    return Call.defer(() => {
      checkBody(keysListKeys.id, input, ["systemObject", "objectId"]);
      const body: BodyOf<"keysListKeys"> = { ...input };
      return fromEnvelope(this.core.request(keysListKeys, { body }, options), (envelope: unknown) => {
        const { items, path } = listOf(keysListKeys.id, envelope, ["keys", "keyValues"]);
        return items.map((item, index) => keyValue(keysListKeys.id, item, `${path}/${index}`));
      });
    });
  }

  /** Removes a key from an object (ECGridOS `KeyRemove`); `true` when done. */
  delete(ref: KeyRef, options?: CallOptions): ApiCall<boolean> {
    return Call.defer(() => {
      checkBody(keysDeleteKey.id, ref, REF);
      const body: BodyOf<"keysDeleteKey"> = { ...ref };
      return mapCall(this.core.call(keysDeleteKey, { body }, options), doneOf);
    });
  }
}

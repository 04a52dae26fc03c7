// A test API ("Things") on the runtime's ClientCore, without generated types: the profile, two
// descriptors and a core signed in with an API key, shared by the core's test files.
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { apiKeyAuth } from "../src/auth.ts";
import { ClientCore, type ClientProfile, type CoreOptions } from "../src/client-core.ts";
import type { Operation } from "../src/operation.ts";
import { integer } from "../src/validate.ts";

export const getThing = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  idempotent: true,
} as const satisfies Operation;

/** A POST that is safe to repeat (retried like a read). */
export const putThing = {
  id: "putThing",
  method: "POST",
  path: "/things/{id}",
  idempotent: true,
} as const satisfies Operation;

export const THINGS_PROFILE: ClientProfile = {
  name: "Things",
  defaultBaseUrl: "https://things.example",
  rateLimit: { limit: 7, windowMs: 1_000 },
  validationEntry: "things/validation",
  headers: { Accept: "application/json" },
  describeError: () => ({ message: "failed" }),
  inputs: { getThing: { path: { id: integer() } }, putThing: { path: { id: integer() } } },
};

// biome-ignore lint/suspicious/noExplicitAny: a test API without generated types
export type ThingsCore = ClientCore<any, any>;

/** A core of the test API: silent, fast retries, the options given on top. */
export function thingsCore(options: CoreOptions, key = "k"): ThingsCore {
  return new ClientCore(
    { logger: silentLogger, retry: { baseDelayMs: 1, maxDelayMs: 1 }, ...options },
    THINGS_PROFILE,
    () => ({ auth: apiKeyAuth("X-API-Key", key) }),
  );
}

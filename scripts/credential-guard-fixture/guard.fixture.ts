// Run by packages/runtime/test/credential-guard.test.ts: every "leaks" test must fail through the
// guard's afterEach, every "clean" test must pass.
import { it } from "vitest";
import { EdiClientError as BuiltEdiClientError } from "../../packages/runtime/dist/index.js";
import { transportSettings } from "../../packages/runtime/src/client-options.ts";
import { ApiError, EdiClientError } from "../../packages/runtime/src/errors.ts";
import { allowLeak, plantSecret } from "../vitest-credential-guard.ts";

it("leaks: an error message holding a planted API key", () => {
  void new EdiClientError("request failed for key-planted-0001");
});

it("leaks: an ApiError body holding a planted password (never thrown, never inspected)", () => {
  void new ApiError({ status: 500, message: "oops", body: { echo: "Pw-PLANTED-0002!" } });
});

it("leaks: an error of the built runtime (what the clients' tests use)", () => {
  void new BuiltEdiClientError("request failed for sk_live_0123456789abcdef");
});

it("leaks: the cause of an error", () => {
  void new EdiClientError("wrapped", { cause: new Error("token jwt-PLANTED-0003") });
});

it("leaks: a client logger's fields", () => {
  const { logger } = transportSettings({ logger: { error() {}, warn() {}, info() {}, debug() {} } });
  logger?.debug("attempt", { headers: { authorization: "Bearer tok-planted-0002" } });
});

it("leaks: console output", () => {
  console.warn("signing in with", { password: "planted-Pa55word!" });
});

it("leaks: a secret the test planted itself", () => {
  plantSecret("my-own-planted-secret-42");
  void new EdiClientError("saw my-own-planted-secret-42");
});

it("clean: an error without credentials", () => {
  void new EdiClientError("request failed (***)");
});

it("clean: an ApiError that scrubs the echoed key", () => {
  void new ApiError({ status: 401, message: "bad key key-planted-0001", secrets: ["key-planted-0001"] });
});

it("clean: a leaky error marked as the input of a scrubbing test", () => {
  allowLeak(new EdiClientError("key-planted-0001"));
});

// @edi-clients/runtime/public: the part of the runtime a user of a client needs, which
// @edi-clients/ecgrid and @edi-clients/as2-gateway re-export as their own — the typed errors (to
// catch them), the options and the types they name (CallOptions, Logger, TokenProvider, retry,
// budget, throttle, reconcile, response validation), what the methods return (ApiCall,
// PagePromise), the inbox coordination and watch types, and the operation table's types. One list
// for both clients, so they cannot drift apart. Everything else of the runtime (ClientCore, the
// transport, paging, validation rules, the at-least-once loop…) is the clients' internals: their
// code imports it from @edi-clients/runtime itself. Each client pins the list it exports
// (test/public-exports.test.ts), so it cannot grow unnoticed.
export { ALL_PLUGINS } from "./all-plugins.js";
export { ApiCall } from "./api-call.js";
export type { IssuedToken, TokenProvider } from "./auth.js";
export type { CallOptions } from "./call-context.js";
export type { CoreCallOptions, CoreOptions } from "./client-core.js";
export type { ClientOptions } from "./client-options.js";
export {
  ClaimLostError,
  CoordinatorUnavailableError,
  createMemoryCoordinator,
  type InboxClaim,
  type InboxCoordinator,
  type InboxItemProgress,
  type MemoryCoordinatorOptions,
} from "./coordinator.js";
export type { CorePlugins } from "./core-plugins.js";
export {
  ApiError,
  type ApiErrorDetails,
  AuthenticationError,
  BadRequestError,
  ClientClosedError,
  ConflictError,
  ConnectionError,
  EdiClientError,
  InternalServerError,
  NotFoundError,
  type OutcomeCheck,
  OutcomeUnknownError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  ServiceUnavailableError,
  TimeoutError,
  UnprocessableEntityError,
  UserAbortError,
  ValidationError,
} from "./errors.js";
export type { WithResponse } from "./invoke.js";
export { createLogger, type Logger, type LogLevel } from "./logger.js";
export type { HttpMethod, Operation, OperationPagination } from "./operation.js";
export { type ListOptions, PagePromise } from "./page-promise.js";
export type {
  ReconcileCallOptions,
  Reconciled,
  ReconcileOptions,
  ReconcileSetting,
  UnknownOutcomePolicy,
} from "./reconcile.js";
export {
  type ResponseCheck,
  type ResponseIssue,
  ResponseValidationError,
  type ResponseValidationOptions,
  type ResponseValidator,
  responseCheck,
  type ValidateResponsesMode,
} from "./response-validation.js";
export type { Idempotency, RetryOptions } from "./retry.js";
export {
  isRetryBudgetExhausted,
  RetryBudget,
  type RetryBudgetOption,
  type RetryBudgetOptions,
  resolveRetryBudget,
  wasRetryBudgetExhausted,
} from "./retry-budget.js";
export { Secret } from "./secret.js";
export {
  createThrottle,
  type LimiterResult,
  RateBudgetUnavailableError,
  type SharedLimiter,
  type ThrottleOptions,
  ThrottleStoppedError,
} from "./throttle.js";
export type { AttemptEvent, FetchInit, FetchLike } from "./transport.js";
export type { Watch, WatchOptions, WatchStats } from "./watch.js";

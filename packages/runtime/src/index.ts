export { onAbort, raceAbort } from "./abort.js";
export { ALL_PLUGINS, withAllPlugins } from "./all-plugins.js";
export { ApiCall } from "./api-call.js";
export {
  checkInboxCoordinator,
  checkInboxHandler,
  type InboxPass,
  type InboxPassOptions,
  type InboxPassResult,
  type InboxSource,
  passReport,
  runInboxPass,
} from "./at-least-once.js";
export type { AttemptRun, StreamReader } from "./attempt-run.js";
export {
  type AuthStrategy,
  apiKeyAuth,
  type IssuedToken,
  TokenAuth,
  type TokenAuthOptions,
  type TokenProvider,
} from "./auth.js";
export { budgetKey } from "./budget-key.js";
export { attachContext, type CallContext, type CallOptions, contextOf } from "./call-context.js";
export {
  ClientCore,
  type ClientProfile,
  type CoreAuth,
  type CoreCallOptions,
  type CoreOptions,
  type OperationRun,
} from "./client-core.js";
export { type ClientOptions, checkBaseUrl, isLoopback, transportSettings } from "./client-options.js";
export { forEachConcurrent } from "./concurrency.js";
export {
  ClaimLostError,
  CoordinatorUnavailableError,
  completeItem,
  createMemoryCoordinator,
  DEFAULT_LEASE_MS,
  DEFAULT_MARK_TTL_MS,
  HeldClaim,
  type InboxClaim,
  type InboxCoordinator,
  type InboxItemProgress,
  type ItemOutcome,
  type MemoryCoordinatorOptions,
} from "./coordinator.js";
export { type CorePlugins, checkPlugins, pluginFor, withPlugins } from "./core-plugins.js";
export * from "./errors.js";
export {
  type ErrorDescriber,
  errorFromResponse,
  excerpt,
  type FetchResult,
  type InvokeInit,
  type InvokeOptions,
  invoke,
  type WithResponse,
} from "./invoke.js";
export { createLogger, type Logger, type LogLevel } from "./logger.js";
export {
  type CallParams,
  type HttpMethod,
  idempotencyOf,
  type Operation,
  type OperationPagination,
  type SuccessOf,
} from "./operation.js";
export {
  type ListOptions,
  type PagedListSpec,
  PagePromise,
  type PagingFields,
  pagedList,
  withPaging,
} from "./page-promise.js";
export {
  callOptionsOf,
  type Page,
  type PageFetcher,
  type PageRequest,
  type PageSizeRule,
  type PaginateOptions,
  Paginator,
} from "./paginate.js";
export { createRawClient } from "./raw-client.js";
export {
  DEFAULT_RECONCILE,
  isAmbiguousOutcome,
  type PollOptions,
  type PollResult,
  pollUntilFound,
  RECONCILE_LIMITS,
  type ReconcileCallOptions,
  type Reconciled,
  type ReconcileOptions,
  type ReconcileSetting,
  type ReconcileSettings,
  type ReconcileTarget,
  type ResolvedReconcile,
  resolveReconcile,
  sendReconciled,
  type UnknownOutcomePolicy,
} from "./reconcile.js";
export {
  createRedirectFetch,
  DEFAULT_MAX_REDIRECTS,
  isHttpsUpgrade,
  type RedirectFetchOptions,
  type RedirectPolicy,
  withRedirectOperation,
} from "./redirect.js";
export {
  formatIssues,
  type ResponseCheck,
  type ResponseIssue,
  ResponseValidationError,
  type ResponseValidationOptions,
  type ResponseValidator,
  responseCheck,
  VALIDATE_RESPONSES_MODES,
  type ValidateResponsesMode,
} from "./response-validation.js";
export {
  type AttemptOutcome,
  backoffDelay,
  DEFAULT_RETRY,
  decideRetry,
  failedBeforeSending,
  type Idempotency,
  type RetryDecision,
  type RetryOptions,
  resolveRetryOptions,
} from "./retry.js";
export {
  budgetRetry,
  checkRetryBudgetOptions,
  DEFAULT_RETRY_BUDGET,
  isRetryBudgetExhausted,
  RETRY_BUDGET_NOTE,
  RetryBudget,
  type RetryBudgetOption,
  type RetryBudgetOptions,
  type RetryCause,
  resolveRetryBudget,
  wasRetryBudgetExhausted,
} from "./retry-budget.js";
export {
  redactHeaders,
  SENSITIVE_HEADERS,
  Secret,
  scrub,
  scrubValue,
  withCallSecrets,
} from "./secret.js";
export { sleep } from "./sleep.js";
export { streamBody } from "./streamed-body.js";
export {
  createThrottle,
  type LimiterResult,
  type Permit,
  RateBudgetUnavailableError,
  resetDelayMs,
  type SharedLimiter,
  type Throttle,
  type ThrottleOptions,
  ThrottleStoppedError,
} from "./throttle.js";
export {
  type AttemptEvent,
  createTransport,
  type FetchInit,
  type FetchLike,
  type ReplayableBody,
  type TransportOptions,
  TransportRequest,
} from "./transport.js";
export {
  type ArrayRule,
  allOptional,
  arrayOf,
  type BooleanRule,
  boolean,
  checkCallOptions,
  checkClientOptions,
  checkFields,
  checkInput,
  checkRetryOptions,
  checkValue,
  describeValue,
  type FieldRule,
  type FieldRules,
  INT32_MAX,
  INT64_MAX,
  type InputRules,
  type IntegerRule,
  integer,
  MAX_TIMER_MS,
  type OneOfRule,
  type OperationInput,
  type OperationRules,
  oneOf,
  optional,
  type StringRule,
  string,
} from "./validate.js";
export {
  checkWatchOptions,
  type PassReport,
  runWatch,
  type Watch,
  type WatchOptions,
  type WatchStats,
} from "./watch.js";

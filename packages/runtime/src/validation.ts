// @edi-clients/runtime/validation: what the generated response validators of the clients'
// `/validation` entry points need. Kept out of the main entry so default bundles do not grow.
export {
  type CompiledValidator,
  type CompiledValidatorError,
  type CompiledValidators,
  createResponseValidator,
  issuesOf,
  jsonTypeOf,
} from "./compiled-validators.js";
export type { ResponseIssue, ResponseValidator } from "./response-validation.js";

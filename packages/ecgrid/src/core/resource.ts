import type { operations } from "../generated/openapi.js";
import type { ECGridCore } from "./client.js";
import type { OperationId } from "./operations.js";

/** The JSON request body of an operation, straight from the generated types. */
export type BodyOf<Op extends OperationId> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/** A paged list request without the paging fields (the iterator sets them). */
export type FiltersOf<Op extends OperationId> = Omit<BodyOf<Op>, "pageNo" | "recordsPerPage">;

/** One API resource group; methods are thin, typed calls through the shared core. */
export abstract class Resource {
  protected readonly core: ECGridCore;
  constructor(core: ECGridCore) {
    this.core = core;
  }
}

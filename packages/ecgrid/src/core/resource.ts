import type { operations } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";
import type { ECGridSlimCore } from "./client.js";

/** The JSON request body of an operation, straight from the generated types. */
export type BodyOf<Op extends OperationId> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/** One API resource group; methods are thin, typed calls through the shared core. */
export abstract class Resource {
  protected readonly core: ECGridSlimCore;
  constructor(core: ECGridSlimCore) {
    this.core = core;
  }
}

import type { InputRules } from "@edi-clients/runtime";
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
  /** `inputs`: the rules of the resource's operations, which it brings to the core. */
  constructor(core: ECGridSlimCore, inputs: Readonly<Record<string, InputRules>>) {
    this.core = core;
    core.useInputs(inputs);
  }
}

import { ValidationError } from "@edi-clients/runtime";
import type { components, operations } from "../generated/openapi.js";
import type { As2GatewayCore } from "./client.js";
import type { OperationId } from "./operations.js";

export type AS2Message = components["schemas"]["AS2Message"];
export type Pagination = components["schemas"]["Pagination"];
export type GenericResponse = components["schemas"]["GenericResponse"];
export type Partner = components["schemas"]["Partner"];
export type Station = components["schemas"]["Station"];
export type MessageType = operations["deleteMessage"]["parameters"]["path"]["messageType"];

/** The query parameters of an operation, straight from the generated types. */
export type QueryOf<Op extends OperationId> = NonNullable<operations[Op]["parameters"]["query"]>;

/** A list query without the paging fields (the iterator sets them). */
export type FiltersOf<Op extends OperationId> = Omit<QueryOf<Op>, "pageOffset" | "pageLength">;

/** One API resource group; methods are thin, typed calls through the shared core. */
export abstract class Resource {
  protected readonly core: As2GatewayCore;
  constructor(core: As2GatewayCore) {
    this.core = core;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.constructor.name}(***)`;
  }
}

/** Rejects a missing or blank AS2 message ID before any request. */
export function checkMessageId(id: unknown, operation: OperationId): asserts id is string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError(`${operation}: the AS2 message ID must be a non-empty string`, { operation });
  }
}

/** Rejects an ID list that is not 1–`max` non-empty strings; returns it without duplicates. */
export function checkMessageIds(ids: unknown, max: number, operation: OperationId): string[] {
  if (!Array.isArray(ids)) {
    throw new ValidationError(`${operation}: the AS2 message IDs must be an array`, { operation });
  }
  for (const id of ids) checkMessageId(id, operation);
  const unique = [...new Set(ids as string[])];
  if (unique.length > max) {
    throw new ValidationError(
      `${operation}: at most ${max} AS2 message IDs per request, got ${unique.length}`,
      { operation },
    );
  }
  return unique;
}

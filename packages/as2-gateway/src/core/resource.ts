import { arrayOf, checkValue, ValidationError } from "@edi-clients/runtime";
import type { components, operations } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";
import type { As2GatewaySlimCore } from "./client.js";
import { MESSAGE_ID } from "./inputs.js";

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
  protected readonly core: As2GatewaySlimCore;
  constructor(core: As2GatewaySlimCore) {
    this.core = core;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.constructor.name}(***)`;
  }
}

/**
 * Splits `markAsRead` off a method's options. Options that are not an object pass through whole,
 * for the call-option check to reject (a ValidationError, never a TypeError from destructuring).
 */
export function splitMarkAsRead<O extends { markAsRead?: boolean }>(
  options: O | undefined,
): { markAsRead: boolean | undefined; callOptions: Omit<O, "markAsRead"> | undefined } {
  if (options === undefined || options === null || typeof options !== "object") {
    return { markAsRead: undefined, callOptions: options };
  }
  const { markAsRead, ...callOptions } = options;
  return { markAsRead, callOptions };
}

/** Rejects an ID list that is not 1–`max` non-empty strings; returns it without duplicates. */
export function checkMessageIds(ids: unknown, max: number, operation: OperationId): string[] {
  checkValue("as2MessageIds", ids, arrayOf(MESSAGE_ID), operation);
  const unique = [...new Set(ids as string[])];
  if (unique.length > max) {
    throw new ValidationError(
      `${operation}: at most ${max} AS2 message IDs per request, got ${unique.length}`,
      { operation },
    );
  }
  return unique;
}

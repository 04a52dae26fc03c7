import type { OperationSpec } from "../src/operations.ts";

/** The operations of one spec (a folder of specs/), in the spec's order. */
export function operationTable(name: string): OperationSpec[];
/** The text of src/generated/operations.ts. */
export function generated(): string;

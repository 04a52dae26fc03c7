// GENERATED FILE - DO NOT EDIT BY HAND.
// Source: specs/ecgrid/openapi.yaml — see validators.js.

/** An Ajv standalone validator: true when `data` conforms; the errors of the last call otherwise. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }> | null;
}

/** operationId → response status ("200", "4XX", "default") → validator. */
export declare const RESPONSE_VALIDATORS: Readonly<Record<string, Readonly<Record<string, CompiledValidator>>>>;

export interface SpecSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxItems?: number;
  items?: SpecSchema;
  required?: string[];
  properties?: Record<string, SpecSchema>;
  allOf?: SpecSchema[];
}
export interface SpecParameter {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  schema: SpecSchema;
}
export interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
  requestBody?: { $ref?: string; required?: boolean; content: Record<string, { schema: SpecSchema }> };
}
export function loadSpec(name: string): {
  spec: Record<string, unknown>;
  deref<T extends { $ref?: string }>(node: T): T;
  operations: [string, SpecOperation][];
};

export interface SkippedOperation {
  operation: string;
  skipped: string;
}
export interface AnsweredOperation {
  operation: string;
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: unknown;
  skipped?: undefined;
}
export type SweepResult = SkippedOperation | AnsweredOperation;
/** Every operation of specs/<name>/openapi.yaml called once against a Prism mock at baseUrl. */
export function sweep(
  name: string,
  baseUrl: string,
  headers?: Record<string, string>,
): Promise<SweepResult[]>;
/** The operations that were called (not skipped). */
export function answered(results: SweepResult[]): AnsweredOperation[];

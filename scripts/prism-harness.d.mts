export interface PrismServer {
  /** Base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Everything Prism printed so far (useful when a contract test fails). */
  logs(): string;
}
export function specPath(name: string): string;
export function freePort(): Promise<number>;
export function startPrism(
  spec: string,
  options?: { port?: number; timeoutMs?: number },
): Promise<PrismServer>;

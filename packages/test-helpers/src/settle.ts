// Settling a call for an assertion: the error it rejects with, or its outcome under forced garbage
// collections.

/**
 * Runs `run` while forcing a full garbage collection every 10 ms (vitest.shared.ts starts workers
 * with --expose-gc), and settles with its value or error and how long it took. undici once lost
 * abort signals after a GC (nodejs/undici#4068): timeouts are only proven under GC.
 */
export async function settledUnderGc<T>(run: () => Promise<T>): Promise<{ result: T | unknown; ms: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("needs node --expose-gc (vitest.shared.ts sets execArgv)");
  const timer = setInterval(gc, 10);
  const started = performance.now();
  try {
    const result = await run().catch((error: unknown) => error);
    return { result, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** The error `call` rejects with, typed as the caller expects (fails the test when it resolves). */
export async function rejectionOf<E = unknown>(call: PromiseLike<unknown>): Promise<E> {
  try {
    await call;
  } catch (error) {
    return error as E;
  }
  throw new Error("the call resolved");
}

// One attempt as the transport runs it, and what a streamed answer is handed to: types only, in a
// module of their own so the call context, the transport and the stream reader can all name them
// without importing one another.

/** One attempt of a call: its timer and abort signal. */
export interface AttemptRun {
  /** Aborted by the timer or by the caller. */
  signal: AbortSignal;
  /**
   * `promise`, or a rejection with the abort reason as soon as the attempt aborts, whether or not
   * whatever produces `promise` noticed: undici has lost abort signals after garbage collection
   * (nodejs/undici#4068), and a custom fetch may ignore one. A promise of the attempt's own, not a
   * listener on its signal per wait.
   */
  race<T>(promise: Promise<T>): Promise<T>;
  timedOut(): boolean;
  /** Stops the timer and lets go of the caller's signal. */
  finish(): void;
  /** Restarts the timer: for streamed bodies, each chunk gets the whole timeout. */
  restartTimer(): void;
}

/** What a call's `stream` option is: how the transport hands over an answer it did not read. */
export type StreamReader = (
  response: Response,
  run: AttemptRun,
  timeoutMs: number,
  operation: string | undefined,
) => Response;

// The value every resource method returns: a promise of the data that can also give the raw
// Response (`await call.withResponse()`), like openai-node's APIPromise. The request starts at once.
import type { WithResponse } from "./invoke.js";

export class ApiCall<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /**
   * The call `make` returns, or one rejected with what `make` threw: a method that prepares its
   * request synchronously (and may fail a check doing so) still never throws at the call site.
   */
  static defer<T>(make: () => ApiCall<T>): ApiCall<T> {
    try {
      return make();
    } catch (error) {
      return new ApiCall<T>(Promise.reject(error));
    }
  }

  /** The data together with the HTTP response (status, headers such as X-RateLimit-Remaining). */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: this object is deliberately awaitable
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One reaction, not two (`.then(r => r.data).then(…)`): the same outcome, a turn less per await.
    return this.#result.then(
      onFulfilled ? (result) => onFulfilled(result.data) : (result) => result.data as unknown as R1,
      onRejected,
    );
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiCall";
  }
}

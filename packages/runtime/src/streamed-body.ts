// A streamed answer (issue 13: its own module, so only a bundle that streams carries it): a call
// whose `stream` option is `streamBody` gets its response from the transport with the body unread,
// read through as the caller pulls it. Each chunk must arrive within the attempt's timeout, a
// failure while reading becomes a typed error, and the attempt is finished (timer, caller signal)
// once the body has been read to the end, failed or been cancelled.
import { raceAbort } from "./abort.js";
import type { StreamReader } from "./attempt-run.js";
import { ConnectionError, EdiClientError, TimeoutError, UserAbortError } from "./errors.js";
import { describe, label, withOrigin } from "./transport.js";

/** The same response with its body read through, the attempt's timeout applying to each chunk. */
export const streamBody: StreamReader = (response, run, timeoutMs, operation) => {
  const source = response.body;
  if (!source) {
    run.finish();
    return response;
  }
  const reader = source.getReader();
  const typed = (error: unknown): EdiClientError => {
    if (error instanceof EdiClientError) return error;
    if (run.timedOut()) {
      return new TimeoutError(`${label(operation)}the response body stalled for ${timeoutMs} ms`, {
        operation,
        cause: error,
      });
    }
    if (run.signal.aborted) {
      return new UserAbortError(`${label(operation)}aborted by the caller`, { operation, cause: error });
    }
    return new ConnectionError(`${label(operation)}the response body was cut off: ${describe(error)}`, {
      operation,
      cause: error,
    });
  };
  run.restartTimer();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // A listener per chunk, released each time: a long stream must not pile up reactions.
        const chunk = await raceAbort(reader.read(), run.signal);
        if (chunk.done) {
          run.finish();
          controller.close();
        } else {
          run.restartTimer();
          controller.enqueue(chunk.value);
        }
      } catch (error) {
        run.finish();
        void reader.cancel(error).catch(() => undefined);
        controller.error(typed(error));
      }
    },
    cancel(reason) {
      run.finish();
      return reader.cancel(reason);
    },
  });
  return withOrigin(
    new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    }),
    response,
  );
};

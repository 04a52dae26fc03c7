// Abort plumbing shared by every wait in the SDK (attempts, backoff, rate-limit slots, sign-in).
//
// Why not `signal.addEventListener` per wait: callers share one long-lived signal across many calls
// (a daemon's shutdown signal, a `Promise.all` of 50 calls). One listener per waiting call makes
// Node print `MaxListenersExceededWarning` past 10 and keeps a closure per call attached. Here
// each signal gets exactly one listener, which fans out to the current subscribers and is removed
// as soon as the last one leaves.

type Callback = (reason: unknown) => void;

interface Fanout {
  callbacks: Set<Callback>;
  listener: () => void;
}

const fanouts = new WeakMap<AbortSignal, Fanout>();

/**
 * Calls `callback` once when `signal` aborts (at once, synchronously, when it already has).
 * Returns the function that unsubscribes; call it when the wait is over.
 */
export function onAbort(signal: AbortSignal, callback: Callback): () => void {
  if (signal.aborted) {
    callback(signal.reason);
    return noop;
  }
  let fanout = fanouts.get(signal);
  if (!fanout) {
    const created: Fanout = {
      callbacks: new Set(),
      listener: () => {
        fanouts.delete(signal);
        for (const cb of [...created.callbacks]) cb(signal.reason);
        created.callbacks.clear();
      },
    };
    fanout = created;
    fanouts.set(signal, created);
    signal.addEventListener("abort", created.listener, { once: true });
  }
  // A wrapper per subscription, so the same callback given twice is two subscriptions.
  const subscription: Callback = (reason) => callback(reason);
  const current = fanout;
  current.callbacks.add(subscription);
  return () => {
    if (!current.callbacks.delete(subscription) || current.callbacks.size > 0) return;
    if (fanouts.get(signal) === current) {
      fanouts.delete(signal);
      signal.removeEventListener("abort", current.listener);
    }
  };
}

/**
 * `promise`, or a rejection with `reasonFor(signal.reason)` as soon as the signal aborts —
 * whether or not whatever produces `promise` noticed the abort. A safety net: undici has lost
 * abort signals after garbage collection (nodejs/undici#4068), and a custom fetch may ignore one.
 */
export function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  reasonFor: (reason: unknown) => unknown = (reason) => reason,
): Promise<T> {
  if (signal.aborted) {
    // The abandoned promise may still reject later; that must not become an unhandled rejection.
    promise.catch(noop);
    return Promise.reject(reasonFor(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const unsubscribe = onAbort(signal, (reason) => {
      promise.catch(noop);
      reject(reasonFor(reason));
    });
    promise.then(
      (value) => {
        unsubscribe();
        resolve(value);
      },
      (error) => {
        unsubscribe();
        reject(error);
      },
    );
  });
}

function noop(): void {}

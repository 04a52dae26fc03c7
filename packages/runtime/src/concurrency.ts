// Bounded parallelism for the inbox processors: a tiny lane pool is all they need.
/** Runs `worker` over `items` with at most `limit` in flight; resolves when all settled. */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  worker: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await worker(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * The one bulk runner: one request per item, `concurrency` at a time; every item gets a result (nothing
 * skipped). Once `signal` aborts, items not yet started are reported as cancelled; those running finish.
 */
export type BulkResult<T, R = unknown> =
  { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown; cancelled?: boolean };

export async function runLimited<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
  onProgress?: (done: number) => void,
  signal?: AbortSignal,
): Promise<BulkResult<T, R>[]> {
  const results: BulkResult<T, R>[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i] as T;
      if (signal?.aborted) {
        results[i] = { item, ok: false, error: new Error('Cancelled before it ran.'), cancelled: true };
      } else {
        try {
          results[i] = { item, ok: true, value: await fn(item) };
        } catch (error) {
          results[i] = { item, ok: false, error };
        }
      }
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

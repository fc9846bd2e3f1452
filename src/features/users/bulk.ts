/** Runs one request per item with limited concurrency; every item gets a result (nothing skipped). */
export type BulkResult<T> = { item: T; ok: true } | { item: T; ok: false; error: unknown };

export async function runLimited<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<unknown>,
  onProgress?: (done: number) => void,
  signal?: AbortSignal,
): Promise<BulkResult<T>[]> {
  const results: BulkResult<T>[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i] as T;
      if (signal?.aborted) {
        results[i] = { item, ok: false, error: new Error('Cancelled before it ran.') };
      } else {
        try {
          await fn(item);
          results[i] = { item, ok: true };
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

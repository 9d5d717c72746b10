// Waiting for another session's write lock. SQLite answers SQLITE_BUSY while another connection
// holds the write lock; we retry with a growing pause. Async where the caller can wait (a grade,
// an import), a blocking sleep where the API is synchronous (a lesson view, an attempt).

const shared = new Int32Array(new SharedArrayBuffer(4));

/** Block the thread for ms (no busy loop). */
export function sleepSync(ms: number): void {
  Atomics.wait(shared, 0, 0, ms);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The pause before retry n (0-based): 1 ms doubling to `max`, with jitter so two sessions do not retry in step. */
export function backoff(n: number, max: number): number {
  const base = Math.min(max, 2 ** Math.min(n, 20));
  return Math.max(1, Math.round(base * (0.5 + Math.random() / 2)));
}

// A mock's times as text: "38:12" left, "+04:07" elapsed. Its own module: the prompt shows it
// on every draw, and the prompt loads before the rest of the mock engine is needed.

/** "38:12" (minutes may pass 59: "75:00"); rounds up, so 0:00 means the time is up. */
export function clockText(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "+04:07" of elapsed time: rounds down (a note at 0.6 s was written in the first second). */
export function elapsedText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

// FSRS-6 forgetting curve: the probability of recalling a card `elapsed` days after its last
// review, given its stability. The same curve ts-fsrs uses (decay = its default w[20]), here so
// that .progress and .next need not load the scheduler. Pure.
import { DAY_MS } from '../progress/day.ts';
import type { FsrsState } from '../progress/types.ts';

/** ts-fsrs default_w[20] (FSRS-6 decay); test/drill/retrievability.test.ts keeps them equal */
export const FSRS_DECAY = 0.1542;
const FACTOR = Math.exp(Math.log(0.9) / -FSRS_DECAY) - 1;

export function forgettingCurve(elapsedDays: number, stability: number): number {
  if (stability <= 0) return 0;
  return Math.pow(1 + (FACTOR * Math.max(0, elapsedDays)) / stability, -FSRS_DECAY);
}

/** Recall probability of a card now: 0 for a card never reviewed. */
export function retrievability(s: FsrsState | null | undefined, now: number): number {
  if (!s || s.state === 0 || s.last_review === null) return 0;
  return forgettingCurve((now - s.last_review) / DAY_MS, s.stability);
}

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { default_w, fsrs } from 'ts-fsrs';
import { FSRS_DECAY, forgettingCurve, retrievability } from '../../src/drill/retrievability.ts';
import { toFsrsCard } from '../../src/drill/scheduler.ts';
import type { FsrsState } from '../../src/progress/types.ts';

const DAY = 86_400_000;
const r = suite('retrievability');

r('the decay is ts-fsrs default w[20]', () => {
  assert.is(FSRS_DECAY, default_w[20]);
});

r('recall is 0.9 after one stability-length, 1 right after review, falls with time', () => {
  assert.ok(Math.abs(forgettingCurve(10, 10) - 0.9) < 1e-9);
  assert.is(forgettingCurve(0, 10), 1);
  assert.ok(forgettingCurve(30, 10) < forgettingCurve(20, 10));
});

r('matches ts-fsrs get_retrievability at whole days', () => {
  const f = fsrs();
  const t0 = Date.UTC(2025, 0, 1);
  for (const [stability, days] of [[2.5, 1], [12, 7], [40, 90], [0.5, 3]] as const) {
    const s: FsrsState = { due: t0, stability, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: t0 };
    const mine = retrievability(s, t0 + days * DAY);
    const theirs = f.get_retrievability(toFsrsCard(s, t0), new Date(t0 + days * DAY), false);
    assert.ok(Math.abs(mine - theirs) < 1e-6, `S=${stability} t=${days}: ${mine} vs ${theirs}`);
  }
});

r('a card never reviewed has recall 0', () => {
  assert.is(retrievability(null, 0), 0);
});

r.run();

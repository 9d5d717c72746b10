// ts-fsrs behind a small interface: the next state for a grade, and a preview of all four.
// Loaded only when a drill starts (commands import this module dynamically).
import { createEmptyCard, fsrs, generatorParameters, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';
import type { FsrsState, Grade } from '../progress/types.ts';

export interface Scheduler {
  readonly retention: number;
  next(state: FsrsState | null, now: number, grade: Grade): FsrsState;
  /** the state each grade would give, Again..Easy */
  preview(state: FsrsState | null, now: number): Record<Grade, FsrsState>;
}

export function toFsrsCard(s: FsrsState | null, now: number): FsrsCard {
  if (!s) return createEmptyCard(new Date(now));
  // a last review "in the future" (another machine's clock, an import) would make ts-fsrs throw
  const last = s.last_review === null ? undefined : new Date(Math.min(s.last_review, now));
  return { ...s, due: new Date(s.due), last_review: last };
}

export function fromFsrsCard(c: FsrsCard): FsrsState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as 0 | 1 | 2 | 3,
    last_review: c.last_review ? c.last_review.getTime() : null,
  };
}

export function createScheduler(opts: { retention: number; fuzz?: boolean }): Scheduler {
  const f = fsrs(generatorParameters({ request_retention: opts.retention, enable_fuzz: opts.fuzz ?? true }));
  return {
    retention: opts.retention,
    next: (state, now, grade) => fromFsrsCard(f.next(toFsrsCard(state, now), new Date(now), grade as FsrsGrade).card),
    preview(state, now) {
      const p = f.repeat(toFsrsCard(state, now), new Date(now));
      return { 1: fromFsrsCard(p[1].card), 2: fromFsrsCard(p[2].card), 3: fromFsrsCard(p[3].card), 4: fromFsrsCard(p[4].card) };
    },
  };
}

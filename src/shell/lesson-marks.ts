// What the learner has done with each lesson, for .topics and .find: read, mastered (mastery at
// least MASTERED), exercises solved, and the mastery itself (0-1). Reads the progress store through
// its API (opened through the ctx, best-effort: no marks when it cannot be opened). Data only:
// views/marks.ts turns marks into the short text of a list line.
import type { Lesson } from '../corpus/types.ts';
import type { Context } from './context.ts';

/** mastery (0-1, from reading, card recall and exercises) from which a lesson counts as mastered */
export const MASTERED = 0.8;

export interface LessonMarks {
  read: boolean;
  mastered: boolean;
  solved: number;
  checked: number;
  /** 0-1, two decimals */
  mastery: number;
}

/** the study code, loaded with the first marked list (kept: a dynamic import per list costs a loader round trip) */
let mastery: Promise<typeof import('../study/mastery.ts')> | undefined;

export async function lessonMarks(ctx: Context, lessons: readonly Lesson[], now = ctx.clock.now()): Promise<Map<string, LessonMarks>> {
  const out = new Map<string, LessonMarks>();
  try {
    const store = await ctx.progress();
    if (store.disabledReason) return out;
    const { lessonMastery, takeStudySnapshot } = await (mastery ??= import('../study/mastery.ts'));
    const snap = takeStudySnapshot(store, now);
    for (const l of lessons) {
      const m = lessonMastery(l, snap);
      out.set(l.id, { read: m.read, mastered: m.mastery >= MASTERED, solved: m.solved, checked: m.checked, mastery: Math.round(m.mastery * 100) / 100 });
    }
  } catch {
    // marks are a nicety: a store that cannot be read leaves the list unmarked
  }
  return out;
}

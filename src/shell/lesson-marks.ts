// What the learner has done with each lesson, as short marks for .topics and .find lines:
// "read", "mastered" (mastery at least MASTERED), "2/3 solved". Reads the progress store through
// its API (opened through the ctx, best-effort: no marks when it cannot be opened).
import type { Lesson } from '../corpus/types.ts';
import type { Style } from '../render/style.ts';
import type { Context } from './context.ts';

/** mastery (0-1, from reading, card recall and exercises) from which a lesson counts as mastered */
export const MASTERED = 0.8;

export interface LessonMarks {
  read: boolean;
  mastered: boolean;
  solved: number;
  checked: number;
}

export async function lessonMarks(ctx: Context, lessons: readonly Lesson[], now = Date.now()): Promise<Map<string, LessonMarks>> {
  const out = new Map<string, LessonMarks>();
  try {
    const store = await ctx.progress();
    if (store.disabledReason) return out;
    const { lessonMastery, takeStudySnapshot } = await import('../study/mastery.ts');
    const snap = takeStudySnapshot(store, now);
    for (const l of lessons) {
      const m = lessonMastery(l, snap);
      out.set(l.id, { read: m.read, mastered: m.mastery >= MASTERED, solved: m.solved, checked: m.checked });
    }
  } catch {
    // marks are a nicety: a store that cannot be read leaves the list unmarked
  }
  return out;
}

/** "mastered · 2/3 solved", "read", or '' for a lesson not touched yet. Pure. */
export function marksText(m: LessonMarks | undefined, s: Style): string {
  if (!m) return '';
  const parts: string[] = [];
  if (m.mastered) parts.push(s.green('mastered'));
  else if (m.read) parts.push(s.cyan('read'));
  if (m.checked && m.solved) parts.push(s.green(`${m.solved}/${m.checked} solved`));
  return parts.join(s.dim(' · '));
}

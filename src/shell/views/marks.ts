// What the learner has done with a lesson, as the short text of a .topics or .find line.
import type { Style } from '../../render/style.ts';
import type { LessonMarks } from '../lesson-marks.ts';

/** "mastered · 2/3 solved", "read", or '' for a lesson not touched yet. */
export function marksText(m: Pick<LessonMarks, 'read' | 'mastered' | 'solved' | 'checked'> | undefined, s: Style): string {
  if (!m) return '';
  const parts: string[] = [];
  if (m.mastered) parts.push(s.green('mastered'));
  else if (m.read) parts.push(s.cyan('read'));
  if (m.checked && m.solved) parts.push(s.green(`${m.solved}/${m.checked} solved`));
  return parts.join(s.dim(' · '));
}

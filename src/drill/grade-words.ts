// The words of a drill that carry no style: grade names, reading a grade line, and when a card is
// due. Pure; the styled lines are render/drill-text.ts.
import { dayOf } from '../progress/day.ts';
import type { Grade } from '../progress/types.ts';
import { formatInterval } from './format-interval.ts';

export const GRADE_NAMES: Record<Grade, string> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/** "1", "good", "G", "Easy" -> a grade; "u"/"undo" and "q"/"quit" -> actions; else null. */
export function parseGradeLine(line: string): Grade | 'undo' | 'quit' | null {
  const w = line.trim().toLowerCase();
  if (/^[1-4]$/.test(w)) return Number(w) as Grade;
  if (w === 'u' || w === 'undo') return 'undo';
  if (w === 'q' || w === 'quit' || w === 'exit') return 'quit';
  for (const [g, name] of Object.entries(GRADE_NAMES)) if (w.length >= 1 && name.startsWith(w)) return Number(g) as Grade;
  return null;
}

/** "now", "in 5m", "tomorrow", "in 3 days" */
export function dueWhen(due: number, now: number): string {
  if (due <= now) return 'now';
  const days = dayOf(due) - dayOf(now);
  if (days === 0) return due - now < 60_000 ? 'within a minute' : `in ${formatInterval(due - now)}`;
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

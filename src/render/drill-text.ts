// The styled lines of a drill, shared by the line mode, the terminal view and the summary view.
// Pure.
import type { Style } from './style.ts';
import type { FsrsState, Grade } from '../progress/types.ts';
import { formatInterval } from '../drill/format-interval.ts';
import { dueWhen, GRADE_NAMES } from '../drill/grade-words.ts';
import { scheduledInterval, type DrillSummary } from '../drill/drill-session.ts';
import { keyTerms } from '../drill/key-terms.ts';

/** "1 again 1m · 2 hard 6m · 3 good 10m · 4 easy 8d": each the interval that grade stores */
export function gradeChoices(preview: Record<Grade, FsrsState> | null, now: number, style: Style): string {
  return ([1, 2, 3, 4] as Grade[])
    .map((g) => `${style.bold(String(g))} ${GRADE_NAMES[g]}${preview ? ` ${style.dim(formatInterval(scheduledInterval(preview[g], now)))}` : ''}`)
    .join(' · ');
}

/**
 * The answer cue: which key terms of the expected answer the typed one leaves out, by stem and
 * synonym, in any order. Neutral: a paraphrase is never called wrong; the learner grades.
 */
export function cueText(typed: string, expected: string, style: Style): string {
  const k = keyTerms(typed, expected);
  if (!k) return style.dim('(no answer typed)');
  if (!k.missing.length) return style.green('✓ has the key terms');
  return `${style.dim('key terms not in your answer:')} ${k.missing.join(', ')}`;
}

/** The acknowledgement after a grade: "✓ saved · good · next in 3d" (the interval stored). */
export function ackText(o: { saved: boolean; journaled?: boolean; error: string | null; grade: Grade; after: FsrsState; again: boolean }, now: number, style: Style): string {
  const interval = formatInterval(scheduledInterval(o.after, now));
  const when = o.again ? `back in ${interval} (this session)` : `next in ${interval}`;
  if (o.saved) return `${style.green('✓ saved')} · ${GRADE_NAMES[o.grade]} · ${when}`;
  const label = o.journaled ? 'not saved yet (kept for the next start)' : 'not saved';
  return `${style.yellow(label)} · ${GRADE_NAMES[o.grade]} · ${when}${o.error ? ` — ${o.error}` : ''}`;
}

export function summaryText(s: DrillSummary, now: number, style: Style): string {
  if (s.reviewed === 0 && s.left === 0) return 'Nothing reviewed.';
  const parts = [
    `${style.bold('Drill done')}: ${s.reviewed} reviewed`,
    `again ${Math.round(s.againRate * 100)}%`,
  ];
  if (s.left) parts.push(`${s.left} left for later`);
  const lines = [parts.join(' · ')];
  if (s.nextDue !== null) {
    const n = s.nextDueCount;
    const when = dueWhen(s.nextDue, now);
    // the time is the first card's; the count is the day's (or what is due now)
    const count = `${n} card${n === 1 ? '' : 's'}`;
    lines.push(when === 'now' ? `Next due: ${count} now` : `Next due: ${when === 'tomorrow' || when.endsWith('days') ? `${when}, ${count}` : `the first ${when}, ${count} today`}`);
  }
  const lost = s.unsaved - s.journaled;
  if (lost) lines.push(style.yellow(`${lost} review${lost === 1 ? ' was' : 's were'} not saved.`));
  if (s.journaled) lines.push(style.yellow(`${s.journaled} review${s.journaled === 1 ? ' was' : 's were'} kept to be saved the next time swelearn can write its progress.`));
  return lines.join('\n');
}

/** The line above the first card: "Drill caching: 2 due · 3 new · retention 0.9 (interview in 9 days)" */
export function introText(d: { scope: string; due: number; fresh: number; retention: number; daysLeft: number | null }, style: Style): string {
  const left = d.daysLeft;
  return [
    `${style.bold('Drill')} ${d.scope}: ${d.due} due · ${d.fresh} new`,
    `retention ${d.retention}${left !== null ? ` (interview in ${left} day${left === 1 ? '' : 's'})` : ''}`,
  ].join(' · ');
}

// The styled lines of a drill, shared by the line mode, the terminal view and the summary view.
// Pure.
import type { Style } from './style.ts';
import type { FsrsState, Grade } from '../progress/types.ts';
import { formatInterval } from '../drill/format-interval.ts';
import { dueWhen, GRADE_NAMES } from '../drill/grade-words.ts';
import type { DrillSummary } from '../drill/drill-session.ts';
import type { Similarity } from '../drill/similarity.ts';

/** "1 again <1m · 2 hard 6m · 3 good 10m · 4 easy 8d" */
export function gradeChoices(preview: Record<Grade, FsrsState> | null, now: number, style: Style): string {
  return ([1, 2, 3, 4] as Grade[])
    .map((g) => `${style.bold(String(g))} ${GRADE_NAMES[g]}${preview ? ` ${style.dim(formatInterval(preview[g].due - now))}` : ''}`)
    .join(' · ');
}

export function cueText(sim: Similarity | null, style: Style): string {
  if (!sim) return style.dim('(no answer typed)');
  const pct = `${Math.round(sim.score * 100)}%`;
  const color = sim.cue === 'match' ? style.green : sim.cue === 'close' ? style.cyan : sim.cue === 'partial' ? style.yellow : style.red;
  const label = { match: 'match', close: 'close', partial: 'partly there', different: 'different' }[sim.cue];
  return `${color(label)} ${style.dim(`(${pct})`)}${sim.missing.length ? ` · missing: ${sim.missing.join(', ')}` : ''}`;
}

/** The acknowledgement after a grade: "✓ saved · good · next in 3d" */
export function ackText(o: { saved: boolean; journaled?: boolean; error: string | null; grade: Grade; due: number; again: boolean }, now: number, style: Style): string {
  const when = o.again ? `again in ${formatInterval(o.due - now)} (this session)` : `next in ${formatInterval(o.due - now)}`;
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
    lines.push(`Next due: ${n} card${n === 1 ? '' : 's'} ${dueWhen(s.nextDue, now)}`);
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

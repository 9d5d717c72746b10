// The study plan as text: the schedule (.plan), today's list (.today) and the start-up line. Pure.
import { PRIORITY_NAMES, type Priority } from '../../corpus/types.ts';
import { DAY_MS } from '../../progress/day.ts';
import { fit, wrap, type Style } from '../../render/style.ts';
import type { PlanDay, PlanItem, StudyPlan } from '../../study/planner.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Thu 12-03" */
export function dayLabel(d: PlanDay): string {
  return `${WEEKDAYS[new Date(d.day * DAY_MS).getUTCDay()]} ${d.date.slice(5)}`;
}

export function daysLeftText(n: number): string {
  return n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`;
}

/** One item in words: "read Consistent Hashing", "review 12 cards"… */
export function itemText(i: PlanItem): string {
  switch (i.kind) {
    case 'review':
      return `review ${plural(i.cards, 'card')}`;
    case 'read':
      return `${i.refresh ? 'refresh' : 'read'} ${i.title}`;
    case 'learn':
      return `learn ${plural(i.cards, 'new card')} of ${i.title}`;
    case 'exercise':
      return `${i.again ? 'practise again' : 'practise'} ${i.title}`;
    case 'mock':
      return `a ${i.mock} mock interview`;
  }
}

/** The schedule line of a day: what it holds, briefly. */
function dayLine(d: PlanDay, s: Style): string {
  const parts: string[] = [];
  const reads = d.items.filter((i) => i.kind === 'read');
  const mock = d.items.find((i) => i.kind === 'mock');
  if (mock) parts.push(itemText(mock));
  if (reads.length) parts.push(reads.map((r) => (r.kind === 'read' ? `${r.refresh ? 'refresh ' : ''}${r.title}` : '')).join(', '));
  const ex = d.items.filter((i) => i.kind === 'exercise').length;
  if (ex) parts.push(plural(ex, 'exercise'));
  const cards = d.items.reduce((n, i) => n + (i.kind === 'review' || i.kind === 'learn' ? i.cards : 0), 0);
  if (cards) parts.push(plural(cards, 'card'));
  return parts.length ? parts.join(' · ') : s.dim('(free)');
}

export function renderSchedule(p: StudyPlan, s: Style): string {
  const out: string[] = [];
  const head = `${p.minutesPerDay} min a day${p.focus.length ? ` · focus ${p.focus.join(', ')}` : ''}${p.skip.length ? ` · skip ${p.skip.join(', ')}` : ''}`;
  out.push(wrap(`${s.bold('Study plan')} · ${head}`, s.width, '  '));
  const fits = p.lessons.total === 0 ? 'Every lesson read.' : `At ${p.minutesPerDay} min a day, ${p.lessons.planned} of ${plural(p.lessons.total, 'unread lesson')} fit${p.leftOut.length ? `; ${p.leftOut.length} ${p.leftOut.length === 1 ? 'is' : 'are'} left out (below).` : '.'}`;
  out.push(wrap(fits, s.width, '  '));
  out.push('');
  for (const d of p.days) {
    const left = `${dayLabel(d)} ${String(d.minutes).padStart(2, '\u2007')}m`;
    out.push(wrap(`${d === p.days[0] ? s.bold(left) : left} ${dayLine(d, s)}`, s.width, ' '.repeat(left.length + 1)));
  }
  if (p.leftOut.length) {
    out.push('', `${s.bold('Left out')}, lowest priority first:`);
    const groups = new Map<Priority, string[]>();
    for (const l of p.leftOut) groups.set(l.priority, [...(groups.get(l.priority) ?? []), l.lessonId]);
    for (const [prio, ids] of groups) out.push(wrap(`${s.dim(`${PRIORITY_NAMES[prio]} (${ids.length}):`)} ${ids.join(', ')}`, s.width, '  '));
  }
  if (p.exercisesLeftOut) out.push(s.dim(`${plural(p.exercisesLeftOut, 'exercise')} of the planned lessons did not fit.`));
  return out.join('\n');
}

export function renderToday(p: StudyPlan, s: Style): string {
  const d = p.days[0]!;
  const out: string[] = [];
  out.push(wrap(`${s.bold('Today')} · interview ${daysLeftText(p.daysLeft)} (${p.interviewDate}) · ${p.minutesPerDay} min a day`, s.width, '  '));
  if (!d.items.length) out.push(s.dim('Nothing planned today.'));
  // the commands in a column when the width leaves the labels room
  const longest = Math.max(0, ...d.items.map((i) => i.command.length)) + 2;
  const showCommand = s.width - 12 - longest >= 36;
  const labelWidth = Math.max(10, s.width - 4 - 8 - (showCommand ? longest : 0));
  for (const i of d.items) {
    const mark = i.done ? s.green('✓') : s.dim('○');
    const mins = `${i.minutes} min`.padStart(7);
    const label = fit(itemText(i), labelWidth);
    out.push(` ${mark} ${i.done ? s.dim(label) : label} ${s.dim(mins)}${showCommand ? `  ${s.cyan(i.command)}` : ''}`.trimEnd());
  }
  const open = d.items.filter((i) => !i.done);
  out.push(open.length ? `${p.remainingToday} of ${p.minutesPerDay} min left today · ${s.cyan('.next')} takes the first open item` : s.green('Today is done.'));
  return out.join('\n');
}

/** The start-up line: "Interview in 9 days · 14 cards due · 35 min left today (.today)"; without
 * an interview date, the cards due and how to make a plan. */
export function bannerText(b: { daysLeft: number | null; due: number; remaining: number | null }, s: Style): string {
  if (b.daysLeft === null) return `${plural(b.due, 'card')} due · ${s.dim('.plan --interview DATE makes a study plan')}`;
  const left = b.remaining === null ? '' : b.remaining > 0 ? ` · ${b.remaining} min left today (.today)` : ' · today is done';
  return `${s.bold(`Interview ${daysLeftText(b.daysLeft)}`)} · ${plural(b.due, 'card')} due${left}`;
}

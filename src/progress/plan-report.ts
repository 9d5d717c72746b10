// `.plan`: the interview date, today's retention, what is due before the interview and the
// reading pace that finishes the plan with a week to spare for review. Pure.
import type { Corpus } from '../corpus/corpus.ts';
import type { Style } from '../render/style.ts';
import { wrap } from '../render/style.ts';
import { daysLeft, effectiveDue, FINAL_WEEK, PEAK_RETENTION, planFrom, RAMP_DAYS, retentionOn } from '../drill/interview-plan.ts';
import { dayOf, dayStart, isoDay } from './day.ts';
import type { Snapshot } from './mastery.ts';

export interface PlanData {
  interviewDate: string | null;
  daysLeft: number | null;
  baseRetention: number;
  retentionToday: number;
  /** cards due on each of the next 7 days (today first) */
  forecast: number[];
  /** reviewed cards due on or before the day before the interview */
  dueBeforeInterview: number | null;
  unread: number;
  lessons: number;
  /** lessons a day to read them all a week before the interview */
  pace: number | null;
}

export function planData(corpus: Corpus, snap: Snapshot): PlanData {
  const now = snap.now;
  const plan = planFrom(snap.settings, now);
  const left = daysLeft(plan, now);
  const today = dayOf(now);
  const forecast = Array.from({ length: 7 }, () => 0);
  let before: number | null = plan.interviewDay === null ? null : 0;
  let unread = 0;
  for (const l of corpus.lessons) {
    if (!snap.read.has(l.id)) unread++;
    for (const c of l.cards) {
      const rec = snap.cards.get(c.id);
      if (!rec) continue;
      const due = effectiveDue(plan, c.id, rec.fsrs);
      const d = Math.max(0, dayOf(due) - today);
      if (d < 7) forecast[d]!++;
      if (before !== null && plan.interviewDay !== null && due < dayStart(plan.interviewDay)) before++;
    }
  }
  const readingDays = left === null ? null : Math.max(1, left - FINAL_WEEK);
  return {
    interviewDate: plan.interviewDay === null ? null : snap.settings.interviewDate,
    daysLeft: left,
    baseRetention: plan.baseRetention,
    retentionToday: retentionOn(plan, now),
    forecast,
    dueBeforeInterview: before,
    unread,
    lessons: corpus.lessons.length,
    pace: readingDays === null || unread === 0 ? null : Math.round((unread / readingDays) * 10) / 10,
  };
}

export function renderPlan(d: PlanData, s: Style, now: number): string {
  const out: string[] = [];
  if (d.interviewDate === null) {
    out.push(`${s.bold('Plan')}: no interview date set · retention ${d.baseRetention}`);
    out.push(s.dim('Set one with .plan --interview YYYY-MM-DD; .help plan explains what it changes.'));
  } else {
    const left = d.daysLeft === 0 ? 'today' : `in ${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'}`;
    out.push(`${s.bold('Interview')} ${d.interviewDate} (${left})`);
    out.push(
      `Retention ${d.retentionToday}${d.retentionToday !== d.baseRetention ? ` today (desired ${d.baseRetention}, rising to ${Math.max(d.baseRetention, PEAK_RETENTION)} on the day)` : ` (rises over the last ${RAMP_DAYS} days)`}`,
    );
    out.push(`${d.dueBeforeInterview} reviewed card${d.dueBeforeInterview === 1 ? '' : 's'} come up before the interview; each one at least once in the final ${FINAL_WEEK} days`);
    if (d.pace !== null) out.push(`${d.unread} of ${d.lessons} lessons unread: about ${d.pace} a day finishes them a week ahead, leaving the last week for review`);
    else if (d.unread === 0) out.push('Every lesson read: drill and practise until the day.');
  }
  const today = dayOf(now);
  const days = d.forecast.map((n, i) => `${i === 0 ? 'today' : i === 1 ? 'tmrw' : isoDay(today + i).slice(5)} ${n}`);
  out.push('', `${s.bold('Due')}  ${days.slice(0, 4).join(' · ')}`, `      ${days.slice(4).join(' · ')}`);
  return out.map((line) => wrap(line, s.width, '  ')).join('\n');
}

// `.plan`'s figures: the interview date, today's retention, what is due before the interview and
// the reading pace that finishes the plan with a week to spare for review. Pure; drawn by
// shell/views/plan.ts.
import type { Corpus } from '../corpus/corpus.ts';
import { daysLeft, effectiveDue, FINAL_WEEK, planFrom, retentionOn } from '../drill/interview-plan.ts';
import { dayOf, dayStart } from '../progress/day.ts';
import type { StudySnapshot } from './mastery.ts';

export interface PlanData {
  /** the day (days since the epoch, UTC) the figures are for: the forecast starts on it */
  today: number;
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

export function planData(corpus: Corpus, snap: StudySnapshot): PlanData {
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
    today,
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

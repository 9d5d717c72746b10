// Scheduling that knows the interview date. Pure. The rule (also in `.help plan`):
//  - Retention: the desired retention (0.9 by default) holds until RAMP_DAYS before the
//    interview, then rises in a straight line to PEAK_RETENTION (or the desired retention if
//    that is higher) on the day itself. Higher retention makes FSRS give shorter intervals.
//  - Cap: a card due after the interview is pulled forward into the FINAL_WEEK before it,
//    unless it was last reviewed inside that week already. The day within the week is fixed
//    per card (a hash of its id) so that the final days are not one pile. So every card you
//    have studied comes up at least once in the last week before the interview.
//  - After the interview day the plan has no effect.
import { dayOf, dayStart, parseIsoDay } from '../progress/day.ts';
import { DEFAULT_RETENTION } from '../progress/settings.ts';
import type { Settings } from '../progress/types.ts';
import { shortHash } from '../util/hash.ts';

export const RAMP_DAYS = 30;
export const FINAL_WEEK = 7;
export const PEAK_RETENTION = 0.95;

export interface InterviewPlan {
  /** desired retention set by the learner */
  baseRetention: number;
  /** the interview's local day, or null when none is set or it has passed */
  interviewDay: number | null;
}

export function planFrom(settings: Settings, now: number): InterviewPlan {
  const day = settings.interviewDate ? parseIsoDay(settings.interviewDate) : null;
  return {
    baseRetention: settings.retention ?? DEFAULT_RETENTION,
    interviewDay: day !== null && day >= dayOf(now) ? day : null,
  };
}

/** Days from today until the interview (0 on the day), or null. */
export function daysLeft(plan: InterviewPlan, now: number): number | null {
  return plan.interviewDay === null ? null : plan.interviewDay - dayOf(now);
}

/** The retention the scheduler should aim for today. */
export function retentionOn(plan: InterviewPlan, now: number): number {
  const k = daysLeft(plan, now);
  const base = plan.baseRetention;
  if (k === null || k >= RAMP_DAYS) return base;
  const peak = Math.max(base, PEAK_RETENTION);
  return Math.round((base + ((peak - base) * (RAMP_DAYS - k)) / RAMP_DAYS) * 1000) / 1000;
}

/** When a card is really due, given the interview (see the rule above). */
export function effectiveDue(plan: InterviewPlan, cardId: string, s: { due: number; last_review: number | null }): number {
  if (plan.interviewDay === null || s.last_review === null) return s.due;
  const lastDay = plan.interviewDay - 1;
  if (dayOf(s.due) <= lastDay) return s.due;
  const reviewed = dayOf(s.last_review);
  if (reviewed >= plan.interviewDay - FINAL_WEEK) return s.due;
  const offset = parseInt(shortHash(cardId), 36) % FINAL_WEEK;
  return dayStart(Math.max(reviewed + 1, lastDay - offset));
}

// .today: what the study plan wants today, with time estimates and done marks.
import type { PlanItem, StudyPlan } from '../../study/planner.ts';
import { renderToday } from './study-plan-text.ts';
import type { View } from './view.ts';

export interface TodayData {
  plan: StudyPlan;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    today: TodayData;
  }
}

/** --json: the day's items, without the rest of the schedule */
export function todayJson(p: StudyPlan): { date: string; interviewDate: string; daysLeft: number; minutesPerDay: number; remainingMinutes: number; items: PlanItem[] } {
  return { date: p.today, interviewDate: p.interviewDate, daysLeft: p.daysLeft, minutesPerDay: p.minutesPerDay, remainingMinutes: p.remainingToday, items: p.days[0]?.items ?? [] };
}

export const todayView: View<'today'> = {
  render: (d, s) => renderToday(d.plan, s),
  json: (d) => todayJson(d.plan),
};

// .plan: the interview date, retention today and how it rises, the cards due before the
// interview, and the day-by-day study plan (or, without a date, the cards due over 7 days).
import { wrap, type Style } from '../../render/style.ts';
import { isoDay } from '../../progress/day.ts';
import { FINAL_WEEK, PEAK_RETENTION, RAMP_DAYS } from '../../drill/interview-plan.ts';
import type { PlanData } from '../../study/plan-report.ts';
import type { View } from './view.ts';
import type { StudyPlan } from '../../study/planner.ts';
import { renderSchedule } from './study-plan-text.ts';

export interface PlanDisplay extends PlanData {
  /** a change was asked for but the store cannot save it (why), else null */
  notSaving: string | null;
  /** the day-by-day plan, or null without an interview date */
  schedule: StudyPlan | null;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    plan: PlanDisplay;
  }
}

export function renderPlan(d: PlanDisplay, s: Style): string {
  const out: string[] = [];
  if (d.notSaving) out.push(s.yellow(`For this session only: ${d.notSaving}`));
  if (d.interviewDate === null) {
    out.push(`${s.bold('Plan')}: no interview date set · retention ${d.baseRetention}`);
    out.push(s.dim('Set one with .plan --interview DATE (or +10d) [--minutes-per-day N]: a day-by-day plan that fits; .help plan explains it.'));
  } else {
    const left = d.daysLeft === 0 ? 'today' : `in ${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'}`;
    out.push(`${s.bold('Interview')} ${d.interviewDate} (${left})`);
    out.push(
      `Retention ${d.retentionToday}${d.retentionToday !== d.baseRetention ? ` today (desired ${d.baseRetention}, rising to ${Math.max(d.baseRetention, PEAK_RETENTION)} on the day)` : ` (rises over the last ${RAMP_DAYS} days)`}`,
    );
    out.push(`${d.dueBeforeInterview} reviewed card${d.dueBeforeInterview === 1 ? '' : 's'} come up before the interview; each one at least once in the final ${FINAL_WEEK} days`);
  }
  if (d.schedule) return [...out.map((line) => wrap(line, s.width, '  ')), '', renderSchedule(d.schedule, s)].join('\n');
  const today = d.today;
  const days = d.forecast.map((n, i) => `${i === 0 ? 'today' : i === 1 ? 'tmrw' : isoDay(today + i).slice(5)} ${n}`);
  out.push('', `${s.bold('Due')}  ${days.slice(0, 4).join(' · ')}`, `      ${days.slice(4).join(' · ')}`);
  return out.map((line) => wrap(line, s.width, '  ')).join('\n');
}

export const planView: View<'plan'> = {
  render: renderPlan,
  // the shape .plan --json always had (docs/json.md), plus notSaving
  json: ({ today: _today, ...rest }) => rest,
};

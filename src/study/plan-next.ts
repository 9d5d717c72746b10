// `.next` under a study plan: the first open item of today's list, with its reason. Pure.
import { PRIORITY_NAMES } from '../corpus/types.ts';
import type { PlanItem, StudyPlan } from './planner.ts';

export type PlanStepKind = 'drill' | 'start' | 'refresh' | 'new-cards' | 'practice' | 'retry' | 'mock';

export interface PlanStep {
  kind: PlanStepKind;
  command: string;
  reason: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function what(i: PlanItem): { kind: PlanStepKind; text: string } | null {
  switch (i.kind) {
    case 'review': {
      const n = i.dueNow ?? i.cards;
      return n > 0 ? { kind: 'drill', text: `review the ${plural(n, 'card')} due` } : null;
    }
    case 'read':
      return { kind: i.refresh ? 'refresh' : 'start', text: `${i.refresh ? 'refresh' : 'read'} ${i.title} (${i.minutes} min, ${PRIORITY_NAMES[i.priority]} priority)` };
    case 'learn':
      return { kind: 'new-cards', text: `learn the ${plural(i.cards, 'new card')} of ${i.title}` };
    case 'exercise':
      return { kind: i.again ? 'retry' : 'practice', text: `${i.again ? 'practise again' : 'practise'} ${i.title}` };
    case 'mock':
      return { kind: 'mock', text: `a ${i.mock} mock interview (${i.minutes} min)` };
  }
}

/** The next open item of today's plan, or null when today's list is done. */
export function nextFromPlan(plan: StudyPlan): PlanStep | null {
  const day = plan.days[0];
  if (!day) return null;
  const interview = plan.daysLeft === 0 ? 'interview today' : `interview in ${plural(plan.daysLeft, 'day')}`;
  for (const item of day.items) {
    if (item.done) continue;
    const w = what(item);
    if (!w) continue;
    return { kind: w.kind, command: item.command, reason: `${w.text} · today's plan, ${plan.remainingToday} of ${plan.minutesPerDay} min left, ${interview}` };
  }
  return null;
}

// The start-up line's figures: days to the interview, cards due now, and today's minutes left in
// the plan. Pure, given the plan (or, without an interview date, the card states).
import type { CardRecord, FsrsState } from '../progress/types.ts';
import type { StudyPlan } from './planner.ts';

export interface BannerFigures {
  /** null without an interview date */
  daysLeft: number | null;
  due: number;
  /** null without a plan */
  remaining: number | null;
}

export function bannerFigures(plan: StudyPlan | null, cards: Map<string, CardRecord>, now: number, cardDue: (id: string, s: FsrsState) => number = (_, s) => s.due): BannerFigures {
  if (plan) {
    const review = plan.days[0]?.items.find((i) => i.kind === 'review' && !i.done);
    return { daysLeft: plan.daysLeft, due: review && review.kind === 'review' ? (review.dueNow ?? review.cards) : 0, remaining: plan.remainingToday };
  }
  let due = 0;
  for (const [id, c] of cards) if (cardDue(id, c.fsrs) <= now) due++;
  return { daysLeft: null, due, remaining: null };
}

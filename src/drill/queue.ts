// Which cards a drill shows, in order: due cards first (most overdue first), then up to N new
// ones in study order, cards of lessons already read before the rest. Pure.
import type { Card } from '../corpus/types.ts';
import type { CardRecord, FsrsState } from '../progress/types.ts';
import { effectiveDue, type InterviewPlan } from './interview-plan.ts';

export interface DrillItem {
  card: Card;
  /** null for a new card */
  state: FsrsState | null;
}

export interface QueueOptions {
  now: number;
  plan: InterviewPlan;
  newLimit: number;
  /** lessons the learner has read: their new cards come first */
  read?: Set<string>;
}

export function buildQueue(cards: Card[], states: Map<string, CardRecord>, opts: QueueOptions): { due: DrillItem[]; fresh: DrillItem[]; newAvailable: number } {
  const due: { item: DrillItem; at: number }[] = [];
  const readNew: DrillItem[] = [];
  const otherNew: DrillItem[] = [];
  for (const card of cards) {
    const rec = states.get(card.id);
    if (rec) {
      const at = effectiveDue(opts.plan, card.id, rec.fsrs);
      if (at <= opts.now) due.push({ item: { card, state: rec.fsrs }, at });
    } else (opts.read?.has(card.lessonId) ? readNew : otherNew).push({ card, state: null });
  }
  due.sort((a, b) => a.at - b.at);
  const allNew = [...readNew, ...otherNew];
  return { due: due.map((d) => d.item), fresh: allNew.slice(0, Math.max(0, opts.newLimit)), newAvailable: allNew.length };
}

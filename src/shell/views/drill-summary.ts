// .drill's result: how the drill went (reviewed, again rate, left for later, next due, reviews not
// saved), or why there was nothing to drill.
import { wrap } from '../../render/style.ts';
import { summaryText } from '../../render/drill-text.ts';
import { dueWhen } from '../../drill/grade-words.ts';
import type { DrillSummary } from '../../drill/drill-session.ts';
import type { View } from './view.ts';

export interface DrillSummaryData extends DrillSummary {
  /** what the cards chosen were: "all lessons", a lesson title, "#tag", an area */
  scope: string;
  /** 'done': a drill ran; 'no-cards': the scope has none; 'nothing-due': none due and no new ones to start */
  status: 'done' | 'no-cards' | 'nothing-due';
  /** due and new cards the drill started with */
  due: number;
  fresh: number;
  /** new cards in the scope (--new bounds how many come) */
  newAvailable: number;
  newLimit: number;
  /** when the summary was made (ms), the reference for nextDue */
  now: number;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    'drill-summary': DrillSummaryData;
  }
}

export const drillSummaryView: View<'drill-summary'> = {
  render(d, s) {
    if (d.status === 'no-cards') return wrap(`No drill cards in ${d.scope} yet.`, s.width);
    if (d.status === 'nothing-due') {
      const why = d.newAvailable && d.newLimit === 0 ? ` (${d.newAvailable} new: --new N to start some)` : '';
      return wrap(`Nothing due in ${d.scope}${why}.${d.nextDue !== null ? ` Next card due ${dueWhen(d.nextDue, d.now)}.` : ''}`, s.width);
    }
    return summaryText(d, d.now, s)
      .split('\n')
      .map((l) => wrap(l, s.width))
      .join('\n');
  },
};

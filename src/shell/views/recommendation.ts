// .next: the reason, the command to type, and how to run it.
import { wrap } from '../../render/style.ts';
import type { RecommendationKind } from '../../study/recommend.ts';
import type { View } from './view.ts';

export interface RecommendationData {
  kind: RecommendationKind;
  command: string;
  reason: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    recommendation: RecommendationData;
  }
}

export const recommendationView: View<'recommendation'> = {
  render: (d, s) => `${wrap(`${d.reason} — ${s.cyan(d.command)}`, s.width)}\n${s.dim('.next go runs it')}`,
};

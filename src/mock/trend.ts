// Mock results over time, per kind (for .progress and .mock history). Pure. When the plan
// schedules a mock is src/study/mock-due.ts's rule (the planner's), fed from the store's mocks.
import type { MockKind, MockRecord } from '../progress/types.ts';

export interface MockTrend {
  kind: MockKind;
  /** mocks ended (abandoned ones included) */
  count: number;
  abandoned: number;
  /** the scores of the last few scored mocks, oldest first */
  scores: number[];
  /** the latest score minus the one before it (null with fewer than two) */
  change: number | null;
  average: number | null;
}

const MOCK_KINDS: readonly MockKind[] = ['coding', 'design', 'behavioral'];

export function mockTrends(records: MockRecord[], last = 8): MockTrend[] {
  return MOCK_KINDS.map((kind) => {
    const own = records.filter((r) => r.kind === kind).sort((a, b) => a.startedAt - b.startedAt);
    const scored = own.filter((r) => r.score !== null).map((r) => r.score!);
    const scores = scored.slice(-last);
    return {
      kind,
      count: own.length,
      abandoned: own.filter((r) => r.status === 'abandoned').length,
      scores,
      change: scores.length >= 2 ? scores.at(-1)! - scores.at(-2)! : null,
      average: scored.length ? Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) : null,
    };
  });
}

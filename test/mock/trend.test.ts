import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mockTrends } from '../../src/mock/trend.ts';
import type { MockRecord } from '../../src/progress/types.ts';

const s = suite('mock/trend');
const DAY = 86_400_000;
const T0 = new Date(2026, 11, 3, 12).getTime();

const rec = (kind: MockRecord['kind'], at: number, score: number | null, status: MockRecord['status'] = 'completed'): MockRecord => ({
  id: `${kind}-${at}`, kind, title: 't', topic: 'x', startedAt: at, endedAt: at + 1000, plannedMs: 1000, usedMs: 1000, status, score, file: null,
});

s('a trend per kind: the scores in order, the change from the one before, abandoned ones counted apart', () => {
  const t = mockTrends([rec('design', T0 + 2 * DAY, 70), rec('design', T0, 50), rec('coding', T0, null, 'abandoned'), rec('design', T0 + DAY, 60)]);
  const design = t.find((x) => x.kind === 'design')!;
  assert.equal(design.scores, [50, 60, 70]);
  assert.is(design.change, 10);
  assert.is(design.average, 60);
  const coding = t.find((x) => x.kind === 'coding')!;
  assert.equal([coding.count, coding.abandoned, coding.change, coding.average], [1, 1, null, null]);
  assert.equal(t.map((x) => x.kind), ['coding', 'design', 'behavioral']);
});

s.run();

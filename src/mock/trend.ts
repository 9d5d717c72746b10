// Mock results over time, per kind (for .progress), and when the next mock is due (for the plan
// and .next: in the final two weeks before the interview, one every other day, the kind done
// least lately first). Pure.
import type { MockKind, MockRecord } from '../progress/types.ts';
import { dayOf } from '../progress/day.ts';
import { MOCK_KINDS } from './rubric.ts';

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

/** Days before the interview in which the plan schedules mocks. */
export const MOCK_WINDOW_DAYS = 14;
/** A mock every this many days in that window. */
export const MOCK_EVERY_DAYS = 2;

export interface MockDue {
  kind: MockKind;
  command: string;
  reason: string;
}

/**
 * The mock the plan should schedule today, or null: only in the last MOCK_WINDOW_DAYS days before
 * the interview (interviewDay: a local day number, progress/day.ts), when no mock was done in the
 * last MOCK_EVERY_DAYS days; the kind whose last mock is oldest (never done first: design, coding,
 * behavioral in that order).
 */
export function mockDue(records: MockRecord[], interviewDay: number | null, now: number): MockDue | null {
  if (interviewDay === null) return null;
  const today = dayOf(now);
  const left = interviewDay - today;
  if (left < 0 || left > MOCK_WINDOW_DAYS) return null;
  const done = records.filter((r) => r.status !== 'abandoned');
  const lastDay = done.length ? Math.max(...done.map((r) => dayOf(r.startedAt))) : -Infinity;
  if (today - lastDay < MOCK_EVERY_DAYS) return null;
  const order: MockKind[] = ['design', 'coding', 'behavioral'];
  const lastOf = (k: MockKind) => Math.max(-Infinity, ...done.filter((r) => r.kind === k).map((r) => r.startedAt));
  const kind = [...order].sort((a, b) => lastOf(a) - lastOf(b) || order.indexOf(a) - order.indexOf(b))[0]!;
  const when = left === 0 ? 'the interview is today' : `${left} day${left === 1 ? '' : 's'} to the interview`;
  return { kind, command: `.mock ${kind}`, reason: `${when}: rehearse under time pressure with a ${kind === 'behavioral' ? 'behavioural' : kind} mock` };
}

// When the study plan wants a mock interview: the contract between the plan (.plan, .today,
// .next) and the .mock command. Pure. The rule:
//  - only when a `.mock` command exists (`available`), an interview date is set, and the interview
//    is 1..MOCK_WINDOW_DAYS days away (never on the day itself);
//  - at most one mock every MOCK_SPACING_DAYS days (the latest finished or abandoned mock counts);
//  - the kind is the one done least recently (never done first), in MOCK_KINDS order on a tie.
// The .mock side passes its records as MockRecordLite; the planner calls mockDue for today and
// mockDays for the days ahead (assuming each planned mock is done on its day).
import { dayOf } from '../progress/day.ts';

export const MOCK_KINDS = ['coding', 'design', 'behavioral'] as const;
export type MockKind = (typeof MOCK_KINDS)[number];
export const MOCK_WINDOW_DAYS = 14;
export const MOCK_SPACING_DAYS = 4;
/** the time a mock of each kind takes, for the daily budget */
export const MOCK_MINUTES: Record<MockKind, number> = { coding: 45, design: 45, behavioral: 30 };

export interface MockRecordLite {
  kind: MockKind;
  /** when it started (ms) */
  at: number;
}

export interface MockState {
  /** a .mock command exists in this build */
  available: boolean;
  /** the interview's local day, or null */
  interviewDay: number | null;
  /** past mocks, any order */
  mocks: readonly MockRecordLite[];
}

export interface MockSuggestion {
  kind: MockKind;
  minutes: number;
  /** what to type */
  command: string;
  reason: string;
}

function pick(state: MockState, day: number): MockSuggestion | null {
  if (!state.available || state.interviewDay === null) return null;
  const left = state.interviewDay - day;
  if (left < 1 || left > MOCK_WINDOW_DAYS) return null;
  const last = new Map<MockKind, number>();
  let latest = -Infinity;
  for (const m of state.mocks) {
    const d = dayOf(m.at);
    if (d > day) continue;
    latest = Math.max(latest, d);
    last.set(m.kind, Math.max(last.get(m.kind) ?? -Infinity, d));
  }
  if (day - latest < MOCK_SPACING_DAYS) return null;
  const kind = [...MOCK_KINDS].sort((a, b) => (last.get(a) ?? -Infinity) - (last.get(b) ?? -Infinity))[0]!;
  return {
    kind,
    minutes: MOCK_MINUTES[kind],
    command: `.mock ${kind}`,
    reason: `a ${kind} mock interview (${left} day${left === 1 ? '' : 's'} to go${last.has(kind) ? '' : `, no ${kind} mock yet`})`,
  };
}

/** The mock the plan wants today, or null. */
export function mockDue(state: MockState, now: number): MockSuggestion | null {
  return pick(state, dayOf(now));
}

/** The mocks the plan puts on the days from `fromDay` to `toDay` (inclusive), each assumed done on its day. */
export function mockDays(state: MockState, fromDay: number, toDay: number): Map<number, MockSuggestion> {
  const out = new Map<number, MockSuggestion>();
  const mocks = [...state.mocks];
  for (let d = fromDay; d <= toDay; d++) {
    const m = pick({ ...state, mocks }, d);
    if (!m) continue;
    out.set(d, m);
    mocks.push({ kind: m.kind, at: dayStartMs(d) });
  }
  return out;
}

function dayStartMs(day: number): number {
  // noon of the day, so that dayOf() gives the day back in any time zone
  const u = new Date(day * 86_400_000);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), 12).getTime();
}

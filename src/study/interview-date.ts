// The interview date as a learner types it: "2026-12-14", "+10d", "+2w", "10 days", "in 2 weeks",
// "tomorrow". Pure: text and now in, a local day number out (or null when unreadable).
import { dayOf, parseIsoDay } from '../progress/day.ts';

const UNITS: Record<string, number> = { d: 1, day: 1, days: 1, w: 7, wk: 7, wks: 7, week: 7, weeks: 7 };

export function parseInterviewDay(text: string, now: number): number | null {
  const s = text.trim().toLowerCase();
  const iso = parseIsoDay(s);
  if (iso !== null) return iso;
  const today = dayOf(now);
  if (s === 'today') return today;
  if (s === 'tomorrow') return today + 1;
  const m = /^(?:in\s+|\+\s*)?(\d{1,4})\s*([a-z]+)$/.exec(s);
  if (!m) return null;
  const unit = UNITS[m[2]!];
  return unit === undefined ? null : today + Number(m[1]) * unit;
}

// Learner settings kept in the store: defaults and limits. Pure.
import type { Settings } from './types.ts';
import { parseIsoDay } from './day.ts';

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;

/** the study plan's daily budget when the learner has not set one */
export const DEFAULT_MINUTES_PER_DAY = 60;
export const MIN_MINUTES_PER_DAY = 5;
export const MAX_MINUTES_PER_DAY = 16 * 60;

const isAreaList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(x));

export function defaultSettings(): Settings {
  return { interviewDate: null, retention: DEFAULT_RETENTION };
}

/** Settings from stored key/value JSON; unreadable values fall back to the defaults. */
export function settingsFrom(rows: Iterable<{ key: string; value: string }>): Settings {
  const s = defaultSettings();
  for (const { key, value } of rows) {
    let v: unknown;
    try {
      v = JSON.parse(value);
    } catch {
      continue;
    }
    if (key === 'interviewDate' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDay(v) !== null) s.interviewDate = v;
    if (key === 'retention' && typeof v === 'number' && v >= MIN_RETENTION && v <= MAX_RETENTION) s.retention = v;
    if (key === 'minutesPerDay' && typeof v === 'number' && v >= MIN_MINUTES_PER_DAY && v <= MAX_MINUTES_PER_DAY) s.minutesPerDay = v;
    if ((key === 'focus' || key === 'skip') && isAreaList(v) && v.length) s[key] = v;
  }
  return s;
}

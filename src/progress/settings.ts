// Learner settings kept in the store: defaults and limits. Pure.
import type { Settings } from './types.ts';
import { parseIsoDay } from './day.ts';

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;

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
  }
  return s;
}

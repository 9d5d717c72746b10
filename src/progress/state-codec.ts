// FSRS states to and from the compact JSON kept in the database, and validation of states read
// from an import file or the journal. Pure.
import type { FsrsState } from './types.ts';

const KEYS = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state', 'last_review'] as const;

const DAY = 86_400_000;
/** the earliest time a review, a reading or an attempt may carry */
export const MIN_TIME = Date.UTC(2000, 0, 1);
/** the latest: now plus a day (another machine's clock may run a little ahead) */
export const maxTime = (now: number) => now + DAY;
/** ts-fsrs refuses a memory state outside these (S_MIN, S_MAX; difficulty 1-10) */
const MIN_STABILITY = 0.001;
const MAX_STABILITY = 36_500;
/** a due date may lie up to the longest interval (100 years) ahead */
const MAX_AHEAD = 101 * 365 * DAY;

/** A state as a JSON array in KEYS order (about half the size of the object form). */
export function packState(s: FsrsState): string {
  return JSON.stringify(KEYS.map((k) => s[k]));
}

export function unpackState(text: string): FsrsState {
  const a = JSON.parse(text) as unknown[];
  const o: Record<string, unknown> = {};
  KEYS.forEach((k, i) => (o[k] = a[i] ?? null));
  return o as unknown as FsrsState;
}

export function isoTime(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms);
}

/** Why a time is out of [2000-01-01, now + 1 day], or null. */
export function checkTime(ms: number, now: number): string | null {
  if (ms < MIN_TIME) return `${ms} (${isoTime(ms)}) is before 2000-01-01`;
  if (ms > maxTime(now)) return `${ms} (${isoTime(ms)}) is in the future`;
  return null;
}

/**
 * A state from untrusted JSON, or a message saying what is wrong with it: every field a finite
 * number in its range, a memory state ts-fsrs accepts (a new card has stability and difficulty 0;
 * any other stability in [0.001, 36500] and difficulty in [1, 10]), times within range.
 */
export function checkState(value: unknown, now: number = Date.now()): FsrsState | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const v = value as Record<string, unknown>;
  for (const k of KEYS) {
    if (k === 'last_review' && (v[k] === null || v[k] === undefined)) continue;
    if (typeof v[k] !== 'number' || !Number.isFinite(v[k])) return `${k} is not a number`;
  }
  const n = v as unknown as FsrsState;
  if (![0, 1, 2, 3].includes(n.state)) return `state ${n.state} is not 0–3`;
  const fresh = n.state === 0 && n.stability === 0 && n.difficulty === 0;
  if (!fresh) {
    if (n.stability < MIN_STABILITY || n.stability > MAX_STABILITY) return `stability ${n.stability} is not in [${MIN_STABILITY}, ${MAX_STABILITY}]`;
    if (n.difficulty < 1 || n.difficulty > 10) return `difficulty ${n.difficulty} is not in [1, 10]`;
  }
  for (const k of ['elapsed_days', 'scheduled_days'] as const) if (n[k] < 0 || n[k] > MAX_STABILITY * 10) return `${k} ${n[k]} is out of range`;
  for (const k of ['learning_steps', 'reps', 'lapses'] as const) if (!Number.isInteger(n[k]) || n[k] < 0 || n[k] > 1e6) return `${k} ${n[k]} is not a count`;
  if (n.due < MIN_TIME || n.due > now + MAX_AHEAD) return `due ${n.due} (${isoTime(n.due)}) is out of range`;
  if (n.last_review !== null && n.last_review !== undefined) {
    const bad = checkTime(n.last_review, now);
    if (bad) return `last_review ${bad}`;
  }
  const out: Record<string, unknown> = {};
  for (const k of KEYS) out[k] = v[k] ?? null;
  return out as unknown as FsrsState;
}

// FSRS states to and from the compact JSON kept in the database, and validation of states read
// from an import file. Pure.
import type { FsrsState } from './types.ts';

const KEYS = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state', 'last_review'] as const;

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

/** A state from untrusted JSON, or a message saying what is wrong with it. */
export function checkState(value: unknown): FsrsState | string {
  if (!value || typeof value !== 'object') return 'not an object';
  const v = value as Record<string, unknown>;
  for (const k of KEYS) {
    if (k === 'last_review' && v[k] === null) continue;
    if (typeof v[k] !== 'number' || !Number.isFinite(v[k])) return `${k} is not a number`;
  }
  if (![0, 1, 2, 3].includes(v.state as number)) return `state ${String(v.state)} is not 0–3`;
  const out: Record<string, unknown> = {};
  for (const k of KEYS) out[k] = v[k] ?? null;
  return out as unknown as FsrsState;
}

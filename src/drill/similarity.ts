// How close a typed answer is to the expected one: a cue, not a verdict (the learner grades).
// Word recall of the expected answer's key terms (typos of long words forgiven), or character
// similarity for short answers, whichever is higher. Pure.

import { editDistance } from '../util/edit-distance.ts';
import { fold } from '../util/fold.ts';
import { STOP_WORDS } from '../util/stop-words.ts';

export type Cue = 'match' | 'close' | 'partial' | 'different';

export interface Similarity {
  /** 0..1 */
  score: number;
  cue: Cue;
  /** key terms of the expected answer not found in the typed one (the 3 longest) */
  missing: string[];
}

export function normalize(text: string): string {
  return fold(text)
    .replace(/[*_`~]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function keyTerms(text: string): string[] {
  return [...new Set(normalize(text).split(' ').filter((w) => w && !STOP_WORDS.has(w) && (w.length >= 3 || /\d/.test(w))))];
}

function wordMatches(expected: string, typed: Set<string>): boolean {
  if (typed.has(expected)) return true;
  for (const t of typed) {
    if (expected.length >= 5 && t.length >= 5 && (expected.startsWith(t.slice(0, 5)) && t.startsWith(expected.slice(0, 5)))) return true;
    if (expected.length >= 5 && Math.abs(expected.length - t.length) <= 1 && editDistance(expected, t, 1) <= 1) return true;
  }
  return false;
}

const cueFor = (score: number): Cue => (score >= 0.9 ? 'match' : score >= 0.6 ? 'close' : score >= 0.3 ? 'partial' : 'different');

/** null when nothing was typed */
export function similarity(typed: string, expected: string): Similarity | null {
  const t = normalize(typed);
  if (!t) return null;
  const e = normalize(expected);
  if (t === e) return { score: 1, cue: 'match', missing: [] };
  const terms = keyTerms(expected);
  const typedWords = new Set(t.split(' '));
  const missing = terms.filter((w) => !wordMatches(w, typedWords));
  const recall = terms.length ? (terms.length - missing.length) / terms.length : 0;
  const chars = e.length <= 40 ? 1 - editDistance(t, e) / Math.max(t.length, e.length) : 0;
  const score = Math.round(Math.max(recall, chars) * 100) / 100;
  // the longest missing words say most about what was left out
  const telling = [...missing].sort((a, b) => b.length - a.length);
  return { score, cue: cueFor(score), missing: score >= 0.9 ? [] : telling.slice(0, 3) };
}

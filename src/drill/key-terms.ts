// Which key terms of the expected answer a typed answer leaves out, tolerant of paraphrase: word
// order does not matter, words are compared by stem ("processed" = "process"), with the search's
// synonyms ("db" = "database") and a typo forgiven in long words. A cue, not a verdict: the drill
// shows the missing terms neutrally and the learner grades. Pure.
import { termOf } from '../search/encode.ts';
import { synonymsOf } from '../search/synonyms.ts';
import { editDistance } from '../util/edit-distance.ts';
import { fold } from '../util/fold.ts';

/** An answer as plain words: accents folded, markdown markers and punctuation dropped. */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[*_`~]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** words that say little about an answer's content (beyond the search's stop words) */
const VAGUE = new Set(
  'also any all each every everything something anything nothing one ones only more most much many other others same such thing things way ways use used uses using make makes made get gets just like well very instead rather either neither both its their them there here then than does did done doing'.split(
    ' ',
  ),
);

export interface KeyTerms {
  /** key terms of the expected answer, as written there */
  total: number;
  /** those the typed answer has (by stem, synonym or a small typo) */
  found: number;
  /** those it does not, longest first (at most `limit`) */
  missing: string[];
}

function terms(text: string, short = false): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  const seen = new Set<string>();
  for (const w of normalize(text).split(' ')) {
    if (!w || VAGUE.has(w)) continue;
    const term = termOf(w);
    if (!term || seen.has(term) || (!short && w.length < 3 && !/\d/.test(w))) continue;
    seen.add(term);
    out.push({ word: w, term });
  }
  return out;
}

function has(term: string, typed: Set<string>): boolean {
  if (typed.has(term)) return true;
  for (const s of synonymsOf(term)) if (typed.has(s)) return true;
  if (term.length < 5) return false;
  for (const t of typed) {
    if (t.length >= 5 && t.slice(0, 5) === term.slice(0, 5)) return true;
    if (Math.abs(t.length - term.length) <= 1 && editDistance(t, term, 1) <= 1) return true;
  }
  return false;
}

/** The expected answer's key terms that the typed answer leaves out; null when nothing was typed. */
export function keyTerms(typed: string, expected: string, limit = 3): KeyTerms | null {
  if (!normalize(typed)) return null;
  const typedTerms = new Set<string>();
  for (const { term } of terms(typed, true)) {
    typedTerms.add(term);
    for (const s of synonymsOf(term)) typedTerms.add(s);
  }
  const want = terms(expected);
  const missing = want.filter((w) => !has(w.term, typedTerms)).map((w) => w.word);
  return { total: want.length, found: want.length - missing.length, missing: [...missing].sort((a, b) => b.length - a.length).slice(0, limit) };
}

// Ranking constants: how much each field and each kind of match counts. Tuned against the
// learner questions in test/fixtures/search-queries.json (scripts can override them to explore).
import type { Field } from './documents.ts';

export const RANKING = {
  /** how much a match counts in each field */
  fields: { title: 4, tags: 2.5, heading: 1.2, body: 1 } as Record<Field['name'], number>,
  /** weights of a query word's alternatives: a synonym, a completion of a partly typed word, a
   *  completion of a whole last word, the stem of a partly typed word, corrections at 1 and 2 edits */
  synonym: 0.7,
  prefix: 0.8,
  prefixExtra: 0.45,
  partialStem: 0.7,
  typo1: 0.85,
  typo2: 0.65,
  /** how much a word's matches in a lesson's other sections add to its best section's */
  spread: 0.1,
  /** how much the best single section adds on top of the lesson's per-word bests */
  sectionFocus: 0.25,
  /** how strongly a lesson is penalised for query words it lacks */
  coveragePower: 2,
  /** factor for a lesson whose title matches every query word */
  titleCover: 1.5,
  /** 0: every query word counts the same towards coverage; 1: by rarity (idf) */
  coverageByWeight: 0.5,
};

/**
 * At most this many documents are read per query word alternative and field, strongest first.
 * Only words used by hundreds of sections reach it (never in the built-in corpus, whose most used
 * word is in about 330 of its sections); their weakest matches add little (low idf) and cost the
 * most time. At 10,000 synthetic lessons, 500/200 ranked as well as 1000/300 (scripts/bench-find.mjs).
 */
export const MAX_POSTINGS = 500;
/** ... and this many for a word used by more than COMMON_LESSONS lessons (it counts for little) */
export const MAX_POSTINGS_COMMON = 200;
export const COMMON_LESSONS = 1000;

/** Rarity of a term used by `df` of `n` lessons (BM25 idf, always above zero). */
export function idf(n: number, df: number): number {
  const d = Math.min(df, n);
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}

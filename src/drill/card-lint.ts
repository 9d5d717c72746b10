// Card quality, as check-corpus sees it. Pure.
// - A prompt that gives its answer away: most of the answer's terms are already in the question.
// - Near-duplicates anywhere in the corpus: two cards whose terms (question and answer together)
//   overlap so much that reviewing one is reviewing the other.
// Terms are the search encoder's (lowercased, stemmed, stop words dropped), so "replicas" and
// "replica" count as one word and "the" counts as none.
import type { Card } from '../corpus/types.ts';
import { encode } from '../search/encode.ts';

/** Share of the answer's terms found in the question above which the prompt gives the answer away. */
export const ANSWER_IN_PROMPT = 0.6;
/** Jaccard similarity of two cards' terms above which they are near-duplicates. */
export const NEAR_DUPLICATE = 0.5;
/** Answers shorter than this many terms (a number, one name) are not judged for giving away. */
const MIN_ANSWER_TERMS = 3;
/** An answer that adds more new terms than this to its question says something the question did not. */
const MAX_NEW_TERMS = 2;

const termSet = (text: string) => new Set(encode(text.replace(/[`*_]/g, ' ')));

/**
 * The share of the answer's terms that its question already contains, or 0 when the answer is too
 * short to judge or adds enough of its own: more than a couple of new terms, or a figure (a worked
 * answer repeats its question's nouns and numbers, then gives the result).
 */
export function answerInPrompt(card: Pick<Card, 'question' | 'answer'>): number {
  const answer = termSet(card.answer);
  if (answer.size < MIN_ANSWER_TERMS) return 0;
  const question = termSet(card.question);
  let shared = 0;
  let newFigure = false;
  for (const t of answer) {
    if (question.has(t)) shared++;
    else if (/\d/.test(t)) newFigure = true;
  }
  return newFigure || answer.size - shared > MAX_NEW_TERMS ? 0 : shared / answer.size;
}

export interface CardPair {
  a: Card;
  b: Card;
  similarity: number;
}

/** Pairs of cards whose terms overlap at NEAR_DUPLICATE or more, most similar first. */
export function nearDuplicates(cards: readonly Card[], threshold = NEAR_DUPLICATE): CardPair[] {
  const sets = cards.map((c) => termSet(`${c.question} ${c.answer}`));
  // an inverted index, so only cards that share a term are compared
  const byTerm = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const t of set) {
      let list = byTerm.get(t);
      if (!list) byTerm.set(t, (list = []));
      list.push(i);
    }
  });
  const pairs: CardPair[] = [];
  for (let i = 0; i < cards.length; i++) {
    const shared = new Map<number, number>();
    for (const t of sets[i]!) for (const j of byTerm.get(t)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const similarity = n / (sets[i]!.size + sets[j]!.size - n);
      if (similarity >= threshold) pairs.push({ a: cards[i]!, b: cards[j]!, similarity });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

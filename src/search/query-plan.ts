// A query, planned: its words (stop words dropped, stemmed), and for each the terms that may
// stand for it, weighted: the word itself, a compound it makes with a neighbour, synonyms,
// completions of a word still being typed, corrections of a misspelling. Pure, given the
// vocabulary of the lessons.
import { wordTokens } from './encode.ts';
import { RANKING } from './ranking.ts';
import { stem } from './stem.ts';
import { synonymsOf } from './synonyms.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Correction {
  /** the word typed */
  from: string;
  /** the known word searched instead */
  to: string;
}

export interface Alt {
  term: string;
  weight: number;
}

export interface Concept {
  word: string;
  alts: Alt[];
}

export interface Plan {
  concepts: Concept[];
  corrections: Correction[];
  unknown: string[];
}

/** What a query's words mean: each word's alternatives (itself, compounds, synonyms, completions, corrections). */
export function planQuery(query: string, vocab: Vocabulary): Plan {
  const all = wordTokens(query);
  let tokens = all.filter((t) => t.term);
  // only stop words ("tell me about yourself"): look for the forms of them that are indexed
  // ("telling"), exactly as typed: no completions or corrections
  const onlyStopWords = tokens.length === 0;
  if (onlyStopWords) {
    tokens = all
      .filter((t) => t.word.length > 1)
      .map((t) => ({ ...t, term: stem(t.word) }));
  }
  const concepts: Concept[] = [];
  const corrections: Correction[] = [];
  const unknown: string[] = [];
  const typingLast = !/\s$/.test(query);
  tokens.forEach((tok, i) => {
    const alts = new Map<string, number>();
    const put = (term: string, weight: number) => {
      if (vocab.has(term) && (alts.get(term) ?? 0) < weight) alts.set(term, weight);
    };
    // a word the lessons never use as typed ("webs", "partiti") is probably still being typed
    const partial = !onlyStopWords && tok.word.length >= 3 && !vocab.knowsWord(tok.word);
    put(tok.term, partial ? RANKING.partialStem : 1);
    // compounds with the neighbouring words, stop words included: "web socket" finds
    // websocket, "write ahead" write-ahead, "timing out" timeout, "fail over" failover
    const at = all.findIndex((t) => t.start === tok.start);
    const prev = all[at - 1];
    const next = all[at + 1];
    // (a compound counts only as the lessons write it, hyphenated or joined: no stemming needed)
    if (prev) put(vocab.termOfWord(prev.word + tok.word), 1);
    if (next) {
      put(vocab.termOfWord(tok.word + next.word), 1);
      if (tok.term !== tok.word) put(vocab.termOfWord(tok.term + next.word), 1);
    }
    for (const s of synonymsOf(tok.term)) put(s, RANKING.synonym);
    if (partial || (!onlyStopWords && i === tokens.length - 1 && typingLast && tok.word.length <= 3)) {
      // a short prefix fits many words: only the most used few
      for (const c of vocab.completions(tok.word, tok.word.length <= 3 ? 3 : 6)) put(c, partial ? RANKING.prefix : RANKING.prefixExtra);
    }
    if (alts.size === 0 && !onlyStopWords) {
      const max = tok.word.length >= 8 ? 2 : tok.word.length >= 4 ? 1 : 0;
      const near = max > 0 ? vocab.nearest(tok.word, tok.term, max, 4) : [];
      const best = near[0];
      if (best) {
        for (const n of near) if (n.distance === best.distance) put(n.term, n.distance === 1 ? RANKING.typo1 : RANKING.typo2);
        corrections.push({ from: tok.word, to: vocab.wordFor(best.term) });
      }
    }
    if (alts.size === 0) unknown.push(tok.word);
    else if (!concepts.some((c) => c.word === tok.word)) concepts.push({ word: tok.word, alts: [...alts].map(([term, weight]) => ({ term, weight })) });
  });
  return { concepts, corrections, unknown };
}


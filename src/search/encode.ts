// Text -> search terms. The one encoder used for lesson text, queries and snippet highlighting,
// so the three always agree. Pure.
//
// A term is a lowercased, accent-free, Porter-stemmed word; English stop words are dropped.
// Hyphenated or slashed compounds also give their joined form ("real-time" -> real, time,
// realtim), so a query typed either way finds them.
import { stem } from './stem.ts';

/** Bumped whenever terms change: a snapshot built with another version is rebuilt. */
export const ENCODER_VERSION = 1;

/** Common English words plus words every learner's question contains ("explain", "difference"). */
export const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and another any are arent as at be because been before being below ' +
    'between both but by can cannot cant could couldnt did didnt do does doesnt doing dont down during each either ' +
    'etc even ever every few for from further get gets getting give given go goes going good got had hadnt has hasnt have ' +
    'havent having he her here hers herself him himself his how however i ie if im in into is isnt it its itself ' +
    'ive just let lets like ll me might mine more most much must my myself need needs no nor not now of off often on ' +
    'once one only or other others otherwise our ours ourselves out over own per quite rather re really s same say says ' +
    'shall she should shouldnt so some something such t than that thats the their theirs them themselves then there ' +
    'theres these they theyre thing things this those though through thus to too under until up upon us ve very was ' +
    'wasnt we well were werent what whats when where whether which while who whom whose why will with within without ' +
    'wont would wouldnt yet you your yours yourself ' +
    // question words a learner types that say nothing about the topic
    'explain explained explaining tell show mean means meaning define definition example examples difference ' +
    'differences versus vs compare compared comparison understand learn learning work works working use used ' +
    'using uses best way ways actually basically exactly happen happens happening anything want know make makes ' +
    // the halves of contractions split at the apostrophe
    'don doesn isn wasn aren didn won shouldn couldn wouldn haven hasn'
  ).split(' '),
);

export interface Token {
  /** the word as normalised (lowercase, no accents), before stemming */
  word: string;
  /** its search term: the stem, or '' for a stop word */
  term: string;
  /** offsets in the original text */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lowercase and strip accents (NFKD, combining marks removed). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** The term for one normalised word, or '' when it is a stop word or a lone letter. */
export function termOf(word: string): string {
  if (STOP_WORDS.has(word)) return '';
  if (word.length === 1 && !/[0-9]/.test(word)) return '';
  return stem(word);
}

/** Every word of `text` with its offsets, normalised word and term (stop words get term ''). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = normalizeWord(m[0]);
    out.push({ word, term: termOf(word), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The terms of `text`, in order, repeats kept (term frequency matters to ranking), plus the
 * joined form of each hyphen- or slash-joined compound of letters ("write-ahead" -> writeahead).
 * `onWord` sees each word with its term.
 */
export function encode(text: string, onWord?: (word: string, term: string) => void): string[] {
  const terms: string[] = [];
  let prevEnd = -2;
  let prevWord = '';
  let joined = '';
  for (const m of text.matchAll(WORD)) {
    const word = normalizeWord(m[0]);
    const start = m.index;
    const t = termOf(word);
    if (t) {
      terms.push(t);
      onWord?.(word, t);
    }
    const sep = start - prevEnd === 1 ? text[prevEnd] : '';
    if ((sep === '-' || sep === '/') && /^[a-z]+$/.test(word) && /^[a-z]+$/.test(prevWord)) {
      joined = (joined || prevWord) + word;
      const jt = termOf(joined);
      if (jt) {
        terms.push(jt);
        onWord?.(joined, jt);
      }
    } else joined = '';
    prevEnd = start + m[0].length;
    prevWord = word;
  }
  return terms;
}

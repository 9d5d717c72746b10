// Text -> search terms. The one encoder used for lesson text, queries and snippet highlighting,
// so the three always agree. Pure.
//
// A term is a lowercased, accent-free, Porter-stemmed word; English stop words are dropped.
// Hyphenated or slashed compounds also give their joined form ("real-time" -> real, time,
// realtim), so a query typed either way finds them.
import { stem } from './stem.ts';

/** Bumped whenever terms change: a snapshot built with another version is rebuilt. */
export const ENCODER_VERSION = 2;

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

const NON_ASCII = /[^\x00-\x7f]/;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const wideWordChar = new Map<number, boolean>();

/** Letters and digits of any script (and combining marks, which belong to the letter before). */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let v = wideWordChar.get(cp);
  if (v === undefined) {
    v = WORD_CHAR.test(String.fromCodePoint(cp));
    wideWordChar.set(cp, v);
  }
  return v;
}

/** Lowercase and strip accents (NFKD, combining marks removed). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/**
 * The term for one normalised word, or '' when it is a stop word or a lone letter. Lone digits
 * stay (HTTP/2), and so does "k", a term of its own in interview problems (top k, k-way merge).
 */
export function termOf(word: string): string {
  if (STOP_WORDS.has(word)) return '';
  if (word.length === 1 && !(word >= '0' && word <= '9') && word !== 'k') return '';
  return stem(word);
}

/** word as written -> [normalised word, term]; lesson text repeats its words a lot */
const memo = new Map<string, [string, string]>();

function lookup(raw: string): [string, string] {
  let m = memo.get(raw);
  if (m === undefined) {
    const word = normalizeWord(raw);
    m = [word, termOf(word)];
    if (memo.size > 100_000) memo.clear();
    memo.set(raw, m);
  }
  return m;
}

/** Call `each` for every word of `text`, with its offsets. A hand-written scanner: this is the hot loop of indexing. */
function scan(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    let size = cp >= 0xd800 && cp <= 0xdbff ? 2 : 1;
    if (size === 2) cp = text.codePointAt(i)!;
    if (!isWordChar(cp)) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    while (i < n) {
      cp = text.charCodeAt(i);
      size = cp >= 0xd800 && cp <= 0xdbff ? 2 : 1;
      if (size === 2) cp = text.codePointAt(i)!;
      if (!isWordChar(cp)) break;
      i += size;
    }
    each(start, i);
  }
}

/** True for a UTF-16 code unit that is part of a word (surrogates count as word). */
export function isWordCode(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || isWordChar(code);
}

/**
 * Lowercase and strip accents without changing the length, so offsets into the result are
 * offsets into `text`: each character becomes the first character of its lowercased NFKD form.
 */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (lower.length === text.length) return lower.replace(ACCENTED, baseLetter);
  // a character whose lowercase is longer (İ): go one character at a time
  let out = '';
  for (const ch of text) out += ch.length === 1 ? baseLetter(ch.toLowerCase()[0]!) : ch;
  return out;
}

/** Latin letters with diacritics (Latin-1 Supplement, Extended-A and -B, Extended Additional). */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const baseLetter = (ch: string): string => (ch.length === 1 && ch.charCodeAt(0) >= 0xc0 ? (ch.normalize('NFKD')[0] ?? ch) : ch);

/** Call `each` with every word of `text`: its offsets and its term ('' for a stop word). */
export function forEachTerm(text: string, each: (start: number, end: number, term: string) => void): void {
  scan(text, (start, end) => each(start, end, lookup(text.slice(start, end))[1]));
}

/** Every word of `text` with its offsets, normalised word and term (stop words get term ''). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scan(text, (start, end) => {
    const [word, term] = lookup(text.slice(start, end));
    out.push({ word, term, start, end });
  });
  return out;
}

const LOWER_LETTERS = /^[a-z]+$/;

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
  scan(text, (start, end) => {
    const [word, t] = lookup(text.slice(start, end));
    if (t) {
      terms.push(t);
      onWord?.(word, t);
    }
    const sep = start - prevEnd === 1 ? text.charCodeAt(prevEnd) : 0;
    if ((sep === 45 /* - */ || sep === 47) /* / */ && LOWER_LETTERS.test(word) && LOWER_LETTERS.test(prevWord)) {
      joined = (joined || prevWord) + word;
      const jt = termOf(joined);
      if (jt) {
        terms.push(jt);
        onWord?.(joined, jt);
      }
    } else joined = '';
    prevEnd = end;
    prevWord = word;
  });
  return terms;
}

// Text -> search terms. The one encoder used for lesson text, queries and snippet highlighting,
// so the three always agree. Pure.
//
// A term is a lowercased, accent-free, Porter-stemmed word; English stop words are dropped.
// Hyphenated or slashed compounds also give their joined form ("real-time" -> real, time,
// realtim), so a query typed either way finds them.
import { fold } from '../util/fold.ts';
import { STOP_WORDS as COMMON_STOP_WORDS } from '../util/stop-words.ts';
import { stem } from './stem.ts';

/** Bumped whenever terms change: a snapshot built with another version is rebuilt. */
export const ENCODER_VERSION = 2;

/** Common English words plus words every learner's question contains ("explain", "difference"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_STOP_WORDS,
  // question words a learner types that say nothing about the topic
  ...('explain explained explaining tell show mean means meaning define definition example examples difference ' +
    'differences versus vs compare compared comparison understand learn learning work works working use used ' +
    'using uses best way ways actually basically exactly happen happens happening anything want know make makes'
  ).split(' '),
]);

export interface Token {
  /** the word as normalised (lowercase, no accents), before stemming */
  word: string;
  /** its search term: the stem, or '' for a stop word */
  term: string;
  /** offsets in the original text */
  start: number;
  end: number;
}

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
    const word = fold(raw);
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

/** Call `each` with every word of `text`: its offsets and its term ('' for a stop word). */
export function forEachTerm(text: string, each: (start: number, end: number, term: string) => void): void {
  scan(text, (start, end) => each(start, end, lookup(text.slice(start, end))[1]));
}

/** Every word of `text` with its offsets, normalised word and term (stop words get term ''). */
export function wordTokens(text: string): Token[] {
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

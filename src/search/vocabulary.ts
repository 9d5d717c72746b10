// The words the index knows: how many lessons use each term (for weighting), a readable form
// of each term (for suggestions), prefix completion and the nearest terms to a misspelling.

import { editDistance } from '../util/edit-distance.ts';

export interface VocabularyData {
  /** [term, lessons using it] */
  terms: Array<[string, number]>;
  /** every word seen, as [word, term], or [word] when the word is its own term */
  words: Array<[string, string] | [string]>;
}

export interface Near {
  term: string;
  distance: number;
}

const A = 'a'.charCodeAt(0);

/** A 32-bit set of the letters (and digits, folded) a string contains: a cheap edit-distance filter. */
function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - A;
    m |= 1 << (c >= 0 && c < 26 ? c : 26 + (s.charCodeAt(i) % 6));
  }
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class Vocabulary {
  /** term -> number of lessons using it */
  readonly df = new Map<string, number>();
  /** every word seen (normalised, unstemmed) -> its term */
  readonly words = new Map<string, string>();
  /** term -> shortest word seen for it; built lazily */
  private surface: Map<string, string> | null = null;
  /** term -> every word seen for it; built lazily */
  private forms: Map<string, string[]> | null = null;
  /** sorted words, for prefix search; rebuilt lazily after additions */
  private sorted: string[] | null = null;
  /** words and terms with their letter masks, for nearest(); rebuilt lazily after additions */
  private fuzzy: { keys: string[]; masks: Int32Array; buckets: Map<string, number[]> } | null = null;

  static fromData(data: VocabularyData): Vocabulary {
    const v = new Vocabulary();
    for (const [term, df] of data.terms) v.df.set(term, df);
    for (const [word, term] of data.words) v.words.set(word, term ?? word);
    return v;
  }

  toData(): VocabularyData {
    return {
      terms: [...this.df],
      words: [...this.words].map(([w, t]): [string, string] | [string] => (w === t ? [w] : [w, t])),
    };
  }

  /** Count one lesson by its distinct terms. Its words go straight into `words` while encoding. */
  addLesson(terms: Iterable<string>): void {
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.changed();
  }

  /** Forget the lazily built lookups after `df` or `words` changed. */
  changed(): void {
    this.sorted = null;
    this.fuzzy = null;
    this.surface = null;
    this.forms = null;
  }

  /** The term of a word as written in the lessons (or of a word that is itself a term), else ''. */
  termOfWord(word: string): string {
    return this.words.get(word) ?? (this.has(word) ? word : '');
  }

  /** True when `word` (normalised, unstemmed) occurs in the lessons as written. */
  knowsWord(word: string): boolean {
    return this.words.has(word);
  }

  /** Every word seen for a term, as written (normalised): "cach" -> cache, caching, cached. */
  wordsOf(term: string): string[] {
    if (!this.forms) {
      const forms = new Map<string, string[]>();
      for (const [word, t] of this.words) {
        const list = forms.get(t);
        if (list) list.push(word);
        else forms.set(t, [word]);
      }
      this.forms = forms;
    }
    return this.forms.get(term) ?? [];
  }

  /** A readable word for a term ("cach" -> "cache"): the shortest word seen for it. */
  wordFor(term: string): string {
    if (!this.surface) {
      const surface = new Map<string, string>();
      for (const [word, t] of this.words) {
        const cur = surface.get(t);
        if (cur === undefined || word.length < cur.length || (word.length === cur.length && word < cur)) surface.set(t, word);
      }
      this.surface = surface;
    }
    return this.surface.get(term) ?? term;
  }

  has(term: string): boolean {
    return (this.df.get(term) ?? 0) > 0;
  }

  /** Terms of the words that start with `prefix`, most used first. */
  completions(prefix: string, limit: number): string[] {
    const keys = this.sortedKeys();
    const found = new Set<string>();
    for (let i = this.lowerBound(prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) {
      const term = this.words.get(keys[i]!)!;
      if (this.has(term)) found.add(term);
      if (found.size > 200) break;
    }
    return [...found].sort((a, b) => this.df.get(b)! - this.df.get(a)! || a.length - b.length).slice(0, limit);
  }

  /** Words as written in the lessons that start with `prefix`, most used first (for Tab completion). */
  wordsStartingWith(prefix: string, limit: number): string[] {
    const keys = this.sortedKeys();
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) {
      if (this.has(this.words.get(keys[i]!)!)) found.push(keys[i]!);
    }
    const df = (w: string) => this.df.get(this.words.get(w)!) ?? 0;
    return found.sort((a, b) => df(b) - df(a) || a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  private sortedKeys(): string[] {
    if (!this.sorted) this.sorted = [...this.words.keys()].sort();
    return this.sorted;
  }

  /** The first position in sortedKeys() not less than `prefix`. */
  private lowerBound(prefix: string): number {
    const keys = this.sortedKeys();
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Known terms within `max` edits of a typed word: compared as typed (against the words seen)
   * and as a term (against the terms), closest then most used first. Only words that start with
   * the typed word's first or second letter are compared.
   */
  nearest(word: string, term: string, max: number, limit: number): Near[] {
    if (!this.fuzzy) {
      const keys = [...new Set([...this.df.keys(), ...this.words.keys()])].filter((k) => this.has(this.termOfKey(k)));
      const masks = new Int32Array(keys.length);
      const buckets = new Map<string, number[]>();
      keys.forEach((k, i) => {
        masks[i] = letterMask(k);
        const b = `${k[0]}${k.length}`;
        const list = buckets.get(b);
        if (list) list.push(i);
        else buckets.set(b, [i]);
      });
      this.fuzzy = { keys, masks, buckets };
    }
    const { keys, masks, buckets } = this.fuzzy;
    const best = new Map<string, number>();
    for (const probe of word === term ? [word] : [word, term]) {
      const mask = letterMask(probe);
      // a typo rarely changes the first letter; swapping the first two is covered by the second
      const starts = probe[1] && probe[1] !== probe[0] ? [probe[0]!, probe[1]] : [probe[0]!];
      for (const first of starts) {
        // words are bucketed by first letter and length: only lengths within the budget are read
        for (let len = Math.max(1, probe.length - max); len <= probe.length + max; len++) {
          for (const i of buckets.get(`${first}${len}`) ?? []) {
            const k = keys[i]!;
            if (k === probe) continue;
            // each edit adds or removes at most two letters from the set of letters used
            if (popcount(mask ^ masks[i]!) > 2 * max) continue;
            const d = editDistance(probe, k, max);
            if (d > max) continue;
            const t = this.termOfKey(k);
            if (t === term) continue;
            if (d < (best.get(t) ?? Infinity)) best.set(t, d);
          }
        }
      }
    }
    const out = [...best].map(([t, distance]) => ({ term: t, distance }));
    out.sort((a, b) => a.distance - b.distance || this.df.get(b.term)! - this.df.get(a.term)! || (a.term < b.term ? -1 : 1));
    return out.slice(0, limit);
  }

  /** A term stands for itself, a word for its term. */
  private termOfKey(key: string): string {
    return this.df.has(key) ? key : (this.words.get(key) ?? key);
  }
}

// The words the index knows: how many lessons use each term (for weighting), a readable form
// of each term (for suggestions), prefix completion and the nearest terms to a misspelling.

export interface VocabularyData {
  /** [term, lessons using it, readable word when it differs from the term] */
  terms: Array<[string, number] | [string, number, string]>;
  /** [word, term] for every indexed word that differs from its term, so prefixes of words match */
  words: Array<[string, string]>;
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

/** Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits), or max+1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}

export class Vocabulary {
  /** term -> number of lessons using it */
  readonly df = new Map<string, number>();
  /** term -> shortest word seen for it */
  private readonly surface = new Map<string, string>();
  /** word -> term, for words that differ from their term */
  private readonly words = new Map<string, string>();
  /** sorted keys of words and terms, for prefix search; rebuilt lazily after additions */
  private sorted: string[] | null = null;
  /** words and terms with their letter masks, for nearest(); rebuilt lazily after additions */
  private fuzzy: { keys: string[]; masks: Int32Array } | null = null;

  static fromData(data: VocabularyData): Vocabulary {
    const v = new Vocabulary();
    for (const [term, df, word] of data.terms) {
      v.df.set(term, df);
      v.surface.set(term, word ?? term);
    }
    for (const [word, term] of data.words) v.words.set(word, term);
    return v;
  }

  toData(): VocabularyData {
    const terms: VocabularyData['terms'] = [];
    for (const [term, df] of this.df) {
      const w = this.surface.get(term);
      terms.push(w === undefined || w === term ? [term, df] : [term, df, w]);
    }
    return { terms, words: [...this.words] };
  }

  /** Count one lesson: its distinct terms, and the words seen for them. */
  addLesson(terms: Iterable<string>, wordsOf: Map<string, string>): void {
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    for (const [word, term] of wordsOf) {
      if (word !== term && !this.words.has(word)) this.words.set(word, term);
      const cur = this.surface.get(term);
      if (cur === undefined || word.length < cur.length || (word.length === cur.length && word < cur)) this.surface.set(term, word);
    }
    this.sorted = null;
    this.fuzzy = null;
  }

  /** True when `word` (normalised, unstemmed) occurs in the lessons as written. */
  knowsWord(word: string): boolean {
    return this.words.has(word) || (this.has(word) && this.surface.get(word) === word);
  }

  has(term: string): boolean {
    return (this.df.get(term) ?? 0) > 0;
  }

  /** A readable word for a term ("cach" -> "cache"). */
  wordFor(term: string): string {
    return this.surface.get(term) ?? term;
  }

  /** Terms of the words (and terms) that start with `prefix`, most used first. */
  completions(prefix: string, limit: number): string[] {
    const keys = this.sortedKeys();
    const found = new Set<string>();
    for (let i = this.lowerBound(prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) {
      const key = keys[i]!;
      const term = this.df.has(key) ? key : this.words.get(key)!;
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
      const key = keys[i]!;
      const term = this.termOfKey(key);
      if (this.has(term) && (this.words.has(key) || this.surface.get(key) === key)) found.push(key);
    }
    const df = (w: string) => this.df.get(this.termOfKey(w)) ?? 0;
    return found.sort((a, b) => df(b) - df(a) || a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  private sortedKeys(): string[] {
    if (!this.sorted) this.sorted = [...new Set([...this.df.keys(), ...this.words.keys()])].sort();
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
   * and as a term (against the terms), closest then most used first.
   */
  nearest(word: string, term: string, max: number, limit: number): Near[] {
    if (!this.fuzzy) {
      const keys = [...new Set([...this.df.keys(), ...this.words.keys()])].filter((k) => this.has(this.termOfKey(k)));
      const masks = new Int32Array(keys.length);
      keys.forEach((k, i) => (masks[i] = letterMask(k)));
      this.fuzzy = { keys, masks };
    }
    const { keys, masks } = this.fuzzy;
    const best = new Map<string, number>();
    for (const probe of word === term ? [word] : [word, term]) {
      const mask = letterMask(probe);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (Math.abs(k.length - probe.length) > max || k === probe) continue;
        // each edit adds or removes at most two letters from the set of letters used
        if (popcount(mask ^ masks[i]!) > 2 * max) continue;
        const d = editDistance(probe, k, max);
        if (d > max) continue;
        const t = this.termOfKey(k);
        if (t === term) continue;
        if (d < (best.get(t) ?? Infinity)) best.set(t, d);
      }
    }
    const out = [...best].map(([t, distance]) => ({ term: t, distance }));
    out.sort((a, b) => a.distance - b.distance || this.df.get(b.term)! - this.df.get(a.term)! || (a.term < b.term ? -1 : 1));
    return out.slice(0, limit);
  }

  private termOfKey(key: string): string {
    return this.df.has(key) ? key : (this.words.get(key) ?? key);
  }
}

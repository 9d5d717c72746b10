// Pick the passage of a section that best matches a query and mark the matching words. Pure.
import type { Token } from './encode.ts';

export interface Segment {
  text: string;
  /** true for a word that matched the query */
  hit: boolean;
}

export const SNIPPET_CHARS = 160;

/** Matching words, in text order: offsets in the text and the query word (concept) each matches. */
export interface Matches {
  start: Int32Array;
  end: Int32Array;
  concept: Int32Array;
  length: number;
}

/** The tokens whose terms match the query, in text order. `conceptOf(term)` is -1 for no match. */
export function matchTokens(tokens: readonly Token[], conceptOf: (term: string) => number): Matches {
  const m: Matches = { start: new Int32Array(tokens.length), end: new Int32Array(tokens.length), concept: new Int32Array(tokens.length), length: 0 };
  for (const tok of tokens) {
    if (!tok.term) continue;
    const c = conceptOf(tok.term);
    if (c < 0) continue;
    m.start[m.length] = tok.start;
    m.end[m.length] = tok.end;
    m.concept[m.length++] = c;
  }
  return m;
}

/**
 * The best window of about `chars` characters of `text`: the one whose matches (in text order)
 * cover the most query concepts (by weight), then the most matches. `weights[c]` is concept c's weight.
 */
export function makeSnippet(text: string, matches: Matches, weights: readonly number[], chars = SNIPPET_CHARS): Segment[] {
  const { start, end, concept } = matches;
  const n = matches.length;
  if (text.length <= chars && n === 0) return text ? [{ text, hit: false }] : [];

  let from = 0;
  let first = 0;
  if (n > 0) {
    // two pointers over the matches: the widest set of concepts that fits in the window
    let best = -1;
    let bestI = 0;
    let bestJ = 0;
    const count = new Int32Array(weights.length + 1);
    let covered = 0;
    let j = 0;
    for (let i = 0; i < n; i++) {
      while (j < n && (j === i || end[j]! - start[i]! <= chars - 20)) {
        const c = concept[j]!;
        if (count[c]!++ === 0) covered += weights[c] ?? 1;
        j++;
      }
      const score = covered + 0.01 * (j - i);
      if (score > best) {
        best = score;
        bestI = i;
        bestJ = j;
      }
      const c = concept[i]!;
      if (--count[c]! === 0) covered -= weights[c] ?? 1;
    }
    first = start[bestI]!;
    const last = end[Math.max(bestI, bestJ - 1)]!;
    const slack = Math.max(0, chars - (last - first));
    // some context before the first match, the rest after it; start at a sentence when one is near
    from = Math.max(0, first - Math.min(Math.floor(slack / 3), 60));
    for (let i = first - 2, stop = Math.max(0, first - 2 - Math.floor(slack * 0.6)); i >= stop; i--) {
      if (text.charCodeAt(i) === 46 /* . */ && text.charCodeAt(i + 1) === 32) {
        from = i + 2;
        break;
      }
    }
    // near the end of the text, use the room before the match instead
    if (text.length - from < chars) from = Math.max(0, Math.min(from, text.length - chars));
  }
  // never start or end mid-word
  if (from > 0 && text[from - 1] !== ' ') {
    const sp = text.indexOf(' ', from);
    if (sp !== -1 && (n === 0 || sp + 1 <= first)) from = sp + 1;
    // the match itself is inside a word ("three" in "median-of-three"): start at that word
    else from = text.lastIndexOf(' ', from) + 1;
  }
  let to = Math.min(text.length, from + chars);
  if (to < text.length && text[to] !== ' ') {
    const sp = text.lastIndexOf(' ', to);
    if (sp > from) to = sp;
  }

  const segments: Segment[] = [];
  let pos = from;
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit && !hit) last.text += s;
    else segments.push({ text: s, hit });
  };
  if (from > 0) push('…', false);
  for (let i = 0; i < n; i++) {
    if (start[i]! < from || end[i]! > to) continue;
    push(text.slice(pos, start[i]), false);
    push(text.slice(start[i], end[i]), true);
    pos = end[i]!;
  }
  // end on a word, not on trailing spaces or punctuation that joins clauses
  let stop = to;
  while (stop > pos && ' \t\n,;:'.includes(text[stop - 1]!)) stop--;
  push(text.slice(pos, stop), false);
  if (to < text.length) push('…', false);
  return segments;
}

/** The snippet as plain text. */
export function snippetText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

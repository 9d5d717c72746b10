// Syntax colour for the code the corpus holds (TypeScript and JavaScript; other fences stay plain).
// A small scanner rather than highlight.js: measured on this machine, importing highlight.js core
// plus its TypeScript grammar costs 50-110 ms, more than node:repl needs to show its prompt, and
// the corpus needs only keywords, strings, comments and numbers told apart. Pure.
import type { Style } from './style.ts';

const KEYWORDS = new Set(
  (
    'abstract as async await break case catch class const continue debugger declare default delete do else enum export extends ' +
    'false finally for from function get if implements import in instanceof interface keyof let new null of private protected ' +
    'public readonly return satisfies set static super switch this throw true try type typeof undefined var void while yield'
  ).split(' '),
);
const TYPES = new Set('any bigint boolean never number object string symbol unknown Array Map Set Promise Record Partial Readonly'.split(' '));

export const HIGHLIGHTED = new Set(['ts', 'typescript', 'js', 'javascript', 'tsx', 'jsx', 'mjs', 'cjs']);

type Kind = 'comment' | 'string' | 'number' | 'keyword' | 'type' | 'plain';

/** Split code into runs of one kind, each within one line (so every line can be cut on its own). */
export function scan(code: string): { text: string; kind: Kind }[] {
  const out: { text: string; kind: Kind }[] = [];
  const push = (text: string, kind: Kind) => {
    // never carry a run over a newline
    const parts = text.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) out.push({ text: '\n', kind: 'plain' });
      if (p) out.push({ text: p, kind });
    });
  };
  let i = 0;
  const n = code.length;
  let plainFrom = 0;
  const flush = (to: number) => {
    if (to > plainFrom) push(code.slice(plainFrom, to), 'plain');
  };
  while (i < n) {
    const c = code[i]!;
    let end = -1;
    let kind: Kind = 'plain';
    if (c === '/' && code[i + 1] === '/') {
      end = code.indexOf('\n', i);
      if (end === -1) end = n;
      kind = 'comment';
    } else if (c === '/' && code[i + 1] === '*') {
      end = code.indexOf('*/', i + 2);
      end = end === -1 ? n : end + 2;
      kind = 'comment';
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && code[j] !== c) {
        if (code[j] === '\\') j++;
        else if (c !== '`' && code[j] === '\n') break;
        j++;
      }
      end = Math.min(n, j + 1);
      kind = 'string';
    } else if (/[0-9]/.test(c) && !/[\w$]/.test(code[i - 1] ?? ' ')) {
      const m = /^(?:0[xob][0-9a-f_]+|[0-9][0-9_]*(?:\.[0-9_]+)?(?:e[+-]?[0-9]+)?)n?/i.exec(code.slice(i, i + 40));
      end = i + (m ? m[0].length : 1);
      kind = 'number';
    } else if (/[A-Za-z_$]/.test(c) && !/[\w$]/.test(code[i - 1] ?? ' ')) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(code[j]!)) j++;
      const word = code.slice(i, j);
      if (KEYWORDS.has(word)) kind = 'keyword';
      else if (TYPES.has(word)) kind = 'type';
      else {
        i = j;
        continue;
      }
      end = j;
    }
    if (end === -1) {
      i++;
      continue;
    }
    flush(i);
    push(code.slice(i, end), kind);
    i = plainFrom = end;
  }
  flush(n);
  return out;
}

/** Code with colour on a colour terminal; the code itself (never changed) otherwise. */
export function highlight(code: string, lang: string, s: Style): string {
  if (!s.color || !HIGHLIGHTED.has(lang.toLowerCase())) return code;
  const paint: Record<Kind, (t: string) => string> = {
    comment: (t) => s.dim(t),
    string: s.green,
    number: s.yellow,
    keyword: s.magenta,
    type: s.cyan,
    plain: (t) => t,
  };
  return scan(code)
    .map((r) => paint[r.kind](r.text))
    .join('');
}

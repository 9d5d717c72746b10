// The top-level statements of a TypeScript file and the names each one declares. This is what lets
// the workspace hold one definition per name: a definition typed at the prompt replaces the
// statement that declared the same name. Pure: text in, statements out.
//
// A statement ends at the end of a line where brackets, strings, template literals and comments
// are all closed and the parser (esbuild) does not ask for more input: the same rule the prompt
// uses to decide between running a line and showing `...`. A following line that starts with
// `.name`, `?.` or a binary operator continues it (a method chain). A comment right above a
// statement (no blank line between) belongs to it.
import { lazyRequire } from '../util/lazy-require.ts';
import { isStripped, stripTypes, stripTypesAsync, TranspileError } from './transpile.ts';

type Acorn = typeof import('acorn');
let acorn: Acorn | undefined;

export type NameSpace = 'value' | 'type';

export interface DeclaredName {
  name: string;
  /** values: function, class, const/let/var, enum, namespace; types: interface, type, overload signatures */
  space: NameSpace;
}

export interface Statement {
  /** offsets in the source: from the first character (its comment, if any) to the last non-blank one */
  start: number;
  end: number;
  text: string;
  names: DeclaredName[];
  /** the statement does not compile on its own */
  broken: boolean;
}

/** A line that continues the statement above it: `.map(...)`, `?.x`, `&& y`, `: z` … */
export function continuesAbove(line: string): boolean {
  return /^\s*(\.(?!\.\.)[A-Za-z_$#]|\?\.|&&|\|\||\?\?|[?:,*%|&^]|=(?!>)|>)/.test(line);
}

interface ScanState {
  /** open brackets and template literals: '(' '[' '{' or '`' (inside a template's text) or '${' */
  stack: string[];
  /** inside a block comment */
  comment: boolean;
  /** the last significant character outside comments and strings ('' at the start) */
  last: string;
  /** the word before it, when `last` ends a word (for `return /re/`) */
  lastWord: string;
}

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** Advance the scanner over one line (without its newline). Returns whether the line held code (not only comments). */
function scanLine(st: ScanState, line: string): boolean {
  let code = false;
  let i = 0;
  const n = line.length;
  while (i < n) {
    const top = st.stack[st.stack.length - 1];
    if (st.comment) {
      const end = line.indexOf('*/', i);
      if (end < 0) return code;
      st.comment = false;
      i = end + 2;
      continue;
    }
    if (top === '`') {
      // inside a template literal's text
      const c = line[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') {
        st.stack.pop();
        st.last = '`';
        i++;
      } else if (c === '$' && line[i + 1] === '{') {
        st.stack.push('${');
        st.last = '{';
        i += 2;
      } else i++;
      code = true;
      continue;
    }
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && line[i + 1] === '/') return code;
    if (c === '/' && line[i + 1] === '*') {
      st.comment = true;
      i += 2;
      continue;
    }
    code = true;
    if (c === '"' || c === "'") {
      i++;
      while (i < n && line[i] !== c) i += line[i] === '\\' ? 2 : 1;
      i++;
      st.last = c;
      continue;
    }
    if (c === '`') {
      st.stack.push('`');
      i++;
      continue;
    }
    if (c === '/' && regexAllowed(st)) {
      i++;
      let cls = false;
      while (i < n) {
        const d = line[i]!;
        if (d === '\\') i++;
        else if (d === '[') cls = true;
        else if (d === ']') cls = false;
        else if (d === '/' && !cls) break;
        i++;
      }
      i++;
      while (i < n && /[a-z]/i.test(line[i]!)) i++;
      st.last = '/';
      st.lastWord = '';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') st.stack.push(c);
    else if (c === ')' || c === ']' || c === '}') {
      if (st.stack.length) st.stack.pop();
    }
    if (/[\w$]/.test(c)) {
      let j = i;
      while (j < n && /[\w$]/.test(line[j]!)) j++;
      st.lastWord = line.slice(i, j);
      st.last = 'w';
      i = j;
      continue;
    }
    st.last = c;
    st.lastWord = '';
    i++;
  }
  return code;
}

function regexAllowed(st: ScanState): boolean {
  if (st.last === '') return true;
  if (st.last === 'w') return REGEX_AFTER_WORD.has(st.lastWord);
  return !/[)\]'"`/]/.test(st.last);
}

// A workspace changes one definition at a time: the others' verdicts are remembered by their text
// (esbuild's transform is a round trip to its service process, ~1 ms each).
const compiled = new Map<string, { complete: boolean; js: string | null }>();

/** Does `ts` compile, or does it only end too early? (a real syntax error counts as complete) */
function compiles(ts: string): { complete: boolean; js: string | null } {
  const hit = compiled.get(ts);
  if (hit) return hit;
  if (probing && !isStripped(ts)) throw new NotYet(ts);
  let r: { complete: boolean; js: string | null };
  try {
    r = { complete: true, js: stripTypes(ts) };
  } catch (e) {
    if (!(e instanceof TranspileError)) throw e;
    r = { complete: !e.incomplete, js: null };
  }
  if (compiled.size >= 512) compiled.delete(compiled.keys().next().value!);
  compiled.set(ts, r);
  return r;
}

/** While prepareStatements probes: a text not transpiled yet. */
class NotYet {
  constructor(readonly ts: string) {}
}
let probing = false;

/**
 * Transpile, through esbuild's service (transpile.ts says why), every text splitStatements(ts)
 * will ask about, so that it then runs without esbuild's synchronous worker.
 */
export async function prepareStatements(...texts: string[]): Promise<void> {
  for (const ts of texts) {
    for (;;) {
      if (memo.has(ts)) break;
      let need: string | null = null;
      probing = true;
      try {
        split(ts);
        need = null;
      } catch (e) {
        if (!(e instanceof NotYet)) throw e;
        need = e.ts;
      } finally {
        probing = false;
      }
      if (need === null) break;
      await stripTypesAsync(need).catch(() => {});
    }
  }
}

// .check and every typed definition split the same texts again: keep the last few (pure)
const memo = new Map<string, Statement[]>();

/** Has splitStatements this text's answer already? */
export function isSplit(ts: string): boolean {
  return memo.has(ts);
}

/** Split a TypeScript source into its top-level statements, each with the names it declares. */
export function splitStatements(ts: string): Statement[] {
  const hit = memo.get(ts);
  if (hit) return hit;
  const out = split(ts);
  if (memo.size >= 64) memo.delete(memo.keys().next().value!);
  memo.set(ts, out);
  return out;
}

function split(ts: string): Statement[] {
  const lines = ts.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const l of lines) {
    offsets.push(at);
    at += l.length + 1;
  }
  const st: ScanState = { stack: [], comment: false, last: '', lastWord: '' };
  const out: Statement[] = [];
  let first = -1; // first line of the statement being gathered
  let sawCode = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (first < 0) {
      if (!line.trim() && !st.comment && st.stack.length === 0) continue;
      first = i;
      sawCode = false;
    }
    if (scanLine(st, line)) sawCode = true;
    if (st.stack.length || st.comment) continue;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    const nextBlank = i + 1 < lines.length && lines[i + 1]!.trim() === '';
    if (!sawCode) {
      // a comment: its own statement if a blank line (or the end) follows, else it heads the next one
      if (nextBlank || next === undefined) {
        out.push(statement(ts, offsets[first]!, offsets[i]! + line.length, null, false));
        first = -1;
      }
      continue;
    }
    if (next !== undefined && continuesAbove(next)) continue;
    const text = ts.slice(offsets[first]!, offsets[i]! + line.length);
    const c = compiles(text);
    if (!c.complete && next !== undefined) continue;
    out.push(statement(ts, offsets[first]!, offsets[i]! + line.length, c.js, c.js === null));
    first = -1;
  }
  if (first >= 0) {
    const end = ts.trimEnd().length;
    if (end > offsets[first]!) out.push(statement(ts, offsets[first]!, end, null, true));
  }
  return out;
}

function statement(ts: string, start: number, end: number, js: string | null, broken: boolean): Statement {
  const raw = ts.slice(start, end);
  const trimmed = raw.trimEnd();
  const text = trimmed;
  return { start, end: start + trimmed.length, text, names: broken ? [] : declaredNames(text, js ?? ''), broken };
}

interface Node {
  type: string;
  id?: Node | null;
  name?: string;
  declarations?: { id: Node }[];
  properties?: Node[];
  elements?: (Node | null)[];
  value?: Node;
  argument?: Node;
  left?: Node;
}

function patternNames(p: Node | null | undefined, out: string[]): void {
  if (!p) return;
  switch (p.type) {
    case 'Identifier':
      out.push(p.name!);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties ?? []) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const el of p.elements ?? []) patternNames(el, out);
      break;
    case 'RestElement':
      patternNames(p.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(p.left, out);
      break;
  }
}

/** Names a complete statement declares: values from its JavaScript, types from its leading keywords. */
export function declaredNames(ts: string, js: string): DeclaredName[] {
  const hit = named.get(ts);
  if (hit) return hit;
  const names = findNames(ts, js);
  if (named.size >= 512) named.delete(named.keys().next().value!);
  named.set(ts, names);
  return names;
}

const named = new Map<string, DeclaredName[]>();

function findNames(ts: string, js: string): DeclaredName[] {
  const values: string[] = [];
  if (js.trim()) {
    acorn ??= lazyRequire('acorn') as Acorn;
    try {
      const ast = acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true }) as unknown as { body: Node[] };
      for (const node of ast.body) {
        if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) values.push(node.id.name!);
        else if (node.type === 'VariableDeclaration') for (const d of node.declarations ?? []) patternNames(d.id, values);
      }
    } catch {
      // not plain script JavaScript (an import, say): it declares nothing we track
    }
  }
  const names: DeclaredName[] = [...new Set(values)].map((name) => ({ name, space: 'value' }));
  // interface I, type T = …, and function signatures without a body vanish from the JavaScript
  const m = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*(?:export\s+)?(?:declare\s+)?(interface|type|function|abstract\s+class|class|enum|const\s+enum|namespace|module)\s+([A-Za-z_$][\w$]*)/.exec(ts);
  if (m && !values.includes(m[2]!)) {
    const kind = m[1]!;
    if (kind === 'type' && !/^\s*[=<]/.test(ts.slice(m.index + m[0].length))) return names;
    names.push({ name: m[2]!, space: 'type' });
  }
  return names;
}

function key(n: DeclaredName): string {
  return `${n.space}:${n.name}`;
}

export interface MergeResult {
  text: string;
  /** names whose earlier definition was replaced */
  replaced: string[];
  /** names added at the end */
  added: string[];
}

/**
 * Put the definitions of `chunk` into `file`: a statement of the chunk that declares names
 * replaces the file's statement declaring the same names (in place); a new name is appended.
 * Statements that declare nothing (calls, expressions) are not kept: they ran at the prompt.
 */
export function mergeDefinitions(file: string, chunk: string): MergeResult {
  let text = file;
  const replaced: string[] = [];
  const added: string[] = [];
  for (const s of splitStatements(chunk)) {
    if (s.broken || s.names.length === 0) continue;
    const keys = new Set(s.names.map(key));
    const old = splitStatements(text);
    const hits = old.filter((o) => o.names.some((n) => keys.has(key(n))));
    if (hits.length === 0) {
      text = text.trimEnd() ? `${text.trimEnd()}\n\n${s.text}\n` : `${s.text}\n`;
      added.push(...s.names.map((n) => n.name));
      continue;
    }
    // statements that declare only names the new one declares go; the first one's place takes it
    const whole = hits.filter((o) => o.names.every((n) => keys.has(key(n))));
    if (whole.length === 0) {
      // every old statement also declares other names (const a = 1, b = 2): keep them, the new one goes after
      const after = hits[hits.length - 1]!;
      text = `${text.slice(0, after.end)}\n\n${s.text}${text.slice(after.end)}`;
    } else {
      const [firstHit, ...rest] = whole;
      for (const o of [...rest].reverse()) text = removeStatement(text, o);
      // the learner's comment above the old definition stays when the new one brings none
      const comment = leadingComment(s.text) ? '' : leadingComment(firstHit!.text);
      text = text.slice(0, firstHit!.start) + comment + s.text + text.slice(firstHit!.end);
    }
    replaced.push(...s.names.map((n) => n.name));
  }
  return { text, replaced: [...new Set(replaced)], added: [...new Set(added)] };
}

function leadingComment(text: string): string {
  const m = /^(?:[ \t]*\/\/[^\n]*\n)+/.exec(text);
  return m ? m[0] : '';
}

function removeStatement(text: string, s: Statement): string {
  let end = s.end;
  while (end < text.length && /\s/.test(text[end]!)) end++;
  return text.slice(0, s.start) + text.slice(end);
}

/** One definition per name: later statements replace earlier ones (for a file that stacked attempts). */
export function compactDefinitions(file: string): { text: string; duplicates: string[] } {
  const all = splitStatements(file);
  const LEGACY = /^\/\/ typed at the prompt:\n/gm; // the marker the stacking workspace wrote before each attempt
  const seen = new Map<string, number>();
  all.forEach((s, i) => s.names.forEach((n) => seen.set(key(n), i)));
  const dups = new Set<string>();
  for (const s of all) for (const n of s.names) if (seen.get(key(n))! !== all.indexOf(s)) dups.add(n.name);
  if (dups.size === 0) return { text: file, duplicates: [] };
  let text = '';
  for (const s of all) {
    const part = s.text.replace(LEGACY, '');
    if (!part.trim()) continue;
    text = s.names.length === 0 ? appendPart(text, part) : mergeDefinitions(text, part).text;
  }
  return { text, duplicates: [...dups] };
}

function appendPart(text: string, part: string): string {
  return text.trimEnd() ? `${text.trimEnd()}\n\n${part}\n` : `${part}\n`;
}

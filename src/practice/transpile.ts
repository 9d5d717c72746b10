// TypeScript -> a JavaScript script whose top-level declarations can be run again.
// esbuild strips the types; acorn finds top-level const/let/class so that they become
// `var` bindings, the way a browser console lets you redefine things. Both are loaded
// lazily (require on first use): start-up never pays for them.
import { lazyRequire } from '../util/lazy-require.ts';
import { SwelearnError } from '../errors.ts';

type Esbuild = typeof import('esbuild');
type Acorn = typeof import('acorn');
let esbuild: Esbuild | undefined;
let acorn: Acorn | undefined;

export class TranspileError extends SwelearnError {
  override name = 'TranspileError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** true when the input merely ended too early (the REPL should ask for more) */
    readonly incomplete: boolean,
  ) {
    super(message);
  }
}

// esbuild's synchronous API runs its service from a worker thread: a second node isolate, which
// cost (measured) ~10 MB of RSS for the rest of the session and 40-70 ms to start, most of the
// first .practice. Its asynchronous API talks to the same service process directly (~11 ms to
// start, ~1 ms a call, +3 MB). So the shell transpiles what it runs (typed code, a workspace it
// loads, an exercise's checks) asynchronously, and keeps the results, errors included, for the
// synchronous callers, which start the worker only for a text nobody transpiled before.
const stripped = new Map<string, string | TranspileError>();
const STRIPPED_ENTRIES = 512;

function keep(ts: string, r: string | TranspileError): void {
  if (ts.length > MEMO_MAX_INPUT) return;
  if (stripped.size >= STRIPPED_ENTRIES) stripped.delete(stripped.keys().next().value!);
  stripped.set(ts, r);
}

/** Counts restarts of esbuild's service (stripTypesAsync). */
let serviceGeneration = 0;

/** stripTypes through esbuild's service process (no worker thread). Throws TranspileError. */
export async function stripTypesAsync(ts: string): Promise<string> {
  const hit = stripped.get(ts);
  if (hit !== undefined) {
    if (hit instanceof TranspileError) throw hit;
    return hit;
  }
  // the same text asked for again while its answer is on the way (a .check right after .practice)
  const pending = inFlight.get(ts);
  if (pending) return pending;
  const p = strip(ts).finally(() => inFlight.delete(ts));
  inFlight.set(ts, p);
  return p;
}

const inFlight = new Map<string, Promise<string>>();

async function strip(ts: string): Promise<string> {
  esbuild ??= lazyRequire('esbuild') as Esbuild;
  const once = async (eb: Esbuild) => {
    try {
      return (await eb.transform(ts, TRANSFORM)).code;
    } catch (e) {
      throw asTranspileError(ts, e);
    }
  };
  let r: string | TranspileError;
  const service = serviceGeneration;
  try {
    r = await once(esbuild).catch((e: unknown) => {
      // Ctrl-C reaches esbuild's service too (see stripTypes): a fresh one, once. Several calls
      // fail together; only the first restarts it (stopping it again would strand the others).
      if (e instanceof TranspileError || !/service is no longer running|service was stopped/i.test((e as Error).message)) throw e;
      if (service === serviceGeneration) {
        serviceGeneration++;
        esbuild!.stop();
      }
      return once(esbuild!);
    });
  } catch (e) {
    if (!(e instanceof TranspileError)) throw e;
    r = e;
  }
  keep(ts, r);
  if (r instanceof TranspileError) throw r;
  return r;
}

/** toScript through esbuild's service process; the result is toScript's from then on. */
export async function toScriptAsync(ts: string): Promise<string> {
  if (!memo.has(ts)) await stripTypesAsync(ts);
  return toScript(ts);
}

/**
 * Start esbuild's service ahead of the first TypeScript line or .practice (the shell calls this
 * in idle time at a terminal). Its two blocking steps, requiring esbuild and spawning its process,
 * take ~10 ms each (measured on a loaded 2-core machine): they run in separate turns of the loop.
 */
export function warmTranspiler(): void {
  setTimeout(() => {
    esbuild ??= lazyRequire('esbuild') as Esbuild;
    setTimeout(() => void stripTypesAsync('').catch(() => {}), 50).unref();
  }, 0).unref();
}

/** Has stripTypes this text's answer without asking esbuild? */
export function isStripped(ts: string): boolean {
  return stripped.has(ts);
}

/** Has this text been transpiled (toScript will not start esbuild's worker for it)? */
export function isTranspiled(ts: string): boolean {
  return memo.has(ts) || stripped.has(ts);
}

/** Transpile these ahead of a synchronous toScript (errors are kept for it to throw). */
export async function prepareScripts(...texts: string[]): Promise<void> {
  await Promise.all(texts.map((t) => toScriptAsync(t).catch(() => {})));
}

export function stripTypes(ts: string): string {
  const hit = stripped.get(ts);
  if (hit !== undefined) {
    if (hit instanceof TranspileError) throw hit;
    return hit;
  }
  esbuild ??= lazyRequire('esbuild') as Esbuild;
  try {
    const js = transformOnce(esbuild, ts);
    keep(ts, js);
    return js;
  } catch (e) {
    // Ctrl-C during an eval sends SIGINT to the whole process group, esbuild's service too:
    // start a fresh service and try once more
    if (!/service is no longer running|service was stopped/i.test((e as Error).message)) throw e;
    esbuild.stop();
    return transformOnce(esbuild, ts);
  }
}

const TRANSFORM = {
  loader: 'ts',
  target: 'es2022',
  format: undefined,
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } },
} as const;

/** stripTypes with a source map (JSON), for mapping an error in the JavaScript back to the TypeScript. */
export function stripTypesWithMap(ts: string): { code: string; map: string } {
  esbuild ??= lazyRequire('esbuild') as Esbuild;
  const r = esbuild.transformSync(ts, { ...TRANSFORM, sourcemap: 'external' });
  return { code: r.code, map: r.map };
}

let syncTransforms = 0;
/** How many times esbuild's synchronous API (its worker thread) was asked (the tests' witness). */
export function syncTransformCount(): number {
  return syncTransforms;
}

function transformOnce(esbuild: Esbuild, ts: string): string {
  syncTransforms++;
  try {
    return esbuild.transformSync(ts, TRANSFORM).code;
  } catch (e) {
    throw asTranspileError(ts, e);
  }
}

/** esbuild's error as a TranspileError (its first message), or the error as it is. */
function asTranspileError(ts: string, e: unknown): unknown {
  const first = (e as { errors?: { text: string; location?: EsbuildLocation | null }[] }).errors?.[0];
  if (!first) return e;
  const line = first.location?.line ?? 1;
  const column = (first.location?.column ?? 0) + 1;
  return new TranspileError(first.text, line, column, first.location ? atEndOfInput(ts, first.location) : false);
}

interface EsbuildLocation {
  line: number;
  column: number;
  lineText: string;
}

/**
 * The parser stopped at the very end of the input: more input could complete it (`class A {`,
 * `foo(`, a template literal across lines). Decided by position, not by the message's text. A
 * string left open on a line ends before its newline, so it is an error, as in node's REPL.
 */
export function atEndOfInput(ts: string, loc: EsbuildLocation): boolean {
  const lines = ts.split('\n');
  if (loc.line !== lines.length) return false;
  const last = lines[lines.length - 1]!;
  // esbuild counts columns in UTF-8 bytes (measured: `const é = "é" + (` ends at column 19)
  return loc.column >= Buffer.byteLength(last);
}

interface Node {
  type: string;
  start: number;
  end: number;
  kind?: string;
  id?: Node | null;
  declarations?: Node[];
}

/** Rewrite top-level `const`/`let` to `var` and `class X {}` to `var X = class X {}`. */
export function hoistDeclarations(js: string): string {
  acorn ??= lazyRequire('acorn') as Acorn;
  let ast: { body: Node[] };
  try {
    ast = acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true }) as unknown as {
      body: Node[];
    };
  } catch {
    return js; // let the evaluator report the error
  }
  let out = '';
  let last = 0;
  // function declarations become `var f = function f() {}` moved to the top of the chunk (that is
  // their hoisting): the checks' sandbox runs each chunk inside a block, where an async or
  // generator function declaration would otherwise stay invisible to the code after it
  const hoisted: string[] = [];
  for (const node of ast.body) {
    if (node.type === 'VariableDeclaration' && (node.kind === 'const' || node.kind === 'let')) {
      out += js.slice(last, node.start) + 'var' + js.slice(node.start + node.kind.length, node.end);
      last = node.end;
    } else if (node.type === 'ClassDeclaration' && node.id) {
      const name = js.slice(node.id.start, node.id.end);
      out += js.slice(last, node.start) + `var ${name} = ` + js.slice(node.start, node.end) + ';';
      last = node.end;
    } else if (node.type === 'FunctionDeclaration' && node.id) {
      const name = js.slice(node.id.start, node.id.end);
      hoisted.push(`var ${name} = ${js.slice(node.start, node.end)};`);
      out += js.slice(last, node.start);
      last = node.end;
    }
  }
  return (hoisted.length ? hoisted.join('\n') + '\n' : '') + out + js.slice(last);
}

// The REPL transpiles each chunk when it is typed; .check transpiles the same chunks again (in
// a sandbox of their own). A small memo makes the second time free. Pure input -> output.
const memo = new Map<string, string>();
const MEMO_ENTRIES = 256;
const MEMO_MAX_INPUT = 64 * 1024;

/** TypeScript source -> runnable, re-runnable script text. Throws TranspileError. */
export function toScript(ts: string): string {
  const hit = memo.get(ts);
  if (hit !== undefined) {
    memo.delete(ts); // most recently used last
    memo.set(ts, hit);
    return hit;
  }
  const js = hoistDeclarations(stripTypes(ts));
  if (ts.length <= MEMO_MAX_INPUT) {
    if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    memo.set(ts, js);
  }
  return js;
}

// Run an exercise's checks against the learner's code in a fresh vm context.
// Used inside the sandbox process (src/practice/sandbox-child.ts); it does no I/O itself: output
// goes to a sink, and async errors arrive through a source the caller wires to process events.
// The vm context is not a security boundary (host functions leak the host realm); the sandbox
// process around it is.
import vm from 'node:vm';
import { checkGlobals, CheckFailure, show, type CheckCase } from './check-api.ts';
import { CappedOutput } from './output-buffer.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  message?: string;
  ms: number;
  /** true when the check never ran (the run stopped before it) */
  skipped?: boolean;
}

export interface RunReport {
  results: CheckResult[];
  /** an error that stopped the run before or between checks (the learner's code threw at load, …) */
  error?: string;
  /** things that went wrong outside any check (an unhandled rejection after the last check, …) */
  notes?: string[];
  /** captured console output, capped */
  output: string;
  ms: number;
}

/** Where errors that escape the learner's promises and timers are reported. */
export interface AsyncErrorSource {
  subscribe(fn: (kind: 'rejection' | 'exception', error: unknown) => void): () => void;
}

export interface RunInput {
  /** learner code: JavaScript scripts (already transpiled), run in order; a chunk that throws is reported */
  chunks: string[];
  /** the check script (JavaScript) */
  checks: string;
  /** time limit for one check that returns a promise, ms */
  checkTimeoutMs?: number;
  /** cap on captured console output, characters */
  outputCap?: number;
  /** share a sink (the sandbox also routes process.stdout writes into it) */
  output?: CappedOutput;
  /** extra globals for the learner's context (the sandbox adds process and Buffer) */
  globals?: Record<string, unknown>;
  asyncErrors?: AsyncErrorSource;
  /** called once the checks are declared, before the first runs */
  onDeclared?(names: string[]): void;
  onCheckStart?(index: number, name: string): void;
  onCheckEnd?(index: number, result: CheckResult): void;
}

export function describeError(e: unknown): string {
  if (e instanceof CheckFailure) return e.message;
  if (e instanceof Error || (e && typeof e === 'object' && 'message' in e && 'name' in e)) {
    const err = e as Error;
    const message = String(err.message);
    if (/Array buffer allocation failed/.test(message)) return `${err.name}: ${message} (over the memory limit)`;
    return `${err.name}: ${message}`;
  }
  return `threw ${show(e)} (not an Error: throw new Error(…) gives a message and a stack)`;
}

const describe = describeError;

function asyncErrorText(kind: 'rejection' | 'exception', e: unknown): string {
  return kind === 'rejection'
    ? `a promise was rejected and nothing handled it: ${describe(e)}`
    : `an error was thrown from a callback (timer or event): ${describe(e)}`;
}

/** Timer functions for the learner's context that remember what is pending, to clear it all. */
function trackedTimers() {
  const timeouts = new Set<NodeJS.Timeout>();
  const immediates = new Set<NodeJS.Immediate>();
  type Fn = (...args: unknown[]) => void;
  const globals = {
    setTimeout(fn: Fn, ms?: number, ...args: unknown[]) {
      const t = setTimeout(() => {
        timeouts.delete(t);
        fn(...args);
      }, ms);
      timeouts.add(t);
      return t;
    },
    clearTimeout(t: NodeJS.Timeout | undefined) {
      if (t === undefined) return;
      timeouts.delete(t);
      clearTimeout(t);
    },
    setInterval(fn: Fn, ms?: number, ...args: unknown[]) {
      const t = setInterval(fn, ms, ...args);
      timeouts.add(t);
      return t;
    },
    clearInterval(t: NodeJS.Timeout | undefined) {
      if (t === undefined) return;
      timeouts.delete(t);
      clearInterval(t);
    },
    setImmediate(fn: Fn, ...args: unknown[]) {
      const i = setImmediate(() => {
        immediates.delete(i);
        fn(...args);
      });
      immediates.add(i);
      return i;
    },
    clearImmediate(i: NodeJS.Immediate | undefined) {
      if (i === undefined) return;
      immediates.delete(i);
      clearImmediate(i);
    },
  };
  return {
    globals,
    clearAll() {
      for (const t of timeouts) clearTimeout(t);
      for (const i of immediates) clearImmediate(i);
      timeouts.clear();
      immediates.clear();
    },
  };
}

/** Let queued promise jobs run and rejection tracking fire (one macrotask turn). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A fresh context for one run, made ahead of time (the sandbox makes it while it waits for a job). */
export interface CheckContext {
  context: vm.Context;
  registry: CheckCase[];
  timers: ReturnType<typeof trackedTimers>;
  /** where the context's console writes */
  setOutput(sink: CappedOutput): void;
}

export function createCheckContext(globals: Record<string, unknown> = {}): CheckContext {
  let sink: CappedOutput | null = null;
  const write = (...args: unknown[]) => sink?.write(args.map((a) => (typeof a === 'string' ? a : show(a))).join(' ') + '\n');
  const registry: CheckCase[] = [];
  const fakeConsole = { log: write, info: write, warn: write, error: write, debug: write, trace: write, table: write, dir: write };
  const timers = trackedTimers();
  const context = vm.createContext({
    console: fakeConsole,
    ...timers.globals,
    queueMicrotask,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    AbortController,
    AbortSignal,
    EventTarget,
    Event,
    atob,
    btoa,
    performance,
    ...globals,
    ...checkGlobals(registry),
  });
  return { context, registry, timers, setOutput: (s) => (sink = s) };
}

/**
 * Run the learner's chunks and the check script as one program inside a single function, whose
 * first statement copies the context's globals into local variables. In a vm context every
 * global lookup goes through the context's interceptor and is ~50x slower than in node's own
 * context (measured: a Math.min loop, 380 ms against 6 ms); locals make the learner's code run
 * at full speed, so time limits mean what they say. Top-level declarations are already `var`s
 * (toScript), so chunks may redefine each other's names, as at the prompt. Each chunk runs in
 * its own try block: one that throws is reported and the others still load.
 */
function runProgram(context: vm.Context, chunks: string[], checks: string, report: RunReport): void {
  const usable: string[] = [];
  for (const [i, chunk] of chunks.entries()) {
    try {
      new vm.Script(chunk, { filename: `your-code-${i + 1}.js` }); // compile only: a syntax error is this chunk's alone
      usable.push(`try {\n${chunk}\n} catch (__sweError) { __sweLoadError(__sweError); }`);
    } catch (e) {
      report.error = `your code threw while loading: ${describe(e)}`;
    }
  }
  const names = (vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]).filter(
    (n) => /^[A-Za-z_$][\w$]*$/.test(n) && !RESERVED.has(n),
  );
  const prelude = names.length ? `var ${names.map((n) => `${n} = globalThis.${n}`).join(', ')};` : '';
  context.__sweLoadError = (e: unknown) => (report.error = `your code threw while loading: ${describe(e)}`);
  const program = `(function () {\n${prelude}\n${usable.join('\n')}\n(function () {\n${checks}\n})();\n})();`;
  try {
    new vm.Script(program, { filename: 'checks.js' }).runInContext(context);
  } catch (e) {
    report.error = `the checks could not start: ${describe(e)}`;
  }
}

/** globals never copied into locals: keywords, non-writable values, and eval (direct eval must stay direct) */
const RESERVED = new Set(['undefined', 'NaN', 'Infinity', 'eval', 'arguments', 'globalThis', 'let', 'yield', 'await', 'static', 'enum', 'implements', 'interface', 'package', 'private', 'protected', 'public', '__sweLoadError']);

export async function runChecks(input: RunInput, prepared?: CheckContext): Promise<RunReport> {
  const started = performance.now();
  const sink = input.output ?? new CappedOutput(input.outputCap ?? 64 * 1024);
  const { context, registry, timers, setOutput } = prepared ?? createCheckContext(input.globals);
  setOutput(sink);
  const report: RunReport = { results: [], output: '', ms: 0 };
  const notes: string[] = [];

  // async errors: fail the check that is running, or become a note between checks
  let pendingAsync: ((e: Error) => void) | null = null;
  const unsubscribe = input.asyncErrors?.subscribe((kind, e) => {
    const text = asyncErrorText(kind, e);
    if (pendingAsync) pendingAsync(new CheckFailure(text));
    else notes.push(text);
  });

  try {
    runProgram(context, input.chunks, input.checks, report);
    await turn(); // a rejection left behind by loading the code is a note, not the first check's failure
    input.onDeclared?.(registry.map((c) => c.name));
    const limit = input.checkTimeoutMs ?? 1000;
    for (const [index, c] of registry.entries()) {
      input.onCheckStart?.(index, c.name);
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      let result: CheckResult;
      const asyncFailure = new Promise<never>((_, reject) => (pendingAsync = reject));
      try {
        await Promise.race([
          Promise.resolve().then(() => c.fn()),
          asyncFailure,
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new CheckFailure(`did not finish within ${limit} ms (a promise that never settles?)`)),
              limit,
            );
          }),
        ]);
        // an unhandled rejection made by this check surfaces after its microtasks: wait for it
        await Promise.race([turn(), asyncFailure]);
        result = { name: c.name, ok: true, ms: performance.now() - t0 };
      } catch (e) {
        result = { name: c.name, ok: false, message: describe(e), ms: performance.now() - t0 };
      } finally {
        clearTimeout(timer);
        pendingAsync = null;
        asyncFailure.catch(() => {});
      }
      report.results.push(result);
      input.onCheckEnd?.(index, result);
    }
    await turn();
  } finally {
    unsubscribe?.();
    timers.clearAll(); // nothing the learner's code scheduled outlives the run
  }
  if (notes.length) report.notes = notes;
  report.output = sink.toString();
  report.ms = performance.now() - started;
  return report;
}

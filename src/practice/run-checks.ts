// Run an exercise's checks against the learner's code in a fresh vm context.
// Used inside the sandbox process (src/practice/sandbox-child.ts); it does no I/O itself.
import vm from 'node:vm';
import { checkGlobals, CheckFailure, show, type CheckCase } from './check-api.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  message?: string;
  ms: number;
}

export interface RunReport {
  results: CheckResult[];
  /** an error that stopped the run before or between checks (the learner's code threw at load, …) */
  error?: string;
  /** captured console output, capped */
  output: string;
  ms: number;
}

export interface RunInput {
  /** learner code: JavaScript scripts (already transpiled), run in order; a chunk that throws is reported */
  chunks: string[];
  /** the check script (JavaScript) */
  checks: string;
  /** per-check time limit for async checks, ms */
  checkTimeoutMs?: number;
  /** cap on captured console output, bytes */
  outputCap?: number;
}

function describe(e: unknown): string {
  if (e instanceof CheckFailure) return e.message;
  if (e instanceof Error || (e && typeof e === 'object' && 'message' in e && 'name' in e)) {
    const err = e as Error;
    return `${err.name}: ${err.message}`;
  }
  return `threw ${show(e)}`;
}

export async function runChecks(input: RunInput): Promise<RunReport> {
  const started = performance.now();
  const cap = input.outputCap ?? 64 * 1024;
  let output = '';
  let truncated = false;
  const write = (...args: unknown[]) => {
    if (output.length >= cap) {
      truncated = true;
      return;
    }
    output += args.map((a) => (typeof a === 'string' ? a : show(a))).join(' ') + '\n';
    if (output.length > cap) {
      output = output.slice(0, cap);
      truncated = true;
    }
  };
  const registry: CheckCase[] = [];
  const fakeConsole = { log: write, info: write, warn: write, error: write, debug: write, table: write, dir: write };
  const context = vm.createContext({
    console: fakeConsole,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    setImmediate,
    clearImmediate,
    queueMicrotask,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    performance,
    ...checkGlobals(registry),
  });
  const report: RunReport = { results: [], output: '', ms: 0 };
  for (const [i, chunk] of input.chunks.entries()) {
    try {
      new vm.Script(chunk, { filename: `your-code-${i + 1}.js` }).runInContext(context);
    } catch (e) {
      report.error = `your code threw while loading: ${describe(e)}`;
    }
  }
  try {
    new vm.Script(`(function () {\n${input.checks}\n})();`, { filename: 'checks.js' }).runInContext(context);
  } catch (e) {
    report.error = `the checks could not start: ${describe(e)}`;
  }
  const limit = input.checkTimeoutMs ?? 1000;
  for (const c of registry) {
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(() => c.fn()),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new CheckFailure(`did not finish within ${limit} ms (a promise that never settles?)`)), limit);
        }),
      ]);
      report.results.push({ name: c.name, ok: true, ms: performance.now() - t0 });
    } catch (e) {
      report.results.push({ name: c.name, ok: false, message: describe(e), ms: performance.now() - t0 });
    } finally {
      clearTimeout(timer);
    }
  }
  report.output = truncated ? output + `… (output cut at ${cap} bytes)\n` : output;
  report.ms = performance.now() - started;
  return report;
}

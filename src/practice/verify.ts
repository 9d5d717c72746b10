// Prove exercises are well made: the starter compiles and fails a check, the
// solution passes them all. check-corpus runs verifyCorpusExercises(), through the sandbox
// (with each exercise's time and memory limits), two runs at a time.
import { availableParallelism } from 'node:os';
import type { Corpus } from '../corpus/corpus.ts';
import { hasChecks, type Exercise, type Problem } from '../corpus/types.ts';
import { toScript, TranspileError } from './transpile.ts';
import type { RunInput, RunReport } from './run-checks.ts';
import type { SandboxReport } from './sandbox.ts';

/** `headroom`: times the exercise's time limit the run gets (default TIME_HEADROOM) */
export type Runner = (input: RunInput & { timeoutMs: number; memoryMb: number; headroom?: number }) => Promise<RunReport | SandboxReport>;

export interface CompiledExercise {
  checks: string | null;
  starter: string | null;
  solution: string | null;
  /** the known-wrong solutions, in order (null: does not compile) */
  wrong: (string | null)[];
  problems: string[];
}

/**
 * Built-in exercises must prove their checks against at least this many known-wrong solutions
 * (```ts wrong blocks); a user's lessons may carry any number.
 */
export const MIN_WRONG_SOLUTIONS = 3;

/** Transpile the code blocks once; a block that does not compile becomes a problem. */
export function compileExercise(ex: Exercise): CompiledExercise {
  const problems: string[] = [];
  const compile = (what: string, code: string): string | null => {
    try {
      return toScript(code);
    } catch (e) {
      const where = e instanceof TranspileError ? ` (line ${e.line}, column ${e.column})` : '';
      problems.push(`${what} does not compile${where}: ${(e as Error).message}`);
      return null;
    }
  };
  return {
    checks: compile('checks', ex.checks),
    starter: compile('starter', ex.starter),
    solution: compile('solution', ex.solution),
    wrong: ex.wrong.map((w) => compile(`wrong solution "${w.reason}" (line ${w.line})`, w.code)),
    problems,
  };
}

const stoppedText = (r: RunReport | SandboxReport) => ('stopped' in r && r.stopped ? r.stopped : undefined);

/** What is wrong with the reference solution's run (nothing: []). */
export function judgeSolution(r: RunReport | SandboxReport): string[] {
  const problems: string[] = [];
  const stopped = stoppedText(r);
  if (stopped) problems.push(`solution: ${stopped}`);
  else if (r.error) problems.push(`solution: ${r.error}`);
  if (r.results.length === 0 && !stopped && !r.error) problems.push('checks declare no check() cases');
  // the check that was running when the run stopped is already told by `stopped`
  const interrupted = 'verdict' in r && r.verdict.kind !== 'finished' ? r.verdict.check : undefined;
  for (const f of r.results.filter((x) => !x.ok && !x.skipped && x.name !== interrupted)) {
    problems.push(`solution fails "${f.name}": ${f.message}`);
  }
  for (const n of r.notes ?? []) problems.push(`solution: ${n}`);
  return problems;
}

/** What is wrong with the starter's run: it must fail a check, and must not hang or crash. */
export function judgeStarter(r: RunReport | SandboxReport): string[] {
  const stopped = stoppedText(r);
  if (stopped) return [`starter: ${stopped} (a learner who runs .check at once would see this)`];
  if (r.results.length > 0 && r.results.every((x) => x.ok) && !r.error) return ['starter passes every check (it must fail at least one)'];
  return [];
}

/**
 * A known-wrong solution must be rejected: a check fails, or the run is stopped (time, memory) or
 * errors. It is accepted only when every declared check ran and passed.
 */
export function wrongPasses(r: RunReport | SandboxReport): boolean {
  return !stoppedText(r) && !r.error && r.results.length > 0 && r.results.every((x) => x.ok && !x.skipped);
}

export async function verifyExercise(ex: Exercise, run: Runner, compiled = compileExercise(ex)): Promise<string[]> {
  if (!hasChecks(ex)) return []; // a writing prompt: nothing to run
  const problems = [...compiled.problems];
  const { checks, starter, solution } = compiled;
  if (checks === null) return problems;
  const limits = { timeoutMs: ex.timeoutMs, memoryMb: ex.memoryMb, checks };
  const [sol, start, ...wrong] = await Promise.all([
    solution === null ? null : run({ ...limits, chunks: [solution] }),
    starter === null ? null : run({ ...limits, chunks: [starter] }),
    // a wrong solution gets the learner's own limit: no headroom is needed to reject it, and one
    // that is only stopped by the clock would otherwise cost twice its limit
    ...compiled.wrong.map((code) => (code === null ? null : run({ ...limits, chunks: [code], headroom: 1 }))),
  ]);
  if (sol) problems.push(...judgeSolution(sol));
  if (start) problems.push(...judgeStarter(start));
  wrong.forEach((r, i) => {
    const w = ex.wrong[i]!;
    if (r && wrongPasses(r)) problems.push(`wrong solution "${w.reason}" (line ${w.line}) passes every check: the checks must reject it`);
  });
  return problems;
}

/**
 * check-corpus runs each exercise with this many times its time limit: a loaded CI machine must
 * not fail a good exercise, and an exercise that needs more than this is too slow for learners.
 */
export const TIME_HEADROOM = 2;

export interface VerifyOptions {
  /** runs at once (default: 2, or 1 on a one-core machine) */
  concurrency?: number;
  /** the sandbox child script (tests) */
  script?: string;
  /** only these exercise ids */
  only?: string[];
  onProgress?(done: number, total: number, exerciseId: string): void;
  /** require this many known-wrong solutions per exercise (the built-in corpus: MIN_WRONG_SOLUTIONS) */
  minWrong?: number;
}

/** Verify every exercise of a corpus through the sandbox; returns problems with file and line. */
export async function verifyCorpusExercises(corpus: Corpus, opts: VerifyOptions = {}): Promise<Problem[]> {
  // (exercise ids are unique: makeCorpus reports a clash in corpus.problems)
  const problems: Problem[] = [];
  const exercises = corpus.lessons
    .flatMap((l) => l.exercises.map((ex) => ({ ex, path: l.path })))
    .filter(({ ex }) => hasChecks(ex) && (!opts.only || opts.only.includes(ex.id)));
  if (exercises.length === 0) return problems;
  const { Sandbox, stopSentence } = await import('./sandbox.ts');
  const width = Math.max(1, Math.min(opts.concurrency ?? Math.min(2, availableParallelism()), exercises.length * 2));
  const pool = Array.from({ length: width }, () => new Sandbox({ script: opts.script, reuse: true }));
  const idle = [...pool];
  const waiting: ((s: InstanceType<typeof Sandbox>) => void)[] = [];
  const borrow = () => new Promise<InstanceType<typeof Sandbox>>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const giveBack = (s: InstanceType<typeof Sandbox>) => {
    const next = waiting.shift();
    if (next) next(s);
    else idle.push(s);
  };
  const runner: Runner = async (input) => {
    const sandbox = await borrow();
    try {
      const headroom = input.headroom ?? TIME_HEADROOM;
      const limit = input.timeoutMs * headroom;
      const report = await sandbox.run({ chunks: input.chunks, checks: input.checks, timeoutMs: limit, memoryMb: input.memoryMb });
      if (headroom !== 1 && report.stop?.why.reason === 'timeout') {
        // the sentence again from the sandbox's data, with the limit said as check-corpus sets it
        report.stopped = stopSentence(report.stop, { timeLimit: `${limit} ms (${TIME_HEADROOM}x its timeout=${input.timeoutMs}, the headroom check-corpus gives a slow machine)` });
      }
      return report;
    } finally {
      giveBack(sandbox);
    }
  };
  let done = 0;
  try {
    const found = await Promise.all(
      exercises.map(async ({ ex, path }) => {
        let issues: string[];
        try {
          issues = await verifyExercise(ex, runner);
        } catch (e) {
          issues = [`could not be verified: ${(e as Error).message}`];
        }
        opts.onProgress?.(++done, exercises.length, ex.id);
        if (opts.minWrong && ex.wrong.length < opts.minWrong) {
          issues.push(`${ex.wrong.length} known-wrong solution${ex.wrong.length === 1 ? '' : 's'} (\`\`\`ts wrong blocks); an exercise needs at least ${opts.minWrong} to prove its checks`);
        }
        return issues.map((message): Problem => ({ level: 'error', file: path, line: ex.line, message: `exercise ${ex.id}: ${message}` }));
      }),
    );
    problems.push(...found.flat());
  } finally {
    for (const s of pool) s.close();
  }
  return problems;
}

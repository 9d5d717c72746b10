// Prove an exercise is well made: its starter compiles and fails a check, its solution passes all.
import type { Exercise } from '../corpus/types.ts';
import { toScript, TranspileError } from './transpile.ts';
import type { RunInput, RunReport } from './run-checks.ts';

export type Runner = (input: RunInput & { timeoutMs: number; memoryMb: number }) => Promise<RunReport>;

export async function verifyExercise(ex: Exercise, run: Runner): Promise<string[]> {
  if (!ex.checks.trim()) return []; // a writing prompt: nothing to run
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
  const checks = compile('checks', ex.checks);
  const starter = compile('starter', ex.starter);
  const solution = compile('solution', ex.solution);
  if (checks === null) return problems;
  const limits = { timeoutMs: ex.timeoutMs, memoryMb: ex.memoryMb, checks };
  if (solution !== null) {
    const r = await run({ ...limits, chunks: [solution] });
    if (r.error) problems.push(`solution: ${r.error}`);
    if (r.results.length === 0) problems.push('checks declare no check() cases');
    for (const f of r.results.filter((x) => !x.ok)) problems.push(`solution fails "${f.name}": ${f.message}`);
  }
  if (starter !== null) {
    const r = await run({ ...limits, chunks: [starter] });
    if (r.results.length > 0 && r.results.every((x) => x.ok) && !r.error) problems.push('starter passes every check (it must fail at least one)');
  }
  return problems;
}

// Submitting a coding mock: the full checks on the learner's final code, then the exercise's
// known-wrong solutions through the same checks (the proof check-corpus makes), so the result
// says whether a pass means much. The sandbox comes in as a port.
import type { Exercise } from '../corpus/types.ts';
import type { SandboxReport } from '../practice/sandbox.ts';
import { compileExercise, wrongPasses } from '../practice/verify.ts';
import { toScript, TranspileError } from '../practice/transpile.ts';
import { messageOf } from '../errors.ts';
import type { MockCheck, Proof } from './run.ts';

export interface CheckPort {
  run(job: { chunks: string[]; checks: string; timeoutMs: number; memoryMb: number }): Promise<SandboxReport>;
}

export type FullCheck = Omit<MockCheck, 'elapsedMs' | 'shown'>;

/** A sandbox report as the mock keeps it. */
export function checkOf(exerciseId: string, r: SandboxReport, final: boolean): FullCheck {
  const passed = r.results.filter((x) => x.ok).length;
  const check: FullCheck = {
    exerciseId,
    passed,
    failed: r.results.length - passed,
    results: r.results.map((x) => (x.ok ? { name: x.name, ok: true } : { name: x.name, ok: false, message: x.message ?? (x.skipped ? 'did not run' : 'failed') })),
    final,
  };
  const why = r.stopped ?? r.error;
  if (why) check.stopped = why;
  return check;
}

/** The full checks on `code`, and the wrong-solution proof. */
export async function fullCheck(ex: Exercise, code: string, port: CheckPort): Promise<{ check: FullCheck; proof: Proof | null }> {
  const limits = { timeoutMs: ex.timeoutMs, memoryMb: ex.memoryMb };
  const compiled = compileExercise(ex);
  if (compiled.checks === null) throw new Error(`the checks of ${ex.id} do not compile: ${compiled.problems.join('; ')}`);
  let js: string | null = null;
  let failure = '';
  try {
    js = code.trim() ? toScript(code) : null;
    if (js === null) failure = 'no code written';
  } catch (e) {
    failure = `your code does not compile${e instanceof TranspileError ? ` (line ${e.line}, column ${e.column})` : ''}: ${messageOf(e)}`;
  }
  const check: FullCheck =
    js === null ? { exerciseId: ex.id, passed: 0, failed: 0, results: [], final: true, stopped: failure } : checkOf(ex.id, await port.run({ ...limits, chunks: [js], checks: compiled.checks }), true);
  // no code ran: there is no pass for the proof to vouch for (and it costs a run per wrong solution)
  if (!compiled.wrong.length || !check.results.length) return { check, proof: null };
  const accepted: string[] = [];
  for (const [i, w] of compiled.wrong.entries()) {
    if (w === null) continue;
    const r = await port.run({ ...limits, chunks: [w], checks: compiled.checks });
    if (wrongPasses(r)) accepted.push(ex.wrong[i]!.reason);
  }
  return { check, proof: { exerciseId: ex.id, wrong: compiled.wrong.length, accepted } };
}

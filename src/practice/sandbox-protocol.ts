// Messages between the shell (parent) and the sandbox process (child), over Node's IPC channel.
// The child runs untrusted code, so the parent checks every message's shape before using it.
import type { CheckResult, RunReport } from './run-checks.ts';

export interface SandboxJob {
  /** learner code, JavaScript, run in order */
  chunks: string[];
  /** the check script, JavaScript */
  checks: string;
  /** wall-clock limit for the whole run; the parent kills the child when it passes */
  timeoutMs: number;
  /** cap on captured output, characters */
  outputCap: number;
  /** limit for one check that returns a promise (default: half of timeoutMs) */
  checkTimeoutMs?: number;
}

export type ToChild = { type: 'job'; job: SandboxJob };

export type FromChild =
  | { type: 'ready' }
  | { type: 'declared'; names: string[] }
  | { type: 'start'; index: number; name: string }
  | { type: 'result'; index: number; result: CheckResult }
  | { type: 'done'; report: RunReport };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isResult = (r: unknown): r is CheckResult =>
  isObj(r) && typeof r.name === 'string' && typeof r.ok === 'boolean' && typeof r.ms === 'number' && (r.message === undefined || typeof r.message === 'string');

/** The message if it has a known shape, else null (a confused or hostile child). */
export function parseFromChild(m: unknown): FromChild | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'declared':
      return Array.isArray(m.names) && m.names.every((n) => typeof n === 'string') ? { type: 'declared', names: m.names as string[] } : null;
    case 'start':
      return typeof m.index === 'number' && typeof m.name === 'string' ? { type: 'start', index: m.index, name: m.name } : null;
    case 'result':
      return typeof m.index === 'number' && isResult(m.result) ? { type: 'result', index: m.index, result: m.result } : null;
    case 'done': {
      const r = m.report;
      if (!isObj(r) || !Array.isArray(r.results) || !r.results.every(isResult) || typeof r.output !== 'string' || typeof r.ms !== 'number') return null;
      if (r.error !== undefined && typeof r.error !== 'string') return null;
      if (r.notes !== undefined && !(Array.isArray(r.notes) && r.notes.every((n) => typeof n === 'string'))) return null;
      return { type: 'done', report: r as unknown as RunReport };
    }
    default:
      return null;
  }
}

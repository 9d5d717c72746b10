// Messages between the shell (parent) and the sandbox process (child), over Node's IPC channel.
// The child runs untrusted code, so the parent checks every message's shape before using it,
// accepts only messages that carry this run's nonce (made by the parent, never visible to the
// learner's code), and caps every string.
import type { CheckProgress, CheckResult, RunReport } from './run-checks.ts';

export interface SandboxJob {
  /** learner code, JavaScript, run in order */
  chunks: string[];
  /** the learner's top-level names (the checks bind them) */
  names: string[];
  /** the check script, JavaScript */
  checks: string;
  /** wall-clock limit for the whole run; the parent kills the child when it passes */
  timeoutMs: number;
  /** cap on captured output, characters */
  outputCap: number;
  /** limit for one check that returns a promise (default: half of timeoutMs) */
  checkTimeoutMs?: number;
  /** this run's token: the child echoes it in every message about the run */
  nonce: string;
}

export type ToChild = { type: 'job'; job: SandboxJob };

export type FromChild =
  | { type: 'ready' }
  | { type: 'declared'; names: string[] }
  | { type: 'start'; index: number; name: string }
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'error'; text: string }
  | { type: 'result'; index: number; result: CheckResult }
  | { type: 'done'; report: RunReport };

/** Longest check name and message the parent keeps (the child caps them too). */
export const NAME_LIMIT = 200;
export const MESSAGE_LIMIT = 2400;
const OUTPUT_LIMIT = 1024 * 1024;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`);
const isResult = (r: unknown): r is CheckResult =>
  isObj(r) && typeof r.name === 'string' && typeof r.ok === 'boolean' && typeof r.ms === 'number' && (r.message === undefined || typeof r.message === 'string') && (r.skipped === undefined || typeof r.skipped === 'boolean');
const cleanResult = (r: CheckResult): CheckResult => {
  const out: CheckResult = { name: cut(r.name, NAME_LIMIT), ok: r.ok, ms: r.ms };
  if (r.message !== undefined) out.message = cut(r.message, MESSAGE_LIMIT);
  if (r.skipped) out.skipped = true;
  return out;
};

/**
 * The message if it has a known shape (and, for anything but `ready`, this run's nonce), else
 * null: a confused or hostile child.
 */
export function parseFromChild(m: unknown, nonce?: string): FromChild | null {
  if (!isObj(m)) return null;
  if (m.type === 'ready') return { type: 'ready' };
  if (nonce === undefined || m.nonce !== nonce) return null;
  switch (m.type) {
    case 'declared':
      return Array.isArray(m.names) && m.names.every((n) => typeof n === 'string') ? { type: 'declared', names: (m.names as string[]).map((n) => cut(n, NAME_LIMIT)) } : null;
    case 'start':
      return isIndex(m.index) && typeof m.name === 'string' ? { type: 'start', index: m.index, name: cut(m.name, NAME_LIMIT) } : null;
    case 'progress': {
      const p = m.progress;
      if (!isObj(p) || !isIndex(p.index) || typeof p.assertions !== 'number' || typeof p.calls !== 'number' || typeof p.label !== 'string' || typeof p.call !== 'string') return null;
      return { type: 'progress', progress: { index: p.index, assertions: p.assertions, calls: p.calls, label: cut(p.label, NAME_LIMIT), call: cut(p.call, 400) } };
    }
    case 'error':
      return typeof m.text === 'string' ? { type: 'error', text: cut(m.text, MESSAGE_LIMIT) } : null;
    case 'result':
      return isIndex(m.index) && isResult(m.result) ? { type: 'result', index: m.index, result: cleanResult(m.result) } : null;
    case 'done': {
      const r = m.report;
      if (!isObj(r) || !Array.isArray(r.results) || !r.results.every(isResult) || typeof r.output !== 'string' || typeof r.ms !== 'number') return null;
      if (r.error !== undefined && typeof r.error !== 'string') return null;
      if (r.notes !== undefined && !(Array.isArray(r.notes) && r.notes.every((n) => typeof n === 'string'))) return null;
      const report: RunReport = { results: (r.results as CheckResult[]).map(cleanResult), output: cut(r.output, OUTPUT_LIMIT), ms: r.ms };
      if (r.error !== undefined) report.error = cut(r.error as string, MESSAGE_LIMIT);
      if (r.notes !== undefined) report.notes = (r.notes as string[]).map((n) => cut(n, MESSAGE_LIMIT));
      return { type: 'done', report };
    }
    default:
      return null;
  }
}

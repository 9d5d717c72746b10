// The REPL's eval, wrapped so that what the user types is TypeScript: types are stripped
// (esbuild, loaded on first use), top-level const/let/class become redefinable, then node's
// own eval runs it (top-level await, Ctrl-C interruption, `_`, multi-line input all as usual).
import { Recoverable, type REPLServer } from 'node:repl';
import { Script } from 'node:vm';
import type { Session } from './session.ts';
import { toScript, TranspileError } from '../practice/transpile.ts';
import { armWatchdog } from './watchdog.ts';

export interface EvalHooks {
  failed(): void;
}

type EvalFn = REPLServer['eval'];

/** A syntax error that prints as "SyntaxError: message (line L, column C)" and shows the line. */
export function syntaxError(source: string, e: TranspileError): SyntaxError {
  const err = new SyntaxError(`${e.message} (line ${e.line}, column ${e.column})`);
  const text = source.split('\n')[e.line - 1] ?? '';
  err.stack = `SyntaxError: ${e.message} (line ${e.line}, column ${e.column})\n  ${text}\n  ${' '.repeat(Math.max(0, e.column - 1))}^`;
  return err;
}

/** Time limit for code typed in piped mode, where nobody can press Ctrl-C. */
export const PIPED_EVAL_LIMIT_MS = Number(process.env.SWELEARN_EVAL_TIMEOUT_MS) || 5000;

export function makeEval(server: REPLServer, session: Session, hooks: EvalHooks): EvalFn {
  const nodeEval = server.eval;
  let disarm: (() => void) | null = null;
  // Errors thrown by the user's code reach the REPL's domain, not our callback: count them as
  // failed lines (piped mode exits 1), and make an interruption read as one plain line.
  const domain = (server as unknown as { _domain: NodeJS.EventEmitter })._domain;
  domain.prependListener('error', (e: unknown) => {
    disarm?.();
    disarm = null;
    if (e instanceof Recoverable) return;
    hooks.failed();
    if ((e as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') {
      const why = session.interactive ? 'interrupted by Ctrl-C' : `stopped after ${PIPED_EVAL_LIMIT_MS / 1000} s (the time limit for code in piped mode)`;
      const err = e as Error & { code?: string };
      err.message = `${why}; your earlier definitions are kept`;
      err.stack = err.message;
      delete err.code;
    }
  });
  return function tsEval(code, context, file, cb) {
    let js: string;
    try {
      js = transpile(code);
    } catch (e) {
      if (e instanceof TranspileError) {
        if (e.incomplete) return cb(new Recoverable(e), undefined);
        return cb(syntaxError(code, e), undefined);
      }
      return cb(e as Error, undefined);
    }
    disarm = session.interactive ? null : armWatchdog(PIPED_EVAL_LIMIT_MS);
    nodeEval.call(server, js, context, file, (err, value) => {
      disarm?.();
      disarm = null;
      if (!err && session.exercise) session.exercise.chunks.push(code);
      cb(err, value);
    });
  };
}
/** Run TypeScript in the REPL's context directly (not through the REPL's line handling). */
export async function evaluateIn(server: REPLServer, session: Session, ts: string): Promise<unknown> {
  const js = transpile(ts);
  const value = new Script(js, { filename: 'swe' }).runInContext(server.context, { breakOnSigint: true });
  if (session.exercise) session.exercise.chunks.push(ts);
  return value instanceof Promise ? await value : value;
}

function transpile(code: string): string {
  // `{ a: 1 }` alone is an object literal at the prompt, as in node's REPL
  if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) {
    try {
      return toScript(`(${code.trim()})`);
    } catch {
      // not an expression: a block
    }
  }
  return toScript(code);
}

// The REPL's eval, wrapped so that what the user types is TypeScript: types are stripped
// (esbuild, loaded on first use), top-level const/let/class become redefinable, then node's
// own eval runs it (top-level await, Ctrl-C interruption, `_`, multi-line input all as usual).
import { Recoverable, type REPLServer } from 'node:repl';
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
  return function tsEval(code, context, file, cb) {
    let js: string;
    try {
      js = transpile(code);
    } catch (e) {
      if (e instanceof TranspileError) {
        if (e.incomplete) return cb(new Recoverable(e), undefined);
        hooks.failed();
        return cb(syntaxError(code, e), undefined);
      }
      hooks.failed();
      return cb(e as Error, undefined);
    }
    const disarm = session.interactive ? null : armWatchdog(PIPED_EVAL_LIMIT_MS);
    nodeEval.call(server, js, context, file, (err, value) => {
      disarm?.();
      if (err) {
        if (!(err instanceof Recoverable)) hooks.failed();
        if (!session.interactive && /Script execution (was )?interrupted/.test(String((err as Error).message))) {
          return cb(new Error(`stopped after ${PIPED_EVAL_LIMIT_MS / 1000} s (the time limit for code in piped mode)`), undefined);
        }
      } else if (session.exercise && file !== 'starter') session.exercise.chunks.push(code);
      cb(err, value);
    });
  };
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

// The REPL's eval, wrapped so that what the user types is TypeScript: types are stripped
// (esbuild, loaded on first use), top-level const/let/class become redefinable, then node's
// own eval runs it (top-level await, Ctrl-C interruption, `_`, multi-line input all as usual).
//
// Ctrl-C and the piped-mode time limit reach three kinds of runaway code:
// - a synchronous loop: node runs the script with breakOnSigint (raw mode off, so Ctrl-C is a signal);
// - an async loop that never yields to the event loop (`for (;;) await null`): the promise jobs the
//   code queued are run by us at once, inside a breakOnSigint scope (drainMicrotasks), instead of
//   after the eval where no signal can stop them;
// - an await on something slow: node races it against its SIGINT queue; in a pipe, where nobody
//   presses Ctrl-C, the time limit's signal is forwarded to that queue.
// (vm's microtaskMode 'afterEvaluate' would do the second, but on node 20 a promise of that
// context resolved by a host timer never runs its callbacks: `await sleep(10)` would hang.)
import { Recoverable, type REPLServer } from 'node:repl';
import { Script } from 'node:vm';
import type { Context } from './context.ts';
import { isTranspiled, prepareScripts, toScript, TranspileError } from '../practice/transpile.ts';
import { errorSourceLine } from '../practice/source-line.ts';
import { recordTyped } from '../practice/practice-session.ts';
import { isSplit, prepareStatements } from '../practice/top-level.ts';
import { SwelearnError } from '../errors.ts';
import { toned } from './views/message.ts';
import { armWatchdog } from './watchdog.ts';
import { wrapMessage } from '../render/width.ts';
import { markAsyncStack, restoreAsyncStack } from './async-stack.ts';

export interface EvalHooks {
  failed(): void;
  /** the REPL is about to print an error (a piped script sends it to stderr) */
  reporting?(): void;
  /** where the code being run came from, for messages in a piped script ("line 12") */
  where?(): string | undefined;
}

type EvalFn = REPLServer['eval'];

/** A syntax error that prints as "SyntaxError: message (line L, column C)" and shows the line. */
export function syntaxError(source: string, e: { message: string; line: number; column: number }): SyntaxError {
  const err = new SyntaxError(`${e.message} (line ${e.line}, column ${e.column})`);
  const text = source.split('\n')[e.line - 1] ?? '';
  err.stack = `SyntaxError: ${e.message} (line ${e.line}, column ${e.column})\n  ${text}\n  ${' '.repeat(Math.max(0, e.column - 1))}^`;
  return err;
}

/** A compile error V8 found in the transpiled code, shown on the learner's own line. */
function sourceSyntaxError(source: string, err: Error): SyntaxError {
  const at = errorSourceLine(source);
  const message = err.message || at?.message || 'invalid syntax';
  if (!at) {
    const e = new SyntaxError(message);
    e.stack = `SyntaxError: ${message}`;
    return e;
  }
  const text = source.split('\n')[at.line - 1] ?? '';
  const column = text.length - text.trimStart().length + 1;
  return syntaxError(source, { message, line: at.line, column });
}

/** Time limit for code typed in piped mode, where nobody can press Ctrl-C. */
export const PIPED_EVAL_LIMIT_MS = Number(process.env.SWELEARN_EVAL_TIMEOUT_MS) || 5000;

const EDITOR_TIP = 'tip: for code over several lines, .editor takes it all before running it, and .edit opens your workspace in your editor';

function interruptedMessage(ctx: Context, where: string | undefined): string {
  const why = ctx.interactive
    ? 'interrupted by Ctrl-C'
    : `${where ? `${where}: ` : ''}stopped after ${PIPED_EVAL_LIMIT_MS / 1000} s (the time limit for code in piped mode)`;
  return `${why}; your earlier definitions are kept`;
}

export function isInterrupted(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED';
}

let drainScript: Script | undefined;

/**
 * Run the promise jobs queued so far now, where Ctrl-C (raw mode off) and the watchdog's SIGINT
 * can stop them. Returns what stopped them, or null. Must be called from a macrotask: inside a
 * promise job, node's microtask checkpoint does nothing (V8 does not nest them).
 */
export function drainMicrotasks(ctx: Context, ctrlC = true): unknown {
  // node internal: process._tickCallback (node's own task-queue runner, not a public API) runs the
  // pending nextTicks and promise jobs now, inside our breakOnSigint scope: no public call does.
  // test/shell/node-internals.test.ts fails if it stops doing so.
  drainScript ??= new Script('process._tickCallback()', { filename: 'swelearn-drain' });
  const input = ctx.streams.input as NodeJS.ReadStream;
  const raw = ctrlC && Boolean(input.isTTY && input.isRaw);
  const mark = markAsyncStack();
  if (raw) input.setRawMode(false);
  try {
    drainScript.runInThisContext({ breakOnSigint: true });
    return null;
  } catch (e) {
    restoreAsyncStack(mark);
    return e;
  } finally {
    if (raw) input.setRawMode(true);
  }
}

/**
 * Code typed at the prompt ran: its definitions go into the exercise's workspace (practice
 * decides); a notice that the file could not be saved goes to stderr.
 */
export function recordDefinitions(ctx: Context, code: string): void {
  const notice = recordTyped(ctx, code);
  if (notice) ctx.streams.error.write(`${toned(notice.text, notice.tone, ctx.style)}\n`);
}

/**
 * Cut an error's stack at the first frame of the machinery that ran the learner's code (node's vm,
 * REPL and domain, our eval): "Uncaught Error: boom / at REPL1:1:7" as node's own REPL shows it.
 * (Node trims through a private hook that no longer applies once the stack has been read.)
 */
export function trimReplFrames(e: unknown): void {
  // (an error thrown by the learner's code comes from the REPL's own realm: not `instanceof Error` here)
  if (typeof e !== 'object' || e === null || typeof (e as Error).stack !== 'string') return;
  const err = e as Error & { stack: string };
  const lines = err.stack.split('\n');
  const cut = lines.findIndex((l) => /^\s+at /.test(l) && /ContextifyScript\.runInContext|\(node:(vm|repl|domain)\b|REPLServer\.|\bnode:internal\/repl/.test(l));
  if (cut > 0) err.stack = lines.slice(0, cut).join('\n');
}

export function makeEval(server: REPLServer, ctx: Context, hooks: EvalHooks): EvalFn {
  const nodeEval = server.eval;
  let disarm: (() => void) | null = null;
  let tipShown = false;
  // where the code being run came from, taken when it starts (the script reads on meanwhile)
  let at: string | undefined;
  // the REPL reported an error (and showed the prompt) while node's eval ran
  let evaluating = false;
  let reportedNow = false;
  // node internal: the REPL reports errors thrown by the user's code on its domain (`_domain`),
  // not to our callback. We count them as failed lines (piped mode exits 1) and make an
  // interruption read as one plain line. test/shell/node-internals.test.ts fails if this changes.
  const domain = (server as unknown as { _domain: NodeJS.EventEmitter })._domain;
  domain.prependListener('error', (e: unknown) => {
    disarm?.();
    disarm = null;
    if (e instanceof Recoverable) return;
    if (evaluating) reportedNow = true;
    hooks.failed();
    hooks.reporting?.();
    trimReplFrames(e);
    if (isInterrupted(e)) {
      const err = e as Error & { code?: string };
      err.message = interruptedMessage(ctx, at);
      err.stack = err.message;
      delete err.code;
    }
  });
  // Code is transpiled through esbuild's service before it runs (transpile.ts says why not its
  // synchronous API), then run from a macrotask as before; lines run in the order they came.
  let queue: Promise<void> = Promise.resolve();
  let queued = 0;
  return function tsEval(code, context, file, cb) {
    if (queued === 0 && transpiled(code) && (!ctx.state.exercise || isSplit(code))) return runTyped(code, context, file, cb);
    queued++;
    queue = queue
      // during an exercise, what recording the definition will split too
      .then(() => Promise.all([prepareScripts(...forms(code)), ctx.state.exercise ? prepareStatements(code) : null]))
      .then(
        () =>
          new Promise<void>((done) =>
            setImmediate(() => {
              queued--;
              try {
                runTyped(code, context, file, cb);
              } finally {
                done();
              }
            }),
          ),
      );
  };

  function runTyped(code: string, context: Parameters<EvalFn>[1], file: string, cb: Parameters<EvalFn>[3]): void {
    at = hooks.where?.();
    let js: string;
    try {
      js = transpile(code);
    } catch (e) {
      if (e instanceof TranspileError) {
        if (e.incomplete) return cb(new Recoverable(e), undefined);
        const err = syntaxError(code, e);
        if (ctx.state.exercise && !tipShown) {
          tipShown = true;
          // the REPL prints the stack as it is: the tip is wrapped here, at the terminal's width
          err.stack += `\n${wrapMessage(EDITOR_TIP, ctx.style.width)}`;
        }
        return cb(err, undefined);
      }
      return cb(e as Error, undefined);
    }
    const off = ctx.interactive ? null : armWatchdog(PIPED_EVAL_LIMIT_MS);
    disarm = off;
    let settled = false;
    let draining = true;
    let result: [Error | null, unknown] | null = null;
    const held = () => result as [Error | null, unknown] | null; // set in the callback
    let sigint: (() => void) | null = null;
    const stopWaiting = () => {
      if (sigint) process.removeListener('SIGINT', sigint);
      sigint = null;
      off?.();
      if (disarm === off) disarm = null;
    };
    reportedNow = false;
    evaluating = true;
    nodeEval.call(server, js, context, file, (err, value) => {
      settled = true;
      if (err && err.name === 'SyntaxError' && !(err instanceof Recoverable)) err = sourceSyntaxError(code, err);
      if (!err) recordDefinitions(ctx, code);
      // the REPL prints the result and the prompt in cb: after the drain, so that nobody types
      // at a prompt while the terminal is out of raw mode (a quick Enter would become a lost LF)
      if (draining) result = [err, value];
      else {
        stopWaiting();
        cb(err, value);
      }
    });
    evaluating = false;
    // an error the REPL already printed (with the prompt): drain without leaving raw mode
    const stopped = drainMicrotasks(ctx, !reportedNow);
    draining = false;
    if (settled) stopWaiting();
    else if (!ctx.interactive) {
      // awaiting something slow in a pipe: the time limit's SIGINT goes to the REPL's SIGINT queue
      // (which rejects the await) instead of ending the process. Node internal: a REPLServer made
      // with breakEvalOnSigint races a top-level await against 'SIGINT' emitted on it (its private
      // prioritized SIGINT queue); test/shell/node-internals.test.ts fails if that changes.
      sigint = () => server.emit('SIGINT');
      process.on('SIGINT', sigint);
    }
    if (stopped && isInterrupted(stopped)) {
      // the REPL rejects the await it raced against Ctrl-C; the domain reports it (node internals, as above)
      if (!settled) server.emit('SIGINT');
      else {
        hooks.failed();
        ctx.streams.error.write(`${ctx.style.red('Uncaught')} ${interruptedMessage(ctx, at)}\n`);
        if (!held() && ctx.interactive) server.displayPrompt();
      }
    } else if (stopped) {
      // a nextTick callback threw: as node would, as an uncaught exception
      setImmediate(() => {
        throw stopped;
      });
    }
    const r = held();
    if (r) cb(r[0], r[1]);
  }
}

/**
 * Run TypeScript in the REPL's context directly (not through the REPL's line handling), under the
 * same Ctrl-C and time limit as typed code. Throws TranspileError on a syntax error, an
 * EvalInterrupted when stopped, and what the code throws.
 */
export async function evaluateIn(server: REPLServer, ctx: Context, ts: string): Promise<unknown> {
  await prepareScripts(...forms(ts));
  const js = transpile(ts);
  let script: Script;
  try {
    script = new Script(js, { filename: 'workspace' });
  } catch (e) {
    throw sourceSyntaxError(ts, e as Error);
  }
  // from a macrotask, so that the promise jobs the code queues can be drained under the limit
  const value = await new Promise<unknown>((resolve, reject) =>
    setImmediate(() => {
      const input = ctx.streams.input as NodeJS.ReadStream;
      const raw = Boolean(input.isTTY && input.isRaw);
      const off = ctx.interactive ? null : armWatchdog(PIPED_EVAL_LIMIT_MS);
      try {
        if (raw) input.setRawMode(false);
        let v: unknown;
        try {
          v = script.runInContext(server.context, { breakOnSigint: true });
        } finally {
          if (raw) input.setRawMode(true);
        }
        const stopped = drainMicrotasks(ctx);
        if (stopped) throw stopped;
        resolve(v);
      } catch (e) {
        reject(isInterrupted(e) ? new EvalInterrupted(interruptedMessage(ctx, undefined)) : e);
      } finally {
        off?.();
      }
    }),
  );
  return value instanceof Promise ? await value : value;
}

/** Code run by evaluateIn was stopped by Ctrl-C or the piped-mode time limit. */
export class EvalInterrupted extends SwelearnError {
  override name = 'EvalInterrupted';
}

const objectLiteral = (code: string) => /^\s*\{/.test(code) && /\}\s*$/.test(code);

/** The texts transpile(code) may transpile. */
function forms(code: string): string[] {
  return objectLiteral(code) ? [`(${code.trim()})`, code] : [code];
}

function transpiled(code: string): boolean {
  return forms(code).every(isTranspiled);
}

function transpile(code: string): string {
  // `{ a: 1 }` alone is an object literal at the prompt, as in node's REPL
  if (objectLiteral(code)) {
    try {
      return toScript(`(${code.trim()})`);
    } catch {
      // not an expression: a block
    }
  }
  return toScript(code);
}

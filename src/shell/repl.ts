// The swe> shell: node:repl with TypeScript eval, dot-commands, completion and history.
// On a TTY it is interactive; with piped input the lines run as a script, one after another,
// with plain output and an exit status of 1 if any line failed.
import repl, { type REPLServer } from 'node:repl';
import { mkdirSync } from 'node:fs';
import { historyFile } from '../config/paths.ts';
import { PassThrough, Writable } from 'node:stream';
import type { Command } from './command.ts';
import type { Context } from './context.ts';
import { commands, suggestCommand } from './commands/index.ts';
import { messageOf } from '../errors.ts';
import { runCommand } from './run-command.ts';
import { show } from './effects.ts';
import { wrapMessage } from '../render/width.ts';
import { evaluateIn, makeEval, recordDefinitions, type EvalHooks } from './ts-eval.ts';
import { completeLine } from './complete.ts';
import { lineInputFor } from './line-input.ts';
import { disableBracketedPaste, enableBracketedPaste } from './bracketed-paste.ts';

export interface ShellOptions {
  ctx: Context;
}

export interface Shell {
  server: REPLServer;
  /** print text above the prompt without breaking the line being typed */
  notice(text: string): void;
  /** resolves with the exit code when the shell ends */
  done: Promise<number>;
}

const PROMPT = 'swe> ';

export function startShell({ ctx }: ShellOptions): Shell {
  const interactive = ctx.interactive;
  let failures = 0;
  let where: string | undefined;
  // Piped mode: what the REPL prints goes to stdout, except the errors it reports, which go to
  // stderr (from the domain's error until the prompt is shown again)
  const routed = interactive ? null : new RoutedOutput(ctx.streams.output, ctx.streams.error);
  const hooks: EvalHooks = { failed: () => failures++, where: () => where, reporting: () => routed && (routed.toError = true) };
  // Piped mode: we hand the REPL one line (or one unit) at a time and wait until it is ready for
  // the next, so async commands finish before the following line runs. Its input stays idle.
  const feed = interactive ? null : new PassThrough();
  const server = repl.start({
    prompt: interactive ? PROMPT : '',
    input: (feed ?? ctx.streams.input) as NodeJS.ReadableStream,
    output: (routed ?? ctx.streams.output) as NodeJS.WritableStream,
    terminal: interactive,
    useColors: ctx.style.color,
    ignoreUndefined: true,
    breakEvalOnSigint: true,
    preview: false,
  });
  ctx.repl = server;
  (server as { eval: REPLServer['eval'] }).eval = makeEval(server, ctx, hooks);
  ctx.evaluate = async (ts, opts) => {
    const value = await evaluateIn(server, ctx, ts);
    if (opts?.record !== false) recordDefinitions(ctx, ts);
    return value;
  };

  let ready: (() => void) | null = null;
  const displayPrompt = server.displayPrompt.bind(server);
  server.displayPrompt = (preserveCursor?: boolean) => {
    if (routed) routed.toError = false;
    if (interactive) displayPrompt(preserveCursor);
    const r = ready;
    ready = null;
    r?.();
  };

  // our .help replaces node's; node's .exit .editor .load .save .break .clear stay
  for (const cmd of commands) defineDotCommand(server, ctx, cmd, () => failures++);
  // an unknown .word gets our message (with a suggestion) instead of node's "Invalid REPL keyword"
  const unknown = (keyword: string) => ({
    help: '',
    action() {
      failures++;
      const near = suggestCommand(keyword);
      ctx.streams.error.write(
        `${wrapMessage(`${ctx.style.red('unknown command')} .${keyword}${near ? ` — did you mean .${near}?` : ''} (.help lists the commands)`, ctx.style.width)}\n`,
      );
      server.displayPrompt();
    },
  });
  // Inside an unfinished statement an unknown `.name` is not a command: node then adds the line to
  // the statement (a method chain: `.map(x => x * 2)`), so the proxy answers undefined there.
  // A `.name(…)` line after a statement that already ran gets a pointer to .editor instead of node's
  // "Invalid REPL keyword" (a script or a paste joins it to the statement; typing cannot look ahead).
  const lonelyMethod = (keyword: string) => ({
    help: '',
    action() {
      failures++;
      ctx.streams.error.write(
        `${ctx.style.red('nothing to continue')}: .${keyword.replace(/\(.*$/, '')}(…) starts a method call, but the statement above already ran. Paste the whole chain, write it on one line, or use .editor\n`,
      );
      server.displayPrompt();
    },
  });
  const known = server.commands;
  (server as { commands: REPLServer['commands'] }).commands = new Proxy(known, {
    get: (target, key, receiver) => {
      if (typeof key !== 'string' || key in target || bufferedCommand(server)) return Reflect.get(target, key, receiver);
      if (/^[\w-]+$/.test(key)) return unknown(key);
      if (/^[A-Za-z_$][\w$]*[(.[<]/.test(key)) return lonelyMethod(key);
      return Reflect.get(target, key, receiver);
    },
  });
  const isCommand = (name: string) => name in known;

  const jsComplete = server.completer.bind(server) as (line: string, cb: (err: Error | null, r?: [string[], string]) => void) => void;
  (server as unknown as { completer: unknown }).completer = (line: string, cb: (err: Error | null, r?: [string[], string]) => void) => {
    if (/^\s*\./.test(line)) {
      completeLine(line, ctx).then(
        (r) => cb(null, r),
        () => cb(null, [[], line]),
      );
    } else jsComplete(line, cb);
  };

  if (interactive) {
    enableBracketedPaste(ctx.streams.output);
    handlePastes(server, ctx, isCommand);
    try {
      mkdirSync(ctx.dataDir, { recursive: true });
      server.setupHistory(historyFile(ctx.dataDir), (err) => {
        if (err) shell.notice(ctx.style.yellow(`history is off: ${err.message}`));
      });
    } catch (e) {
      // read-only home, full disk: history is a nicety, the session goes on
      queueMicrotask(() => shell.notice(ctx.style.yellow(`history is off: ${messageOf(e)}`)));
    }
  }

  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((r) => (resolveDone = r));
  let closed = false;
  server.on('exit', () => {
    closed = true;
    if (interactive) disableBracketedPaste();
    if (interactive) ctx.streams.output.write('\n');
    resolveDone(failures > 0 && !interactive ? 1 : 0);
  });

  const shell: Shell = {
    server,
    notice(text) {
      if (!interactive) {
        // piped: a notice is a warning, on stderr (stdout is the script's output)
        ctx.streams.error.write(text.endsWith('\n') ? text : text + '\n');
        return;
      }
      ctx.streams.output.write(`\r\x1b[K${text}\n`);
      displayPrompt(true);
    },
    done,
  };

  if (feed) void pump(ctx, server, isCommand, () => closed, (r) => (ready = r), () => failures++, (w) => (where = w));
  return shell;
}

/** A stream that writes to `out`, or to `err` while `toError` is set. */
class RoutedOutput extends Writable {
  toError = false;
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly err: NodeJS.WritableStream,
  ) {
    super({ decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    (this.toError ? this.err : this.out).write(chunk);
    done();
  }
}

function defineDotCommand(server: REPLServer, ctx: Context, cmd: Command, failed: () => void) {
  server.defineCommand(cmd.name, {
    help: cmd.summary,
    action(args: string) {
      server.clearBufferedCommand();
      void (async () => {
        try {
          const { outcome, json } = await runCommand(cmd, args, ctx);
          if ((await show(outcome, ctx, { json })) !== 0) failed();
        } catch (e) {
          // the effect runner itself failed (a broken stream): say so and go on
          failed();
          ctx.streams.error.write(`${wrapMessage(`${ctx.style.red('error')} .${cmd.name} failed: ${messageOf(e)}`, ctx.style.width)}\n`);
        } finally {
          server.displayPrompt();
        }
      })();
    },
  });
}

/** Does this line run a command (`.name` with a known name)? */
function commandName(line: string): string | null {
  const m = /^\s*\.([\w-]+)/.exec(line);
  return m ? m[1]! : null;
}

/**
 * A line that starts a method call on the statement above (`.map(…)`, `?.x`): not a command. A
 * known command's name followed by `(`, `.` or `[` is a method too (`.find(x => x > 1)`).
 */
export function continuesWithMethod(line: string, isCommand: (name: string) => boolean): boolean {
  if (/^\s*\?\./.test(line)) return true;
  const m = /^\s*\.([A-Za-z_$][\w$]*)([(.[<!]?)/.exec(line);
  if (!m) return false;
  return !isCommand(m[1]!) || m[2] !== '';
}

/**
 * Evaluate several lines as one unit, as node's .load does: in editor mode the lines gather in the
 * REPL's buffer, and an empty line after leaving it evaluates them together. `editorMode` and
 * `_sawKeyPress` (which would re-indent each line) are REPL/readline properties node's own
 * .editor and .load use; test/shell/node-internals.test.ts fails if they change.
 */
export function runAsUnit(server: REPLServer, text: string): void {
  const r = server as REPLServer & { editorMode: boolean; _sawKeyPress: boolean };
  const saw = r._sawKeyPress;
  r.editorMode = true;
  r._sawKeyPress = false;
  try {
    for (const l of text.replace(/\n$/, '').split('\n')) server.emit('line', l);
  } finally {
    r._sawKeyPress = saw;
    r.editorMode = false;
  }
  server.emit('line', '');
}

/**
 * Bracketed paste on a TTY: the keys between paste-start and paste-end (node's readline names
 * them) are gathered instead of typed; a block of several lines is echoed and evaluated as one
 * unit, like .load. A block holding a command line is typed line by line instead; a paste of one
 * line is typed. We wrap the REPL's `_ttyWrite` (node's REPL wraps readline's the same way);
 * test/shell/node-internals.test.ts fails if it goes.
 */
function handlePastes(server: REPLServer, ctx: Context, isCommand: (name: string) => boolean): void {
  const r = server as unknown as { _ttyWrite: (d: string | undefined, key?: { name?: string }) => void; line: string; cursor: number };
  const ttyWrite = r._ttyWrite.bind(server);
  let pasted: string | null = null;
  r._ttyWrite = (d, key) => {
    if (key?.name === 'paste-start') {
      pasted = '';
      return;
    }
    if (pasted === null) return ttyWrite(d, key);
    if (key?.name !== 'paste-end') {
      pasted += d ?? '';
      return;
    }
    const text = pasted.replace(/\r\n?/g, '\n');
    pasted = null;
    const lines = text.replace(/\n+$/, '').split('\n');
    const hasCommand = lines.some((l) => {
      const name = commandName(l);
      return name !== null && /^\./.test(l) && isCommand(name) && !continuesWithMethod(l, isCommand);
    });
    if (lines.length === 1 || hasCommand) return ttyWrite(text, {});
    const block = r.line + text;
    ctx.streams.output.write(text.replace(/\n+$/, '') + '\n');
    r.line = '';
    r.cursor = 0;
    runAsUnit(server, block);
  };
}

/** Piped mode: read the real input line by line and hand each to the REPL when it is ready. */
async function pump(
  ctx: Context,
  server: REPLServer,
  isCommand: (name: string) => boolean,
  closed: () => boolean,
  onReady: (r: () => void) => void,
  failed: () => void,
  setWhere: (w: string) => void,
) {
  // one queue of lines shared with commands that read answers (.drill in line mode)
  const lines = lineInputFor(ctx);
  let n = 0;
  let statementStart = 1;
  for (let line = await lines.read(); line !== null; line = await lines.read()) {
    n++;
    if (closed()) break;
    if (!bufferedCommand(server)) statementStart = n;
    let unit = line;
    const name = commandName(line);
    const isCode = line.trim() !== '' && !(name !== null && isCommand(name) && !continuesWithMethod(line, isCommand));
    if (isCode) {
      // a method chain on the following lines continues this statement
      for (let next = await lines.peek(); next !== null && continuesWithMethod(next, isCommand); next = await lines.peek()) {
        await lines.read();
        n++;
        unit += '\n' + next;
      }
    }
    setWhere(statementStart === n ? `line ${n}` : `lines ${statementStart}-${n}`);
    const wait = new Promise<void>((r) => onReady(r));
    // from a macrotask, not a promise job: the eval runs the promise jobs it queues under the
    // time limit (ts-eval.ts), which a promise job cannot do
    setImmediate(() => (unit === line ? server.emit('line', line) : runAsUnit(server, unit)));
    await wait;
  }
  if (closed()) return;
  const pending = bufferedCommand(server);
  if (pending.trim()) {
    failed();
    ctx.streams.error.write(`error: the input ended inside an unfinished statement (from line ${statementStart}):\n${pending}`);
  }
  server.close();
}

/**
 * The statement the REPL is still gathering (after `...`). node keeps it under a private symbol
 * described 'bufferedCommand'; test/shell/node-internals.test.ts fails if that changes.
 */
export function bufferedCommand(server: REPLServer): string {
  const sym = Object.getOwnPropertySymbols(server).find((s) => s.description === 'bufferedCommand');
  return sym ? String((server as unknown as Record<symbol, unknown>)[sym] ?? '') : '';
}

// The swe> shell: node:repl with TypeScript eval, dot-commands, completion and history.
// On a TTY it is interactive; with piped input the lines run as a script, one after another,
// with plain output and an exit status of 1 if any line failed.
import repl, { type REPLServer } from 'node:repl';
import { mkdirSync } from 'node:fs';
import { historyFile } from '../config/paths.ts';
import { PassThrough } from 'node:stream';
import type { Command } from './command.ts';
import type { Session } from './session.ts';
import { commands, suggestCommand } from './commands/index.ts';
import { messageOf, ReportError, SwelearnError } from '../errors.ts';
import { evaluateIn, makeEval, type EvalHooks } from './ts-eval.ts';
import { completeLine } from './complete.ts';
import { lineInputFor } from './line-input.ts';

export interface ShellOptions {
  session: Session;
}

export interface Shell {
  server: REPLServer;
  /** print text above the prompt without breaking the line being typed */
  notice(text: string): void;
  /** resolves with the exit code when the shell ends */
  done: Promise<number>;
}

const PROMPT = 'swe> ';

export function startShell({ session }: ShellOptions): Shell {
  const interactive = session.interactive;
  let failures = 0;
  const hooks: EvalHooks = { failed: () => failures++ };
  // Piped mode: we feed the REPL one line at a time and wait until it is ready for the next,
  // so async commands finish before the following line runs.
  const feed = interactive ? null : new PassThrough();
  const server = repl.start({
    prompt: interactive ? PROMPT : '',
    input: (feed ?? session.input) as NodeJS.ReadableStream,
    output: session.output as NodeJS.WritableStream,
    terminal: interactive,
    useColors: session.style.color,
    ignoreUndefined: true,
    breakEvalOnSigint: true,
    preview: false,
  });
  session.repl = server;
  (server as { eval: REPLServer['eval'] }).eval = makeEval(server, session, hooks);
  session.evaluate = (ts) => evaluateIn(server, session, ts);

  let ready: (() => void) | null = null;
  const displayPrompt = server.displayPrompt.bind(server);
  server.displayPrompt = (preserveCursor?: boolean) => {
    if (interactive) displayPrompt(preserveCursor);
    const r = ready;
    ready = null;
    r?.();
  };

  // our .help replaces node's; node's .exit .editor .load .save .break .clear stay
  for (const cmd of commands) defineDotCommand(server, session, cmd, () => failures++);
  // an unknown .word gets our message (with a suggestion) instead of node's "Invalid REPL keyword"
  const unknown = (keyword: string) => ({
    help: '',
    action() {
      failures++;
      const near = suggestCommand(keyword);
      session.output.write(
        `${session.style.red('unknown command')} .${keyword}${near ? ` — did you mean .${near}?` : ''} (.help lists the commands)\n`,
      );
      server.displayPrompt();
    },
  });
  (server as { commands: REPLServer['commands'] }).commands = new Proxy(server.commands, {
    get: (target, key, receiver) =>
      typeof key === 'string' && !(key in target) && /^[\w-]+$/.test(key) ? unknown(key) : Reflect.get(target, key, receiver),
  });

  const jsComplete = server.completer.bind(server) as (line: string, cb: (err: Error | null, r?: [string[], string]) => void) => void;
  (server as unknown as { completer: unknown }).completer = (line: string, cb: (err: Error | null, r?: [string[], string]) => void) => {
    if (/^\s*\./.test(line)) {
      completeLine(line, session).then(
        (r) => cb(null, r),
        () => cb(null, [[], line]),
      );
    } else jsComplete(line, cb);
  };

  if (interactive) {
    try {
      mkdirSync(session.dataDir, { recursive: true });
      server.setupHistory(historyFile(session.dataDir), (err) => {
        if (err) shell.notice(session.style.yellow(`history is off: ${err.message}`));
      });
    } catch (e) {
      // read-only home, full disk: history is a nicety, the session goes on
      queueMicrotask(() => shell.notice(session.style.yellow(`history is off: ${messageOf(e)}`)));
    }
  }

  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((r) => (resolveDone = r));
  let closed = false;
  server.on('exit', () => {
    closed = true;
    if (interactive) session.output.write('\n');
    resolveDone(failures > 0 && !interactive ? 1 : 0);
  });

  const shell: Shell = {
    server,
    notice(text) {
      if (!interactive) {
        session.output.write(text.endsWith('\n') ? text : text + '\n');
        return;
      }
      session.output.write(`\r\x1b[K${text}\n`);
      displayPrompt(true);
    },
    done,
  };

  if (feed) void pump(session, feed, server, () => closed, (r) => (ready = r), () => failures++);
  return shell;
}

function defineDotCommand(server: REPLServer, session: Session, cmd: Command, failed: () => void) {
  server.defineCommand(cmd.name, {
    help: cmd.summary,
    action(args: string) {
      server.clearBufferedCommand();
      void (async () => {
        try {
          const out = await cmd.run(args.trim(), session);
          if (out) session.output.write(out.endsWith('\n') ? out : out + '\n');
        } catch (e) {
          failed();
          if (e instanceof ReportError) {
            session.output.write(e.report.endsWith('\n') ? e.report : e.report + '\n');
            return;
          }
          const msg = e instanceof SwelearnError ? e.message : `.${cmd.name} failed: ${messageOf(e)}`;
          session.output.write(`${session.style.red('error')} ${msg}\n`);
        } finally {
          server.displayPrompt();
        }
      })();
    },
  });
}

/** Piped mode: read the real input line by line and hand each to the REPL when it is ready. */
async function pump(
  session: Session,
  feed: PassThrough,
  server: REPLServer,
  closed: () => boolean,
  onReady: (r: () => void) => void,
  failed: () => void,
) {
  // one queue of lines shared with commands that read answers (.drill in line mode)
  const lines = lineInputFor(session);
  for (let line = await lines.read(); line !== null; line = await lines.read()) {
    if (closed()) break;
    const wait = new Promise<void>((r) => onReady(r));
    feed.write(line + '\n');
    await wait;
  }
  if (closed()) return;
  const pending = bufferedCommand(server);
  if (pending.trim()) {
    failed();
    server.output.write(`error: the input ended inside an unfinished statement:\n${pending}`);
  }
  server.close();
}

function bufferedCommand(server: REPLServer): string {
  const sym = Object.getOwnPropertySymbols(server).find((s) => s.description === 'bufferedCommand');
  return sym ? String((server as unknown as Record<symbol, unknown>)[sym] ?? '') : '';
}

// The effect runner: the one place (with the CLI, which calls it too) where a command's outcome
// reaches a stream. Data is rendered by its view (or as JSON with --json) to stdout, through the
// pager when long on a terminal; errors and warnings go to stderr; effects (a question, the
// editor, the drill view, another command line) are carried out and their results handed back.
import type { Context } from './context.ts';
import { exitCode, type DataOutcome, type Outcome } from './outcome.ts';
import { renderData, renderError, toJson } from './render-outcome.ts';
import { cutLines } from '../render/width.ts';
import { page } from './pager.ts';
import { findCommand } from './registry.ts';
import { runCommand, errorOutcome, type Ran } from './run-command.ts';
import { UsageError } from '../errors.ts';

export interface ShowOptions {
  /** print data as JSON instead of text */
  json?: boolean;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  if (text) stream.write(text.endsWith('\n') ? text : text + '\n');
}

/** Show an outcome (carrying out its effects) and return its exit code: 0, 1 or 2. */
export async function show(o: Outcome, ctx: Context, opts: ShowOptions = {}): Promise<number> {
  switch (o.kind) {
    case 'none':
      return 0;
    case 'error':
      write(ctx.streams.error, renderError(o, ctx.style));
      return exitCode(o);
    case 'many': {
      let code = 0;
      for (const item of o.items) code = Math.max(code, await show(item, ctx, opts));
      return code;
    }
    case 'ask': {
      const answer = await ask(ctx, o);
      return show(await settle(() => o.resume(answer)), ctx, opts);
    }
    case 'edit': {
      const { openEditor } = await import('./editor.ts');
      const result = await settle(async () => {
        const run = openEditor(o.path, { env: ctx.env, input: ctx.streams.input, output: ctx.streams.output, repl: ctx.repl, interactive: ctx.interactive });
        return o.resume({ editor: run.editor, status: run.status ?? 1 });
      });
      return show(result, ctx, opts);
    }
    case 'drill': {
      const { runDrillEffect } = await import('./drill-effect.ts');
      return show(await settle(async () => o.resume(await runDrillEffect(o.setup, ctx, opts))), ctx, opts);
    }
    case 'run': {
      const ran = await runLine(o.line, ctx);
      return show(ran.outcome, ctx, { json: ran.json });
    }
    default: {
      const d = o as DataOutcome;
      if (opts.json) write(ctx.streams.output, JSON.stringify(await toJson(d), null, 2));
      else showText(await renderData(d, ctx.style), ctx, d.page);
      return exitCode(d);
    }
  }
}

/** Long text through the pager on a terminal, else printed (code lines cut to the width when wide). */
function showText(text: string, ctx: Context, how?: boolean | 'wide'): void {
  if (how && page(text, ctx, { wide: how === 'wide' })) return;
  write(ctx.streams.output, how === 'wide' ? cutLines(text, ctx.style.width, ctx.style.dim) : text);
}

/** y/yes → true, n/no → false, anything else → the default (no when there is none). */
function yesNo(answer: string, dflt: boolean | undefined): boolean {
  if (/^\s*y(es)?\s*$/i.test(answer)) return true;
  if (/^\s*no?\s*$/i.test(answer)) return false;
  return dflt ?? false;
}

/**
 * A yes/no question through the REPL's readline; in a piped script, the next input line when the
 * question says so (`script`); else null: nobody can answer (a one-shot, or a script's end).
 */
function ask(ctx: Context, q: { question: string; default?: boolean; script?: boolean }): Promise<boolean | null> {
  const rl = ctx.repl;
  if (!ctx.interactive || !rl) {
    const lines = ctx.state.lines;
    if (!q.script || !lines) return Promise.resolve(null);
    return lines.read().then((line) => {
      if (line === null) return null;
      write(ctx.streams.output, `${q.question}${line}`);
      return yesNo(line, q.default);
    });
  }
  return new Promise((resolve) => rl.question(q.question, (answer) => resolve(yesNo(answer, q.default))));
}

async function settle(fn: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    return await fn();
  } catch (e) {
    return errorOutcome(e, 'swelearn');
  }
}

/** Run a command line such as ".practice lru-cache" (what `.next go` proposes). */
export async function runLine(line: string, ctx: Context): Promise<Ran> {
  const m = /^\.?(\S+)\s*(.*)$/.exec(line.trim());
  const cmd = m ? findCommand(m[1]!) : undefined;
  if (!m || !cmd) return { outcome: errorOutcome(new UsageError('.next', `${line} is not available in this swelearn`), 'next'), json: false };
  return runCommand(cmd, m[2]!, ctx);
}

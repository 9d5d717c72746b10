// The swelearn command: parse argv, then either run one command once or start the swe> shell.
// --version and --help are answered by bin/swelearn.js before this module is even loaded.
import parser from 'yargs-parser';
import { createContext } from './app.ts';
import { isFolder, SEARCH_SNAPSHOT } from './corpus/sources.ts';
import { resolve } from 'node:path';
import { trust } from './config/trust.ts';
import { configFile } from './config/paths.ts';
import { stripControl } from './util/control-chars.ts';
import { setSnapshotLoader, snapshotFile, warmIndex } from './search/provider.ts';
import { findCommand, suggestCommand } from './shell/commands/index.ts';
import { runCommand } from './shell/run-command.ts';
import { show } from './shell/effects.ts';
import { messageOf, UsageError } from './errors.ts';
import { formatProblem, type Problem } from './corpus/types.ts';
import { startShell } from './shell/repl.ts';
import type { Context } from './shell/context.ts';

export async function main(argv: string[]): Promise<number> {
  // plain `swelearn` has nothing to parse (yargs-parser's set-up is ~1 ms of the time to prompt)
  const opts = argv.length === 0 ? { _: [] as (string | number)[] } as ReturnType<typeof parser> : parser(argv, {
    // --corpus is a string that may repeat (yargs-parser collects repeats into a list): declared
    // as an array it swallowed the words after it, subcommand included
    string: ['data', 'width', 'corpus'],
    boolean: ['color', 'quiet'],
    configuration: { 'unknown-options-as-args': true, 'halt-at-non-option': false, 'camel-case-expansion': false },
  });
  const width = opts.width === undefined ? undefined : Number(opts.width);
  if (width !== undefined && !(width >= 20 && width <= 1000)) {
    process.stderr.write('swelearn: --width takes a number of columns (20-1000)\n');
    return 2;
  }
  const rest = opts._.map(String);
  const quiet = opts.quiet === true;
  const corpusDirs = ([] as unknown[]).concat(opts.corpus ?? []).map(String);
  // a folder the learner named on this command line must exist: say so rather than run without it
  for (const dir of corpusDirs) {
    if (dir === '') {
      process.stderr.write('swelearn: --corpus takes a folder\n');
      return 2;
    }
    if (!isFolder(resolve(dir))) {
      process.stderr.write(`swelearn: --corpus ${stripControl(dir)}: no such folder\n`);
      return 2;
    }
  }
  if (rest[0] === 'trust') {
    try {
      process.stdout.write(trust(rest.slice(1)) + '\n');
      return 0;
    } catch (e) {
      process.stderr.write(`swelearn: ${messageOf(e)}\n`);
      return e instanceof UsageError ? 2 : 1;
    }
  }
  // the built-in lessons' search index comes from the build, not a rebuild
  setSnapshotLoader(snapshotFile(SEARCH_SNAPSHOT));
  const ctx = createContext({
    corpusDirs,
    dataDir: opts.data as string | undefined,
    color: opts.color as boolean | undefined,
    width,
  });
  const sub = rest[0];
  if (sub !== undefined) {
    const cmd = findCommand(sub);
    if (!cmd || cmd.shellOnly) {
      const near = cmd ? undefined : suggestCommand(sub);
      process.stderr.write(
        cmd
          ? `swelearn: ${sub} works inside the shell: run swelearn, then .${sub}\n`
          : `swelearn: unknown command "${sub}"${near ? ` — did you mean ${near}?` : ''} (swelearn --help lists them)\n`,
      );
      return 2;
    }
    // one-shots name the files they skipped, on stderr, as the shell does (--quiet: not)
    let corpusUsed = false;
    const loadCorpus = ctx.corpus;
    ctx.corpus = () => ((corpusUsed = true), loadCorpus());
    const reportSkipped = async () => {
      if (!corpusUsed || quiet || sub === 'check-corpus') return;
      const lines = await skippedLines(ctx).catch(() => []);
      for (const line of lines) process.stderr.write(`swelearn: ${line}\n`);
    };
    const args = [...rest.slice(1), ...(quiet && sub === 'check-corpus' ? ['--quiet'] : [])];
    try {
      const { outcome, json } = await runCommand(cmd, args, ctx);
      return await show(outcome, ctx, { json });
    } finally {
      await reportSkipped();
      await ctx.close();
    }
  }
  return shell(ctx, quiet);
}

const BANNER_DELAY_MS = 300;
/** after the lessons load: the child boots (~100 ms, on the other core) before a first .check typed at once is likely */
const SANDBOX_BOOT_MS = 60;

async function showBannerLine(ctx: Context, shell: { notice(text: string): void }, typed: () => boolean): Promise<void> {
  try {
    if (typed()) return;
    const { bannerLine } = await import('./shell/banner-line.ts');
    const line = await bannerLine(ctx);
    if (line && !typed()) shell.notice(line);
  } catch {
    // the line is a courtesy: a store that cannot open says so when a command needs it
  }
}

/** One line per file the corpus skipped: its first error (check-corpus lists them all); at most 20. */
async function skippedLines(ctx: Context): Promise<string[]> {
  const corpus = await ctx.corpus();
  const byFile = new Map<string, Problem[]>();
  for (const p of corpus.problems) if (p.level === 'error') byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [...byFile.values()].slice(0, 20).map((errors) => {
    const p = errors[0]!;
    const more = errors.length > 1 ? ` (+${errors.length - 1} more: swelearn check-corpus ${stripControl(p.file)})` : '';
    // (a broken config file is not a skipped lesson: it is named as it is)
    return `${p.file === configFile() ? '' : 'skipped '}${formatProblem(p)}${more}`;
  });
  if (byFile.size > 20) lines.push(`… and ${byFile.size - 20} more files: swelearn check-corpus DIR for the full report`);
  return lines;
}

async function shell(ctx: Context, quiet: boolean): Promise<number> {
  if (ctx.interactive) {
    ctx.streams.output.write(
      `${ctx.style.bold('swelearn')} ${ctx.style.dim('— interview prep. .help lists commands, .next says what to study, Ctrl-D quits.')}\n`,
    );
  }
  const shell = startShell({ ctx });
  let typed = false;
  ctx.streams.input.once('data', () => (typed = true));
  // load the corpus once the prompt is up; bad files get one line each, above the prompt
  void ctx.corpus().then(
    async (corpus) => {
      // on a terminal above the prompt; piped, on stderr (stdout stays the script's output)
      if (!quiet) {
        for (const line of await skippedLines(ctx)) {
          if (ctx.interactive) shell.notice(ctx.style.yellow(line));
          else process.stderr.write(`swelearn: ${line}\n`);
        }
      }
      // open the search index while the user reads the prompt, so the first .find is instant (it
      // opens in slices of at most 8 ms of work, search/provider.ts, so typing is not held up)
      setImmediate(() => warmIndex(corpus)).unref();
      // the study line (days left, cards due, minutes left today), once the prompt is up; only while
      // nothing has been typed, so that it never lands inside a command's output
      if (ctx.interactive) setTimeout(() => void showBannerLine(ctx, shell, () => typed), BANNER_DELAY_MS).unref();
      // at a terminal, start esbuild's service: every TypeScript line and the first .practice need
      // it (two steps of ~10 ms, transpile.ts); early, so that it is not competing with the sandbox
      // child's boot or a first command for the CPU (measured: bench-first-use's .practice)
      if (ctx.interactive) setTimeout(() => void import('./practice/transpile.ts').then((t) => t.warmTranspiler()), 150).unref();
      // and, at a terminal, boot the sandbox's first child (a separate, idle node process, ended
      // with the session), so that the first .check does not wait for node to start
      if (ctx.interactive) setTimeout(() => void ctx.sandbox().catch(() => {}), SANDBOX_BOOT_MS).unref();
    },
    (e) => shell.notice(ctx.style.red(`could not load the lessons: ${messageOf(e)}`)),
  );
  const code = await shell.done;
  await ctx.close();
  return code;
}


// The swelearn command: parse argv, then either run one command once or start the swe> shell.
// --version and --help are answered by bin/swelearn.js before this module is even loaded.
import parser from 'yargs-parser';
import { createSession, SEARCH_SNAPSHOT } from './app.ts';
import { setSnapshotLoader, snapshotFile, warmIndex } from './search/provider.ts';
import { findCommand, SHELL_ONLY, suggestCommand } from './shell/commands/index.ts';
import { messageOf, ReportError, SwelearnError } from './errors.ts';
import { formatProblem } from './corpus/types.ts';
import { startShell } from './shell/repl.ts';

function quote(word: string): string {
  return /^[^\s"'\\]+$/.test(word) ? word : `"${word.replace(/["\\]/g, '\\$&')}"`;
}

export async function main(argv: string[]): Promise<number> {
  const opts = parser(argv, {
    string: ['data', 'width'],
    array: ['corpus'],
    boolean: ['color'],
    configuration: { 'unknown-options-as-args': true, 'halt-at-non-option': false, 'camel-case-expansion': false },
  });
  const width = opts.width === undefined ? undefined : Number(opts.width);
  if (width !== undefined && !(width >= 20 && width <= 1000)) {
    process.stderr.write('swelearn: --width takes a number of columns (20-1000)\n');
    return 2;
  }
  const rest = opts._.map(String);
  // the built-in lessons' search index comes from the build, not a rebuild
  setSnapshotLoader(snapshotFile(SEARCH_SNAPSHOT));
  const session = createSession({
    corpusDirs: ((opts.corpus as string[] | undefined) ?? []).map(String),
    dataDir: opts.data as string | undefined,
    color: opts.color as boolean | undefined,
    width,
  });
  const sub = rest[0];
  if (sub !== undefined) {
    const cmd = findCommand(sub);
    if (!cmd || SHELL_ONLY.has(sub)) {
      const near = cmd ? undefined : suggestCommand(sub);
      process.stderr.write(
        cmd
          ? `swelearn: ${sub} works inside the shell: run swelearn, then .${sub}\n`
          : `swelearn: unknown command "${sub}"${near ? ` — did you mean ${near}?` : ''} (swelearn --help lists them)\n`,
      );
      return 2;
    }
    try {
      const out = await cmd.run(rest.slice(1).map(quote).join(' '), session);
      if (out) process.stdout.write(out.endsWith('\n') ? out : out + '\n');
      return 0;
    } catch (e) {
      if (e instanceof ReportError) {
        process.stdout.write(e.report + '\n');
        return 1;
      }
      process.stderr.write(`swelearn: ${e instanceof SwelearnError ? e.message : messageOf(e)}\n`);
      return 1;
    } finally {
      await session.close();
    }
  }
  return shell(session);
}

async function shell(session: ReturnType<typeof createSession>): Promise<number> {
  if (session.interactive) {
    session.output.write(
      `${session.style.bold('swelearn')} ${session.style.dim('— interview prep. .help lists commands, .next says what to study, Ctrl-D quits.')}\n`,
    );
  }
  const shell = startShell({ session });
  // load the corpus once the prompt is up; bad files get one line each, above the prompt
  void session.corpus().then(
    (corpus) => {
      const bad = corpus.problems.filter((p) => p.level === 'error');
      for (const p of bad.slice(0, 20)) shell.notice(session.style.yellow(`skipped ${formatProblem(p)}`));
      if (bad.length > 20) shell.notice(session.style.yellow(`… and ${bad.length - 20} more: swelearn check-corpus DIR for the full report`));
      // open the search index while the user reads the prompt, so the first .find is instant
      setTimeout(() => warmIndex(corpus), 250).unref();
    },
    (e) => shell.notice(session.style.red(`could not load the lessons: ${messageOf(e)}`)),
  );
  const code = await shell.done;
  await session.close();
  return code;
}


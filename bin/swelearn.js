#!/usr/bin/env node
// Thin entry: answer --version and --help without loading anything else, then load the app.
// node:fs by require: an ESM import of it runs its lazy getters (its streams and promises API), ~3 ms
import { createRequire } from 'node:module';

const { readFileSync, existsSync } = createRequire(import.meta.url)('node:fs');

const args = process.argv.slice(2);
const root = new URL('..', import.meta.url);

/** The subcommand: the first word that is neither an option nor the value of one. */
function subcommand(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return argv[i + 1];
    if (/^--(corpus|data|width)$/.test(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
// `swelearn find --help` is the command's own help (from its declaration, in the app)
const sub = subcommand(args);

if (args.includes('--version') || args.includes('-v')) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  process.stdout.write(`swelearn ${pkg.version}\n`);
} else if (sub === undefined && (args.includes('--help') || args.includes('-h'))) {
  process.stdout.write(`swelearn — offline interview prep in your terminal

Usage
  swelearn [options]                 start the swe> shell
  swelearn find QUERY [--tag T] [--difficulty D] [--area A] [--limit N] [--json]
  swelearn topic ID [SECTION]        print a lesson
  swelearn topics [--area A] [--tag T] [--difficulty D] [--json]
  swelearn check-corpus [DIR...] [--strict]
                                     validate lesson folders (exit 1 on errors; --strict: warnings too)
  swelearn corpus                    the active lesson folders, lesson counts, skipped files
  swelearn trust DIR | --list | --remove DIR
                                     let a folder's lesson code run in the shell
  swelearn next | progress | exercises | export [FILE] | import FILE
  swelearn COMMAND --help            a command's usage and options

Options
  --corpus DIR     add your own lesson folder (repeatable, anywhere on the line); also
                   SWELEARN_CORPUS (a path list) and $XDG_CONFIG_HOME/swelearn/config.json
  --quiet          do not list skipped lesson files on stderr
  --data DIR       data directory (default $SWELEARN_HOME, else $XDG_DATA_HOME/swelearn,
                   else ~/.local/share/swelearn)
  --width N        wrap output to N columns
  --no-color       plain output (so does NO_COLOR=1, and any pipe)
  --help, --version

Inside the shell, .help lists the commands. Lesson format: docs/lesson-format.md;
your own lessons: docs/corpus-guide.md
`);
} else {
  const entry = new URL('dist/cli.js', root);
  if (!existsSync(entry)) {
    process.stderr.write('swelearn: not built yet: run `npm run build` (or `npm start`) first\n');
    process.exit(2);
  }
  // a reader that stops early (`swelearn topics | head`) closes the pipe: stop quietly, as cat does
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const { main } = await import(entry.href);
  const code = await main(args);
  // stdout may be a pipe that has not drained yet: exit once it has
  process.exitCode = code;
  if (process.stdout.writableLength === 0) process.exit(code);
  else process.stdout.once('drain', () => process.exit(code));
}

// Every one-shot command, as a user runs it: --help from its declaration (exit 0), an unknown flag
// (exit 2, message on stderr, nothing on stdout), --json that parses, a missing thing (exit 1).
// And in a piped script, errors reach stderr only.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { ROOT } from '../helpers/pty.ts';
import { commands } from '../../src/shell/commands/index.ts';

const oneShots = commands.filter((c) => !c.shellOnly);
const s = suite('exit codes and streams');

s('the registry has the one-shot commands the README lists', () => {
  const names = oneShots.map((c) => c.name);
  for (const n of ['topic', 'topics', 'find', 'check-corpus', 'corpus', 'exercises', 'drill', 'next', 'progress', 'plan', 'export', 'import', 'completion']) {
    assert.ok(names.includes(n), `${n} is a one-shot`);
  }
});

for (const cmd of oneShots) {
  s(`swelearn ${cmd.name} --help: its usage and options, exit 0`, async () => {
    const r = await runSwelearn([cmd.name, '--help']);
    assert.is(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(cmd.usage.split(/\s/)[0]!), `shows its usage:\n${r.stdout}`);
    assert.match(r.stdout, /--help/);
    assert.is(r.stderr, '');
  });
  s(`swelearn ${cmd.name} --no-such-flag: exit 2, the message on stderr only`, async () => {
    const r = await runSwelearn([cmd.name, '--no-such-flag']);
    assert.is(r.code, 2, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, new RegExp(`\\.?${cmd.name}: unknown option --no-such-flag`));
    assert.is(r.stdout, '');
  });
}

// data commands: arguments that show something
const DATA: Record<string, string[]> = {
  topic: ['lru-cache'],
  topics: [],
  find: ['consistent hashing'],
  'check-corpus': [join(ROOT, 'test', 'fixtures', 'seed-topic.md')],
  corpus: [],
  exercises: [],
  next: [],
  progress: [],
  plan: [],
  completion: ['bash'],
};

for (const [name, args] of Object.entries(DATA)) {
  s(`swelearn ${name} --json parses as JSON`, async () => {
    const r = await runSwelearn([name, ...args, '--json']);
    assert.is(r.code, 0, r.stderr);
    assert.not.throws(() => JSON.parse(r.stdout), `${name} --json:\n${r.stdout.slice(0, 400)}`);
  });
}

s('a missing lesson or exercise: exit 1, on stderr', async () => {
  for (const argv of [['topic', 'no-such-lesson-xyz'], ['drill', 'no-such-lesson-xyz']]) {
    const r = await runSwelearn(argv);
    assert.is(r.code, 1, `${argv.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /no-such-lesson-xyz/);
    assert.is(r.stdout, '');
  }
});

s('a piped script: results on stdout, every error on stderr only, exit 1', async () => {
  const r = await runSwelearn([], '.topic no-such-lesson-xyz\n.topics --bogus\n.find\n.nosuchcommand\nthrow new Error("boom")\n[1, 2].map((x) => x * 21)\n.topics --area networking\n');
  assert.is(r.code, 1);
  assert.match(r.stdout, /WebSockets|HTTP|TCP/i, 'the good line printed its list');
  assert.not.match(r.stdout, /error|unknown|no-such/i, `stdout is clean:\n${r.stdout}`);
  assert.match(r.stderr, /no-such-lesson-xyz/);
  assert.match(r.stderr, /unknown option --bogus/);
  assert.match(r.stderr, /\.find/);
  assert.match(r.stderr, /unknown command.*nosuchcommand/);
  // the learner's code: its value on stdout, its error on stderr, as node's REPL shows it (no
  // frames of the machinery that ran it)
  assert.match(r.stdout, /\[ 21, 42 \]/);
  assert.match(r.stderr, /Uncaught Error: boom\n\s+at REPL\d+:1:7\n/);
  assert.not.match(r.stderr, /node:vm|REPLServer|node:domain/);
});

s.run();

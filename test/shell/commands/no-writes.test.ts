// The contract of src/shell/command.ts: a command returns an outcome and never writes to a
// stream itself. Every registered command runs here against a context whose streams throw on
// write; only the effect runner (not called here) may write.
import { suite } from 'uvu';
import { fileURLToPath } from 'node:url';
import * as assert from 'uvu/assert';
import { commands, findCommand } from '../../../src/shell/commands/index.ts';
import { outcome, testContext } from '../../helpers/context.ts';
import { miniCorpus } from '../../progress/helpers.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { views } from '../../../src/shell/views/index.ts';

const s = suite('commands never write');
// the search index builds in steps on unref'd timers: keep the loop alive while a test awaits it
let alive: NodeJS.Timeout;
s.before(() => void (alive = setInterval(() => {}, 60_000)));
s.after(() => clearInterval(alive));

// argument lines that make each command do its main work on the mini corpus
const ARGS: Record<string, string[]> = {
  topic: ['caching', 'caching 1', 'next', 'no-such-lesson'],
  topics: ['', '--area databases'],
  find: ['cache hit', ''],
  drill: ['caching', ''],
  next: ['', 'go'],
  progress: [''],
  plan: [''],
  exercises: [''],
  practice: ['lru-cache'],
  // (after `.practice lru-cache`, so that they have an exercise to work on)
  check: [''],
  hint: [''],
  solution: ['', '--give-up'],
  edit: [''],
  help: ['', 'topic'],
  corpus: [''],
  // (with no folder it checks the whole built-in corpus, running every exercise: minutes)
  'check-corpus': [fileURLToPath(new URL('../../fixtures/seed-topic.md', import.meta.url))],
  completion: ['bash'],
  export: [''],
};

const NEEDS_EXERCISE = new Set(['check', 'hint', 'solution', 'edit']);

for (const cmd of commands) {
  s(`.${cmd.name} returns an outcome without writing`, async () => {
    for (const args of [...(ARGS[cmd.name] ?? ['']), '--help']) {
      const ctx = testContext({ corpus: miniCorpus(), throwingStreams: true });
      try {
        if (NEEDS_EXERCISE.has(cmd.name)) await outcome(findCommand('practice')!, 'lru-cache', ctx);
        const o = await outcome(cmd, args, ctx);
        assert.ok(o && typeof o.kind === 'string', `.${cmd.name} ${args}: an outcome`);
        assert.ok(o.kind in views || ['error', 'many', 'none', 'ask', 'edit', 'drill', 'run'].includes(o.kind), `.${cmd.name} ${args}: an outcome kind the shell knows (${o.kind})`);
        if (o.kind === 'error') assert.not.match(o.message, /wrote to a stream/, `.${cmd.name} ${args} wrote to a stream`);
        assert.ok([0, 1, 2].includes(exitCode(o)));
      } finally {
        await ctx.close();
      }
    }
  });
}

s.run();

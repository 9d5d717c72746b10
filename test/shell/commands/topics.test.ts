// .topics (src/shell/commands/topics.ts) against a test Context: grouped numbered lines at 60 and
// 100 columns, marks from the store, filters, --json, --help and its error kinds.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { topics } from '../../../src/shell/commands/topics.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { UsageError } from '../../../src/errors.ts';
import { LESSONS } from '../../search/helpers.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import '../../../src/shell/commands/index.ts'; // registers the commands .help reads

const s = suite('shell/commands/topics');
const corpus = makeCorpus(LESSONS);
const now = Date.now();
/** a store in which the learner read websockets-long-polling */
const store = {
  disabledReason: null,
  cards: () => new Map(),
  readStats: () => new Map([['websockets-long-polling', { views: 1, firstAt: now, lastAt: now, totalMs: 60_000 }]]),
  exerciseStats: () => new Map(),
  settings: () => ({ retention: 0.9 }),
  revision: () => '1',
};
const ctxAt = (width = 80) => testContext({ corpus, width, store: store as never, now: () => now });

s('grouped by area, numbered, with the read mark; fits 60 and 100 columns', async () => {
  for (const width of [60, 100]) {
    const ctx = ctxAt(width);
    const out = await exec(topics, '', ctx);
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `${width}: ${line}`);
    assert.match(out, /^Networking \(1\)$/m);
    assert.match(out, /^ +\d+ +WebSockets and Long Polling/m);
    assert.match(out, new RegExp(`^${LESSONS.length} lessons · 1 read · 0 mastered · \\.topic N to read one$`, 'm'));
    if (width === 100) assert.match(out, /WebSockets and Long Polling {2}medium · 15min · read$/m, 'one line when it fits');
    else assert.match(out, /WebSockets and Long Polling\n +medium · 15min · read$/m, 'metadata below on a narrow screen');
    assert.equal(ctx.state.lastList.map((l) => l.id), corpus.lessons.map((l) => l.id));
  }
});

s('filters combine; none matching says so and --json is []', async () => {
  const out = await exec(topics, '--area networking --difficulty medium', ctxAt());
  assert.match(out, /WebSockets and Long Polling/);
  assert.not.match(out, /Deadlock/);
  assert.is(await exec(topics, '--area networking --difficulty hard', ctxAt()), 'No lessons match those filters.');
  assert.equal(JSON.parse(await exec(topics, '--area networking --difficulty hard --json', ctxAt())), []);
});

s('--json: the array of lessons with the documented fields, mastery from the store', async () => {
  const list = JSON.parse(await exec(topics, '--json', ctxAt()));
  assert.is(list.length, LESSONS.length);
  assert.equal(Object.keys(list[0]).sort(), ['area', 'cards', 'difficulty', 'estimated_time', 'exercises', 'id', 'mastery', 'path', 'tags', 'title']);
  const ws = list.find((l: { id: string }) => l.id === 'websockets-long-polling');
  assert.ok(ws.mastery > 0 && ws.mastery <= 1, String(ws.mastery));
  assert.is(list.find((l: { id: string }) => l.id === 'deadlock').mastery, 0);
});

s('data, paged when long; --help; bad input is a usage error (2); never writes', async () => {
  const o = await outcome(topics, '', ctxAt());
  assert.is(o.kind, 'topics');
  assert.is((o as { page?: unknown }).page, true);
  assert.match(await exec(topics, '--help', ctxAt()), /^\.topics \[--area A\]/);
  for (const args of ['--difficulty extreme', '--area nowhere', '--bogus', 'networking']) {
    const bad = await outcome(topics, args, ctxAt());
    assert.is(exitCode(bad), 2, args);
    assert.instance((bad as { cause: unknown }).cause, UsageError, args);
  }
  const neg = await outcome(topics, '--no-such-flag', ctxAt());
  assert.match((neg as { message: string }).message, /^\.topics: unknown option --no-such-flag$/, 'named as typed, not as a negation');
  const quiet = testContext({ corpus, store: store as never, throwingStreams: true });
  for (const args of ['', '--json', '--tag sse']) assert.is((await outcome(topics, args, quiet)).kind, 'topics', args);
});

s.run();

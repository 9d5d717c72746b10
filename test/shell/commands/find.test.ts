// .find (src/shell/commands/find.ts) against the inline test lessons, through a test Context.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import { stripAnsi, visibleWidth } from '../../../src/render/style.ts';
import { find } from '../../../src/shell/commands/find.ts';
import { UsageError } from '../../../src/errors.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { indexFor } from '../../../src/search/provider.ts';
import '../../../src/shell/commands/index.ts'; // registers the commands .help reads
import { LESSONS } from '../../search/helpers.ts';
import { exec, outcome, testContext, type TestContext } from '../../helpers/context.ts';

const s = suite('shell/commands/find');
const corpus = makeCorpus(LESSONS);
// the index opens in the background; under load it may take longer than .find waits for it
s.before(async () => void (await indexFor(corpus)));

function session(opts: { color?: boolean; width?: number } = {}): TestContext {
  return testContext({ corpus, color: opts.color ?? false, width: opts.width ?? 60 });
}

const run = async (args: string, sess = session()) => String(await exec(find, args, sess));

s('numbered results: title, area · difficulty · time, section and snippet, within 60 columns', async () => {
  const sess = session({ width: 60 });
  const out = await run('server push connections', sess);
  const lines = out.split('\n');
  for (const line of lines) assert.ok(visibleWidth(line) <= 60, `too wide (${visibleWidth(line)}): ${line}`);
  assert.match(lines[0]!, /^ 1  WebSockets and Long Polling/);
  assert.ok(out.includes('Networking · medium · 15min'), out);
  assert.match(out, /(Overview|Trade-offs & Gotchas): .*\bpush\b/s);
  assert.match(out, /\n 2  /, 'more than one result');
  assert.match(out, /^\d+ lessons? · \.topic N opens one at the section shown$/m);
});

s('every line fits the width, with and without colour, at 60 and 80 columns', async () => {
  for (const width of [60, 80]) {
    for (const color of [false, true]) {
      for (const q of ['server push connections', 'locks threads wait', 'websokets', 'virtual nodes ring', 'tok buck', 'zzqx']) {
        const out = await run(q, session({ width, color }));
        for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `${width} cols, colour ${color}, "${q}": ${line}`);
      }
    }
  }
});

s('sets the last list so .topic N opens the Nth result', async () => {
  const sess = session();
  const out = await run('server', sess);
  const titles = [...out.matchAll(/^ ?\d+  (.+?)(?:\s{2,}.*)?$/gm)].map((m) => m[1]!.trim());
  assert.ok(sess.state.lastList.length >= 2);
  assert.equal(sess.state.lastList.map((l) => l.title), titles);
});

s('NO_COLOR prints matches as plain text (no ** markers, no escape codes); colour uses the mark style', async () => {
  const plain = await run('sticky connections');
  assert.not.match(plain, /\x1b\[/);
  assert.match(plain, /\bsticky\b/);
  assert.not.ok(plain.includes('**'), plain);
  const coloured = await run('sticky connections', session({ color: true }));
  assert.match(coloured, /\x1b\[1;33msticky\x1b\[22;39m/);
  assert.is(stripAnsi(coloured).includes('**'), false);
});

s('wide terminals put the metadata on the title line', async () => {
  const out = await run('deadlock', session({ width: 100 }));
  assert.match(out.split('\n')[0]!, /^ 1  Deadlock\s+OS and concurrency · hard · 20min$/);
  assert.is(visibleWidth(out.split('\n')[0]!), 100);
});

s('--json: an array, best first, of {id, title, area, difficulty, score, snippet, section}', async () => {
  const sess = session();
  const out = JSON.parse(await run('consistant hashing --json --limit 2', sess));
  assert.ok(Array.isArray(out) && out.length >= 1 && out.length <= 2);
  assert.equal(Object.keys(out[0]).sort(), ['area', 'difficulty', 'id', 'score', 'section', 'snippet', 'title']);
  assert.is(out[0].id, 'consistent-hashing');
  assert.is(out[0].area, 'distributed-systems');
  assert.is(typeof out[0].score, 'number');
  assert.not.match(out[0].snippet, /\*\*|\x1b/);
  if (out[1]) assert.ok(out[0].score >= out[1].score);
  assert.equal(JSON.parse(await run('zzzzqqq --json')), []);
});

s('filters narrow the results', async () => {
  const out = JSON.parse(await run('server --area networking --json'));
  assert.equal(out.map((h: { id: string }) => h.id), ['websockets-long-polling']);
  const hard = JSON.parse(await run('locks --difficulty hard --json'));
  assert.equal(hard.map((h: { id: string }) => h.id), ['deadlock']);
});

s('a corrected typo is announced', async () => {
  const out = await run('websokets');
  assert.match(out.split('\n')[0]!, /Searching for websocket instead of "websokets"/);
  assert.match(out, / 1  WebSockets and Long Polling/);
});

s('no hits: says so, and suggests near words or tags', async () => {
  const sess = session();
  sess.state.lastList = [...LESSONS];
  const out = await run('zzqx vvqq', sess);
  assert.match(out, /^No lessons match "zzqx vvqq"\./);
  const tags = LESSONS.flatMap((l) => l.tags);
  const offered = /Did you mean: (.*)$/s.exec(out)?.[1]?.split(/\s*·\s*/) ?? [];
  assert.ok(offered.length > 0 && offered.every((t) => tags.includes(t.trim())), out);
  assert.equal(sess.state.lastList, [], 'the old list no longer applies');
  const near = await run('autocompletx zzqx');
  assert.match(near, /Searching for autocomplete instead of "autocompletx"/);
});

s('no hits because of a filter: says how many match without it, and flags an unknown tag', async () => {
  const out = await run('websockets --tag nosuch');
  assert.match(out, /No lessons match "websockets" with --tag nosuch\s+\(1\s+lesson\s+matches\s+without\s+them\)/);
  assert.match(out, /No lesson has the tag "nosuch"/);
});

s('bad input is a UsageError naming .find', async () => {
  for (const args of ['', '--tag x', 'x --difficulty extreme', 'x --limit 0', 'x --limit many', 'x --area nowhere', 'x --bogus']) {
    try {
      await run(args);
      assert.unreachable(`accepted "${args}"`);
    } catch (e) {
      assert.instance(e, UsageError, args);
      assert.match((e as Error).message, /^\.find: /, args);
    }
  }
});

s('Tab completion offers words of the lessons', async () => {
  const words = await find.complete!('push webs', session());
  assert.ok(words.includes('websockets'), words.join(','));
  assert.equal(await find.complete!('x --tag', session()), []);
});

s('marks lessons read and mastered from the progress store; an unreadable store leaves the list unmarked', async () => {
  const now = Date.now();
  const store = {
    disabledReason: null,
    cards: () => new Map(),
    readStats: () => new Map([['websockets-long-polling', { views: 1, firstAt: now, lastAt: now, totalMs: 60_000 }]]),
    exerciseStats: () => new Map(),
    settings: () => ({ retention: 0.9 }),
    revision: () => '1',
  };
  const sess = Object.assign(session({ width: 100 }), { progress: async () => store as never });
  const out = await run('server push connections', sess);
  assert.match(out, /WebSockets and Long Polling\s+read · Networking · medium · 15min/);
  const broken = Object.assign(session({ width: 100 }), { progress: async () => Promise.reject(new Error('disk gone')) });
  const plain = await run('server push connections', broken);
  assert.not.match(plain, /\bread ·/);
  assert.match(plain, /WebSockets and Long Polling\s+Networking · medium · 15min/);
});

s('remembers the section of each hit for .topic N', async () => {
  const sess = session();
  await run('sticky connections', sess);
  const found = sess.state.found!;
  assert.is(found.list, sess.state.lastList);
  assert.is(found.sections.length, sess.state.lastList.length);
  assert.ok(found.sections.every((x) => typeof x === 'string'));
});

s('hits are data, paged when long; --json keeps its array at any width', async () => {
  const o = await outcome(find, 'server push connections', session());
  assert.is(o.kind, 'hits');
  assert.is((o as { page?: unknown }).page, true);
  const narrow = JSON.parse(await run('server push --json', session({ width: 60 })));
  const wide = JSON.parse(await run('server push --json', session({ width: 100 })));
  assert.equal(narrow, wide);
});

s('at 100 columns the snippet wraps under the title, indented, at spaces', async () => {
  const out = await run('server push connections', session({ width: 100 }));
  const lines = out.split('\n');
  assert.match(lines[1]!, /^ {4}\S/, 'the snippet is indented under the title');
  for (const line of lines) assert.ok(visibleWidth(line) <= 100, line);
  const plain = lines.filter((l) => /^ {4}\S/.test(l));
  assert.ok(plain.every((l) => !l.endsWith(' ')), 'no trailing spaces');
});

s('--help and exit codes: bad input exits 2; the command never writes', async () => {
  assert.match(await run('--help'), /^\.find QUERY/);
  for (const args of ['', 'x --limit 0', 'x --bogus', 'x --area nowhere']) assert.is(exitCode(await outcome(find, args, session())), 2, args);
  assert.is(exitCode(await outcome(find, 'zzqx', session())), 0, 'no hits is not an error');
  const quiet = testContext({ corpus, throwingStreams: true });
  for (const args of ['server push', 'zzqx --tag nosuch', 'server --json']) assert.is((await outcome(find, args, quiet)).kind, 'hits', args);
});

s.run();

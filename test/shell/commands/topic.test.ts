// .topic (src/shell/commands/topic.ts) against a test Context: a lesson, one section, its table of
// contents, stepping through it, --json, --help, and its error kinds.
import { suite } from 'uvu';
import { views } from '../../../src/shell/views/index.ts';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { topic } from '../../../src/shell/commands/topic.ts';
import { find } from '../../../src/shell/commands/find.ts';
import '../../../src/shell/commands/index.ts'; // registers the commands .help reads
import { exitCode } from '../../../src/shell/outcome.ts';
import { NotFoundError, UsageError } from '../../../src/errors.ts';
import { LESSONS, WEBSOCKETS } from '../../search/helpers.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';

const s = suite('shell/commands/topic');
const corpus = makeCorpus(LESSONS);
const ctxAt = (width = 80, color = false) => testContext({ corpus, width, color });
const N = WEBSOCKETS.sections.length;

s('a whole lesson at 60 and 100 columns: title, metadata, every section, the contents to open one; no line too wide', async () => {
  for (const width of [60, 100]) {
    for (const color of [false, true]) {
      const out = await exec(topic, 'websockets-long-polling', ctxAt(width, color));
      for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `${width} cols: ${line}`);
      if (color) continue;
      assert.match(out, /^WebSockets and Long Polling\nNetworking · medium · 15min · #websockets #sse #real-time/);
      for (const sec of WEBSOCKETS.sections) assert.ok(out.split('\n').includes(sec.heading), `${sec.heading} at ${width}`);
      assert.match(out.replace(/\s+/g, ' '), /Sections: 1 Overview · 2 When to Use .* — \.topic websockets-long-polling SECTION/);
    }
  }
});

s('a lesson is data, paged wide; it becomes the current topic', async () => {
  const ctx = ctxAt();
  const o = await outcome(topic, 'websockets-long-polling', ctx);
  assert.is(o.kind, 'lesson');
  assert.is((o as { page?: unknown }).page, 'wide');
  assert.is(ctx.state.current, WEBSOCKETS);
  assert.is(ctx.state.section, -1);
});

s('one section: the contents on top with it marked, where to go next below', async () => {
  const ctx = ctxAt(100);
  const out = await exec(topic, 'websockets-long-polling 2', ctx);
  assert.match(out.split('\n')[2]!, /^Sections: .*\[2 When to Use\]/);
  assert.ok(!out.includes('\nOverview\n'), 'only the one section');
  assert.match(out, new RegExp(`section 2/${N} · \\.topic next \\(${WEBSOCKETS.sections[2]!.heading}\\) · \\.topic prev · \\.topic websockets-long-polling toc`));
  assert.is(ctx.state.section, 1);
});

s('next and prev step through the sections; past either end says so', async () => {
  const ctx = ctxAt(100);
  await exec(topic, 'websockets-long-polling', ctx);
  assert.match(await exec(topic, 'next', ctx), /section 1\//);
  assert.match(await exec(topic, 'n', ctx), /section 2\//);
  assert.match(await exec(topic, 'prev', ctx), /section 1\//);
  assert.match(await exec(topic, 'p', ctx), /^This is the first section of WebSockets and Long Polling\./);
  ctx.state.section = N - 1;
  const end = await outcome(topic, 'next', ctx);
  assert.is(end.kind, 'message');
  assert.is(exitCode(end), 0);
  assert.match(await exec(topic, 'next', ctx), /^That was the last section of WebSockets and Long Polling\.\n\.topic websockets-long-polling toc lists them/);
});

s('toc lists the sections; no argument says where the reader is', async () => {
  const ctx = ctxAt();
  const toc = await exec(topic, 'websockets-long-polling toc', ctx);
  assert.match(toc, /^ 1  Overview$/m);
  assert.match(toc, /^ 2  When to Use$/m);
  await exec(topic, 'websockets-long-polling 3', ctx);
  const here = await exec(topic, '', ctx);
  assert.match(here, new RegExp(`section 3/${N}`));
  assert.not.match(here, /HTTP is request-response/, 'no lesson text');
});

s('after .find, .topic N opens the hit at the section it named', async () => {
  const ctx = ctxAt(100);
  await exec(find, 'sticky connections', ctx);
  const n = ctx.state.found!.sections.findIndex((h) => h && h !== 'Overview');
  assert.ok(n >= 0, 'a hit outside the Overview');
  const o = await outcome(topic, String(n + 1), ctx);
  assert.is(o.kind, 'lesson');
  const d = (o as { data: { section: number; sections: { heading: string }[] } }).data;
  assert.is(d.sections[d.section]!.heading, ctx.state.found!.sections[n]);
});

s('--json: the lesson, or the one section shown', async () => {
  const whole = JSON.parse(await exec(topic, 'websockets-long-polling --json', ctxAt()));
  assert.equal(Object.keys(whole).sort(), ['area', 'difficulty', 'estimated_time', 'id', 'section', 'sections', 'tags', 'title']);
  assert.is(whole.id, 'websockets-long-polling');
  assert.is(whole.estimated_time, '15min');
  assert.equal(whole.tags, ['websockets', 'sse', 'real-time']);
  assert.is(whole.section, null);
  assert.is(whole.sections.length, N);
  assert.is(whole.sections[0].heading, 'Overview');
  assert.match(whole.sections[0].markdown, /^HTTP is request-response/);
  const one = JSON.parse(await exec(topic, 'websockets-long-polling 2 --json', ctxAt()));
  assert.equal(one.section, { number: 2, heading: 'When to Use' });
  assert.equal(one.sections.map((x: { heading: string }) => x.heading), ['When to Use']);
});

s('--help comes from the declaration', async () => {
  const o = await outcome(topic, '--help', ctxAt());
  assert.equal(o, { kind: 'help', data: { command: 'topic' } });
  assert.match(await exec(topic, '--help', ctxAt()), /^\.topic ID\|words\|N/);
});

s('errors: an unknown lesson or section is not found (1); a wrong use is usage (2)', async () => {
  const ctx = ctxAt();
  const cases: [string, number, Function][] = [
    ['no-such-lesson-xyz', 1, NotFoundError],
    ['websockets-long-polling nosuchsection', 1, NotFoundError],
    ['', 2, UsageError],
    ['next', 2, UsageError],
    ['toc', 2, UsageError],
    ['7', 2, UsageError],
    ['websockets-long-polling --bogus', 2, UsageError],
  ];
  for (const [args, code, cls] of cases) {
    const o = await outcome(topic, args, ctx);
    assert.is(o.kind, 'error', args);
    assert.is(exitCode(o), code, args);
    assert.instance((o as { cause: unknown }).cause, cls, args);
  }
  const bad = await outcome(topic, 'no-such-lesson-xyz', ctx);
  assert.match((bad as { message: string }).message, /^\.topic: no lesson matches "no-such-lesson-xyz" — try \.find no-such-lesson-xyz$/);
  await exec(find, 'server', ctx);
  assert.is(exitCode(await outcome(topic, '99', ctx)), 1);
  const section = await outcome(topic, 'websockets-long-polling nosuchsection', ctx);
  assert.match((section as { message: string }).message, /has no section "nosuchsection"\. Sections: 1 Overview · 2 When to Use/);
});

s('the command never writes: every form runs against streams that throw', async () => {
  const ctx = testContext({ corpus, throwingStreams: true });
  for (const args of ['websockets-long-polling', 'next', 'prev', 'toc', '', 'websockets-long-polling 2', 'websockets-long-polling toc', 'nope-nope', '--json websockets-long-polling']) {
    const o = await outcome(topic, args, ctx);
    assert.ok(o.kind in views || o.kind === 'error', `${args}: data with a view (or an error), got ${o.kind}`);
  }
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../../src/corpus/parse.ts';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import type { Lesson } from '../../../src/corpus/types.ts';
import '../../../src/shell/commands/index.ts';
import { mockCommand, say } from '../../../src/shell/commands/mock.ts';
import { exitCode, type Outcome } from '../../../src/shell/outcome.ts';
import { renderData, toJson } from '../../../src/shell/render-outcome.ts';
import { onCheck, onHint, solutionLocked, tick } from '../../../src/shell/mock-session.ts';
import { mockPrompt } from '../../../src/shell/mock-clock.ts';
import { stripAnsi } from '../../../src/render/style.ts';
import { createStyle } from '../../../src/render/style.ts';
import { exec, outcome, testContext, type TestContext } from '../../helpers/context.ts';
import { ROOT } from '../../helpers/pty.ts';

const s = suite('shell/commands/mock');
const T0 = new Date(2026, 11, 3, 17, 0, 0).getTime();

function lesson(file: string): Lesson {
  const path = join(ROOT, 'corpus', file);
  const [area, name] = file.replace(/\.md$/, '').split('/');
  return parseLesson({ text: readFileSync(path, 'utf8'), file: path, id: name!, area: area! }).lesson!;
}

const shortener = (): Lesson => ({
  ...lesson('system-design/url-shortener.md'),
  mock: {
    prompt: 'Design a URL shortener that takes 100 million new links a month.',
    rubric: [
      { stage: 'requirements', weight: 2, point: 'Asks whether links expire and whether custom aliases are allowed', terms: ['expiry', 'expire', 'ttl', 'custom alias'], line: 1 },
      { stage: 'estimates', weight: 1, point: 'Estimates the write rate (about 40 per second)', terms: ['writes per second', 'qps'], line: 1 },
      { stage: 'deep-dive', weight: 1, point: 'Generates codes without a single counter bottleneck', terms: ['base62', 'counter range', 'snowflake'], line: 1 },
    ],
    answer: '1. Requirements: expiry, custom aliases.\n2. Estimates: 40 writes/s.',
    line: 1,
  },
});

function setup(opts: { width?: number; throwingStreams?: boolean } = {}) {
  let now = T0;
  const corpus = makeCorpus([shortener(), lesson('behavioral/conflict-with-coworker.md'), lesson('algorithms/two-pointers.md')]);
  const ctx = testContext({ corpus, now: () => now, width: opts.width, throwingStreams: opts.throwingStreams });
  return { ctx, advance: (ms: number) => (now += ms) };
}

/** Answer the rubric's questions in order (null: nobody answers) and return the final outcome. */
async function answer(o: Outcome, answers: (boolean | null)[]): Promise<Outcome> {
  const items = o.kind === 'many' ? o.items : [o];
  const last = items.at(-1)!;
  if (last.kind !== 'ask') return last;
  const next = await last.resume(answers.length ? answers[0]! : null);
  return answer(next, answers.slice(1));
}

const run = (ctx: TestContext, line: string) => outcome(mockCommand, line, ctx);

s('a design mock: notes, stages, the rubric pre-marked and confirmed, the score, the transcript and the record', async () => {
  const { ctx, advance } = setup();
  const start = await run(ctx, 'design url shortener --minutes 12');
  assert.is(start.kind, 'mock-start');
  assert.ok(ctx.state.mock);
  assert.is(mockPrompt(ctx), 'swe[mock 12:00]> ');
  await outcome(say, 'do links expire? custom aliases?', ctx);
  advance(60_000);
  assert.is(mockPrompt(ctx), 'swe[mock 11:00]> ', 'the prompt counts down with the clock');
  const moved = await run(ctx, 'next');
  assert.match(await renderData(moved as never, ctx.style), 'Stage 2/6: estimates');
  await outcome(say, 'about 40 qps of writes', ctx);
  const status = await run(ctx, '--json');
  assert.equal(((await toJson(status as never)) as { stage: string; notes: number }).stage, 'estimates');
  advance(30_000);
  const submitted = await run(ctx, 'submit');
  const result = await answer(submitted, [true, false, null]);
  assert.is(result.kind, 'mock-result');
  const d = (result as Extract<Outcome, { kind: 'mock-result' }>).data;
  assert.equal(d.marks.map((m) => m.covered), [true, false, false]);
  assert.is(d.score, 50); // 2 of 4
  assert.is(d.used, '01:30');
  assert.ok(d.file && existsSync(join(ctx.dataDir, d.file)), 'the transcript is saved');
  const md = readFileSync(join(ctx.dataDir, d.file!), 'utf8');
  assert.match(md, '- +00:00 requirements: do links expire? custom aliases?');
  assert.match(md, '- [x] requirements · weight 2');
  assert.match(md, '**50/100**');
  assert.is(ctx.state.mock, null);
  assert.is(mockPrompt(ctx), 'swe> ');
  const store = await ctx.progress();
  assert.equal(store.mocks().map((m) => [m.kind, m.score, m.status]), [['design', 50, 'completed']]);
  const text = stripAnsi(await renderData(result as never, ctx.style));
  assert.match(text, 'Score 50/100');
  assert.match(text, 'Outline of a strong answer');
  await ctx.close();
});

s('time running out ends the mock: a script keeps the pre-marks; the learner is asked at a terminal', async () => {
  const { ctx, advance } = setup();
  await run(ctx, 'behavioral conflict --seconds 30');
  await outcome(say, 'I decided to set up a meeting; the result: we shipped 2 weeks early, reduced incidents 30 percent. I learned to ask first.', ctx);
  advance(10_000);
  assert.is(await tick(ctx), null, 'nothing happens before the time is up');
  advance(25_000);
  const o = (await tick(ctx, { ask: false }))!;
  const items = o.kind === 'many' ? o.items : [o];
  const flat = items.flatMap((i) => (i.kind === 'many' ? i.items : [i]));
  const result = flat.find((i) => i.kind === 'mock-result') as Extract<Outcome, { kind: 'mock-result' }>;
  assert.ok(result, 'the mock is scored at once');
  assert.is(result.data.status, 'timeout');
  assert.ok(result.data.marks.some((m) => m.covered) && result.data.marks.some((m) => !m.covered), 'marked from the notes');
  assert.is(ctx.state.mock, null);
  await ctx.close();
});

s('a coding mock: two exercises for a long slot, visible checks only, hints counted, the solution locked', async () => {
  const { ctx } = setup();
  const start = await run(ctx, 'coding --minutes 10 --area algorithms');
  assert.is(start.kind, 'many');
  const items = (start as Extract<Outcome, { kind: 'many' }>).items;
  assert.is(items[0]!.kind, 'mock-start');
  assert.equal(items[1], { kind: 'run', line: `.practice ${ctx.state.mock!.exercises[0]!.id}` }, 'the first exercise starts as with .practice');
  assert.is(ctx.state.mock!.exercises.length, 1, 'one exercise for a short mock');
  const exId = ctx.state.mock!.exercises[0]!.id;
  const report = { results: [1, 2, 3, 4, 5].map((i) => ({ name: `c${i}`, ok: i % 2 === 0, ms: 1 })), output: '', ms: 5, verdict: { kind: 'finished' as const }, wallMs: 5 };
  const seen = onCheck(ctx, exId, report);
  assert.is(seen.report.results.length, 3, 'the visible checks: the first half');
  assert.match(seen.note!, '2 more run when you submit');
  assert.is(ctx.state.mock!.checks[0]!.results.length, 5, 'the transcript keeps them all');
  assert.match(onHint(ctx, exId, 1, 'two pointers')!, 'costs 5 points');
  assert.match(solutionLocked(ctx)!, 'locked during a coding mock');
  assert.is((await run(ctx, 'next')).kind, 'error', 'no other exercise to switch to');
  const ended = await run(ctx, 'end');
  assert.is((ended as Extract<Outcome, { kind: 'mock-result' }>).data.status, 'abandoned');
  assert.is(solutionLocked(ctx), null);
  await ctx.close();
});

s('history after the fact: numbered newest first, a trend per kind, show N prints the transcript', async () => {
  const { ctx, advance } = setup();
  for (const answers of [[false, false, false], [true, true, false]]) {
    await run(ctx, 'design url --minutes 5');
    await outcome(say, 'expiry and ttl', ctx);
    advance(60_000);
    await answer(await run(ctx, 'submit'), answers);
    advance(60_000);
  }
  const h = await run(ctx, 'history --json');
  const json = (await toJson(h as never)) as { mocks: { n: number; score: number }[]; trends: { kind: string; scores: number[]; change: number }[] };
  assert.equal(json.mocks.map((m) => [m.n, m.score]), [[1, 75], [2, 0]]);
  assert.equal(json.trends.find((t) => t.kind === 'design')!.scores, [0, 75]);
  const shown = await exec(mockCommand, 'show 2', ctx);
  assert.match(shown, 'Score: 0/100');
  await ctx.close();
});

s('.mock edit: the notes in the editor; kept lines keep their time, new ones are stamped now, deleted ones go', async () => {
  const { ctx, advance } = setup();
  await run(ctx, 'design url --minutes 10');
  await outcome(say, 'first note', ctx);
  await outcome(say, 'second note', ctx);
  advance(90_000);
  const o = await run(ctx, 'edit');
  assert.is(o.kind, 'edit');
  if (o.kind !== 'edit') return;
  assert.is(readFileSync(o.path, 'utf8'), 'first note\nsecond note\n');
  writeFileSync(o.path, 'first note\nwritten in the editor\n');
  const said = await o.resume({ editor: 'vi', status: 0 });
  assert.match(await renderData(said as never, ctx.style), '1 note added, 1 removed (2 in all)');
  assert.equal(ctx.state.mock!.notes.map((n) => [n.text, n.elapsedMs]), [['first note', 0], ['written in the editor', 90_000]]);
  assert.not.ok(existsSync(o.path), 'the notes file is removed');
  await ctx.close();
});

s('errors: usage (exit 2) and not found (exit 1), each naming .mock', async () => {
  const { ctx } = setup();
  const code = async (line: string) => exitCode(await run(ctx, line));
  assert.is(await code('submit'), 2, 'nothing to submit');
  assert.is(await code('pause'), 2);
  assert.is(await code('bogus'), 2);
  assert.is(await code('design --minutes -3'), 2);
  assert.is(await code('design --minutes 5 --seconds 4'), 2);
  assert.is(await code('coding --difficulty impossible'), 2);
  assert.is(await code('coding --area nowhere'), 1);
  assert.is(await code('design quantum teleporter'), 1);
  assert.is(await code('show 4'), 1);
  assert.is(await code('show'), 2);
  const e = await run(ctx, 'submit');
  assert.match((e as { message: string }).message, '.mock: no mock is running');
  await run(ctx, 'design url');
  assert.is(await code('behavioral'), 2, 'one mock at a time');
  assert.is(exitCode(await outcome(say, '', ctx)), 2);
  await ctx.close();
});

s('--help comes from the declaration', async () => {
  const { ctx } = setup();
  const text = await exec(mockCommand, '--help', ctx);
  assert.match(text, '.mock coding|design');
  assert.match(text, '--seconds');
  await ctx.close();
});

s('the views fit 60 and 100 columns', async () => {
  for (const width of [60, 100]) {
    const { ctx, advance } = setup({ width });
    const style = createStyle({ color: false, width });
    const texts = [await renderData((await run(ctx, 'design url --minutes 40')) as never, style)];
    await outcome(say, 'expire', ctx);
    advance(5000);
    texts.push(await renderData((await run(ctx, '')) as never, style));
    texts.push(await renderData((await answer(await run(ctx, 'submit'), [])) as never, style));
    texts.push(await renderData((await run(ctx, 'history')) as never, style));
    for (const t of texts) for (const line of t.split('\n')) assert.ok(stripAnsi(line).length <= width, `${width}: "${line}"`);
    await ctx.close();
  }
});

s('the command never writes to a stream itself', async () => {
  const { ctx, advance } = setup({ throwingStreams: true });
  await run(ctx, 'design url --seconds 60');
  await outcome(say, 'a note', ctx);
  advance(1000);
  await run(ctx, '');
  await run(ctx, 'pause');
  await run(ctx, 'resume');
  await answer(await run(ctx, 'submit'), [true]);
  await run(ctx, 'history');
  await ctx.close();
});

s.run();

// .progress against a test Context: data out, drawn by its view at any width, --json, --help.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/shell/commands/index.ts'; // registers every command (.help reads them)
import { progress } from '../../../src/shell/commands/progress.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { UsageError } from '../../../src/errors.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import { miniCorpus, testSession } from '../../progress/helpers.ts';

const NOW = Date.UTC(2025, 6, 16, 15);
const s = suite('.progress command');

s('returns progress data and never writes', async () => {
  const ctx = testContext({ corpus: miniCorpus(), now: () => NOW, throwingStreams: true });
  const o = await outcome(progress, '', ctx);
  assert.is(o.kind, 'progress');
  if (o.kind !== 'progress') return;
  assert.is(o.data.newCards, 5);
  assert.equal(o.data.areas.map((a) => a.area), ['system-design', 'distributed-systems', 'databases']);
  assert.is(o.data.exercises.total, 2);
  await ctx.close();
});

for (const width of [60, 100]) {
  s(`its view at ${width} columns: every line fits`, async () => {
    const ctx = testSession({ now: () => NOW, width });
    const out = await exec(progress, '', ctx);
    assert.match(out, /^Progress · streak 0 days · 0 reviews today/);
    assert.match(out, /Mastery by area/);
    assert.match(out, /0 due today · 0 this week · 5 new/);
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `too wide: ${line}`);
    await ctx.close();
  });
}

s('--json parses and has the documented fields', async () => {
  const ctx = testSession({ now: () => NOW });
  const j = JSON.parse(await exec(progress, '--json', ctx));
  for (const k of ['today', 'areas', 'heatmapStart', 'perDay', 'streak', 'reviewsToday', 'dueToday', 'dueWeek', 'newCards', 'exercises', 'interview', 'retention', 'notRecording', 'memory']) assert.ok(k in j, k);
  assert.equal(Object.keys(j.areas[0]), ['area', 'name', 'mastery', 'lessons', 'read']);
  await ctx.close();
});

s('mock interviews show as a trend per kind (and in --json)', async () => {
  const ctx = testSession({ now: () => NOW, width: 60 });
  const store = await ctx.progress();
  const mock = (kind: 'design' | 'coding', at: number, score: number | null) =>
    store.recordMock({ id: `${kind}-${at}`, kind, title: 't', topic: 'x', startedAt: at, endedAt: at + 1, plannedMs: 1, usedMs: 1, status: score === null ? 'abandoned' : 'completed', score, file: null });
  assert.not.match(await exec(progress, '', ctx), 'Mock interviews', 'no section before the first mock');
  mock('design', NOW - 3 * 86_400_000, 50);
  mock('design', NOW - 86_400_000, 65);
  mock('coding', NOW - 86_400_000, null);
  const out = await exec(progress, '', ctx);
  assert.match(out, /Mock interviews\n[\s\S]*design\s+50 → 65 ↑15 · average 58/);
  assert.match(out, /coding\s+1 \(no score yet\)/);
  const j = JSON.parse(await exec(progress, '--json', ctx));
  assert.equal(j.mocks.map((m: { kind: string; scores: number[] }) => [m.kind, m.scores]), [['coding', []], ['design', [50, 65]]]);
  await ctx.close();
});

s('--help; words or unknown flags are usage errors (exit 2)', async () => {
  const ctx = testSession();
  assert.match(await exec(progress, '--help', ctx), /\.progress \[--json\][\s\S]*--json/);
  for (const bad of ['now', '--bogus']) {
    const o = await outcome(progress, bad, ctx);
    assert.is(exitCode(o), 2, bad);
    assert.ok(o.kind === 'error' && o.cause instanceof UsageError, bad);
  }
  await ctx.close();
});

s.run();

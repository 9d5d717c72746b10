import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadFolder } from '../../../src/corpus/load.ts';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import { dayOf, isoDay } from '../../../src/progress/day.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { today } from '../../../src/shell/commands/today.ts';
import { next } from '../../../src/shell/commands/next.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import { ROOT } from '../../helpers/pty.ts';

const t = suite('shell/commands/today');
const corpus = makeCorpus(loadFolder(join(ROOT, 'corpus'), { builtin: true }).lessons);
const NOW = new Date(2026, 11, 3, 9).getTime();

async function planned(width: number, over: { minutesPerDay?: number } = {}) {
  const ctx = testContext({ corpus, width, now: () => NOW });
  const store = await ctx.progress();
  store.setSettings({ interviewDate: isoDay(dayOf(NOW) + 10), ...over });
  return ctx;
}

t('today at 60 and 100 columns: the items with minutes and open marks, and the minutes left', async () => {
  for (const width of [60, 100]) {
    const ctx = await planned(width);
    const out = await exec(today, '', ctx);
    const lines = out.split('\n');
    assert.match(lines[0]!, /^Today · interview in 10 days \(\d{4}-\d{2}-\d{2}\) · 60 min a day$/);
    assert.ok(lines.some((l) => /^ ○ read .+ \d+ min/.test(l)), out);
    for (const l of lines) assert.ok(l.length <= width, `fits ${width}: ${l}`);
    assert.match(out, /\d+ of 60 min left today · \.next takes the first open item/);
    if (width >= 100) assert.match(out, /\.topic [a-z-]+/);
    await ctx.close();
  }
});

t('a lesson read today is marked done, and the minutes left shrink', async () => {
  const ctx = await planned(100);
  const before = JSON.parse(await exec(today, '--json', ctx));
  const first = before.items.find((i: { kind: string }) => i.kind === 'read');
  const store = await ctx.progress();
  store.lessonOpened(first.lessonId, NOW - 60_000)();
  const after = JSON.parse(await exec(today, '--json', ctx));
  const done = after.items.find((i: { lessonId?: string; kind: string }) => i.kind === 'read' && i.lessonId === first.lessonId);
  assert.is(done.done, true);
  assert.ok(after.remainingMinutes < before.remainingMinutes, `${before.remainingMinutes} -> ${after.remainingMinutes}`);
  assert.match(await exec(today, '', ctx), new RegExp(`✓ read ${first.title.slice(0, 10)}`));
  await ctx.close();
});

t('--json has the documented fields; the day fits the budget', async () => {
  const ctx = await planned(80, { minutesPerDay: 30 });
  const j = JSON.parse(await exec(today, '--json', ctx));
  for (const k of ['date', 'interviewDate', 'daysLeft', 'minutesPerDay', 'remainingMinutes', 'items']) assert.ok(k in j, k);
  assert.is(j.minutesPerDay, 30);
  assert.ok(j.items.reduce((s: number, i: { minutes: number }) => s + i.minutes, 0) <= 30);
  for (const i of j.items) for (const k of ['kind', 'minutes', 'command', 'done']) assert.ok(k in i, k);
  await ctx.close();
});

t('no interview date: says how to set one; extra words are a usage error (exit 2); --help; never writes itself', async () => {
  const ctx = testContext({ corpus, now: () => NOW });
  assert.match(await exec(today, '', ctx), /No interview date set.*\.plan --interview/s);
  const bad = await outcome(today, 'tomorrow', ctx);
  assert.is(bad.kind, 'error');
  assert.is(exitCode(bad), 2);
  assert.match(await exec(today, '--help', ctx), /\.today/);
  const quiet = testContext({ corpus, now: () => NOW, throwingStreams: true });
  (await quiet.progress()).setSettings({ interviewDate: isoDay(dayOf(NOW) + 3) });
  const o = await outcome(today, '', quiet);
  assert.is(o.kind, 'today');
  await ctx.close();
  await quiet.close();
});

t('.next takes the first open item of today, and .next go says so before it runs the same command', async () => {
  const ctx = await planned(100);
  const j = JSON.parse(await exec(today, '--json', ctx));
  const first = j.items.find((i: { done: boolean }) => !i.done);
  const n = await outcome(next, '', ctx);
  assert.ok(n.kind === 'recommendation');
  if (n.kind !== 'recommendation') return;
  assert.is(n.data.command, first.command);
  assert.match(n.data.reason, /today's plan, \d+ of 60 min left, interview in 10 days/);
  const go = await outcome(next, 'go', ctx);
  assert.ok(go.kind === 'many' && go.items[0]!.kind === 'message' && go.items[1]!.kind === 'run');
  if (go.kind === 'many' && go.items[1]!.kind === 'run') assert.is(go.items[1]!.line, first.command);
  await ctx.close();
});

t.run();

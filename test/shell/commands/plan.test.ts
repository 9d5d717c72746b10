// .plan against a test Context: data out (with the change it made), its view, --json, errors.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/shell/commands/index.ts'; // registers every command (.help reads them)
import { plan } from '../../../src/shell/commands/plan.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { isoDay, dayOf } from '../../../src/progress/day.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { UsageError } from '../../../src/errors.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import { miniCorpus, testSession } from '../../progress/helpers.ts';
import { join } from 'node:path';
import { loadFolder } from '../../../src/corpus/load.ts';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import { ROOT } from '../../helpers/pty.ts';

const builtin = makeCorpus(loadFolder(join(ROOT, 'corpus'), { builtin: true }).lessons);

const NOW = Date.UTC(2025, 6, 16, 15);
const inDays = (n: number) => isoDay(dayOf(NOW) + n);
const s = suite('.plan command');

s('returns plan data (the change saved) and never writes', async () => {
  const ctx = testContext({ corpus: miniCorpus(), now: () => NOW, throwingStreams: true });
  const o = await outcome(plan, `--interview ${inDays(20)} --retention 0.92`, ctx);
  assert.is(o.kind, 'plan');
  if (o.kind !== 'plan') return;
  assert.is(o.data.interviewDate, inDays(20));
  assert.is(o.data.daysLeft, 20);
  assert.is(o.data.baseRetention, 0.92);
  assert.is(o.data.notSaving, null);
  assert.is((await ctx.progress()).settings().interviewDate, inDays(20));
  await ctx.close();
});

for (const width of [60, 100]) {
  s(`its view at ${width} columns: every line fits, the day-by-day plan from today`, async () => {
    const ctx = testSession({ now: () => NOW, width });
    const out = await exec(plan, `--interview ${inDays(20)}`, ctx);
    assert.match(out, new RegExp(`^Interview ${inDays(20)} \\(in 20 days\\)`));
    assert.match(out, /Study plan · 60 min a day/);
    assert.match(out, /^Wed 07-16 +\d+m /m, 'the schedule starts today');
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `too wide: ${line}`);
    await ctx.close();
  });
}

s('without a date: the 7-day forecast and how to make a plan', async () => {
  const ctx = testSession({ now: () => NOW, width: 80 });
  const out = await exec(plan, '', ctx);
  assert.match(out, /no interview date set/);
  assert.match(out, /Due +today 0 · tmrw 0 · 07-18 0 · 07-19 0/);
  assert.match(out, /--interview DATE \(or \+10d\)/);
  await ctx.close();
});

s('--interview +10d --minutes-per-day 60: every day within 60 minutes, what does not fit is listed', async () => {
  const ctx = testContext({ corpus: builtin, now: () => NOW, width: 100 });
  const o = await outcome(plan, '--interview +10d --minutes-per-day 60', ctx);
  assert.ok(o.kind === 'plan' && o.data.schedule);
  if (o.kind !== 'plan' || !o.data.schedule) return;
  const sched = o.data.schedule;
  assert.is(o.data.interviewDate, inDays(10));
  assert.is(sched.days.length, 10);
  for (const d of sched.days) {
    const lessons = d.items.reduce((n, i) => n + (i.kind === 'read' ? builtin.byId.get(i.lessonId)!.minutes : 0), 0);
    assert.ok(lessons <= 60 && d.minutes <= 60, `${d.date}: ${d.minutes} min`);
  }
  assert.ok(sched.leftOut.length > 0);
  const out = await exec(plan, '', ctx);
  assert.match(out, new RegExp(`At 60 min a day, ${sched.lessons.planned} of 124 unread lessons fit; ${sched.leftOut.length} are left out`));
  assert.match(out, /Left out, lowest priority first:\nlow \(\d+\): /);
  const store = await ctx.progress();
  assert.is(store.settings().minutesPerDay, 60);
  // "in 2 weeks", focus and skip are kept; none clears them
  await exec(plan, '--interview "in 2 weeks" --focus databases,networking --skip behavioral', ctx);
  assert.equal(store.settings(), { ...store.settings(), interviewDate: inDays(14), focus: ['databases', 'networking'], skip: ['behavioral'] });
  const skipped = await outcome(plan, '', ctx);
  assert.ok(skipped.kind === 'plan' && skipped.data.schedule!.days.every((d) => d.items.every((i) => i.kind !== 'read' || builtin.byId.get(i.lessonId)!.area !== 'behavioral')));
  await exec(plan, '--skip none --focus none', ctx);
  assert.is(store.settings().skip, undefined);
  assert.is(store.settings().focus, undefined);
  await ctx.close();
});

s('--json: the documented fields (the shape it always had, plus notSaving)', async () => {
  const ctx = testSession({ now: () => NOW });
  const j = JSON.parse(await exec(plan, '--json', ctx));
  assert.equal(Object.keys(j).sort(), ['baseRetention', 'daysLeft', 'dueBeforeInterview', 'forecast', 'interviewDate', 'lessons', 'notSaving', 'pace', 'retentionToday', 'schedule', 'unread'].sort());
  assert.is(j.interviewDate, null);
  assert.is(j.forecast.length, 7);
  assert.is(j.schedule, null);
  await exec(plan, '--interview +3d', ctx);
  const withPlan = JSON.parse(await exec(plan, '--json', ctx));
  for (const k of ['today', 'interviewDate', 'daysLeft', 'minutesPerDay', 'days', 'lessons', 'leftOut', 'remainingToday']) assert.ok(k in withPlan.schedule, k);
  assert.is(withPlan.schedule.days.length, 3);
  await ctx.close();
});

s('--help; bad dates and retentions are usage errors (exit 2)', async () => {
  const ctx = testSession({ now: () => NOW });
  assert.match(await exec(plan, '--help', ctx), /--interview DATE[\s\S]*--minutes-per-day N[\s\S]*--focus AREA[\s\S]*--skip AREA[\s\S]*--retention R/);
  for (const bad of ['soon', '--interview 2025-13-01', '--interview soon', `--interview ${inDays(-1)}`, '--retention 2', '--retention x', '--bogus', '--minutes-per-day 0', '--minutes-per-day 2.5', '--focus nowhere', '--skip ,']) {
    const o = await outcome(plan, bad, ctx);
    assert.is(exitCode(o), 2, bad);
    assert.ok(o.kind === 'error' && o.cause instanceof UsageError, bad);
  }
  await ctx.close();
});

s.run();

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
  s(`its view at ${width} columns: every line fits, the 7-day forecast from today`, async () => {
    const ctx = testSession({ now: () => NOW, width });
    const out = await exec(plan, `--interview ${inDays(20)}`, ctx);
    assert.match(out, new RegExp(`^Interview ${inDays(20)} \\(in 20 days\\)`));
    assert.match(out, /Due +today 0 · tmrw 0 · 07-18 0 · 07-19 0/);
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `too wide: ${line}`);
    await ctx.close();
  });
}

s('--json: the documented fields (the shape it always had, plus notSaving)', async () => {
  const ctx = testSession({ now: () => NOW });
  const j = JSON.parse(await exec(plan, '--json', ctx));
  assert.equal(Object.keys(j).sort(), ['baseRetention', 'daysLeft', 'dueBeforeInterview', 'forecast', 'interviewDate', 'lessons', 'notSaving', 'pace', 'retentionToday', 'unread'].sort());
  assert.is(j.interviewDate, null);
  assert.is(j.forecast.length, 7);
  await ctx.close();
});

s('--help; bad dates and retentions are usage errors (exit 2)', async () => {
  const ctx = testSession({ now: () => NOW });
  assert.match(await exec(plan, '--help', ctx), /--interview YYYY-MM-DD[\s\S]*--retention R/);
  for (const bad of ['soon', '--interview 2025-13-01', `--interview ${inDays(-1)}`, '--retention 2', '--retention x', '--bogus']) {
    const o = await outcome(plan, bad, ctx);
    assert.is(exitCode(o), 2, bad);
    assert.ok(o.kind === 'error' && o.cause instanceof UsageError, bad);
  }
  await ctx.close();
});

s.run();

// .check against a test Context (a real sandbox): the report as data, failed (exit 1) until every
// check passes, its view at 60 and 100 columns, --json, and a writing prompt's rubric.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../../../src/shell/commands/check.ts';
import { practice } from '../../../src/shell/commands/practice.ts';
import { hint } from '../../../src/shell/commands/hint.ts';
import { warm } from '../../practice/helpers.ts';
import { closeAll, exitCode, fits, helpAndUnknownFlag, json, outcome, practiceContext, rendered } from './practice-helpers.ts';

const s = suite('.check');
s.after(closeAll);

const SUM = 'function sum(xs: number[]): number { return xs.reduce((a, b) => a + b, 0); }';

s('the starter fails: the report as data, failed (exit 1), recorded; the view at 60 and 100 columns', async () => {
  const ctx = practiceContext({ width: 60 });
  await warm(ctx);
  await outcome(practice, 'sum-array', ctx);
  const o = await outcome(check, '', ctx);
  assert.is(o.kind, 'check');
  assert.is(exitCode(o), 1);
  const d = (o as { data: { passed: number; failed: number; recorded: boolean } }).data;
  assert.equal([d.passed, d.failed, d.recorded], [1, 2, true]);
  assert.is(ctx.store.attempts.length, 1);
  for (const width of [60, 100]) {
    ctx.style.width = width;
    const text = await rendered(o, ctx);
    assert.match(text, /^judging sum from your workspace/);
    assert.match(text, / ✗ adds the numbers: sum\(\[1, 2, 3\]\): expected 6, got 0/);
    assert.match(text, /1\/3 passed · \.hint for a nudge/);
    fits(text, width);
  }
  // --json: the documented fields
  const j = (await json(check, '', ctx)) as Record<string, unknown>;
  for (const k of ['exercise', 'passed', 'failed', 'total', 'ms', 'judged', 'results', 'verdict', 'output', 'recorded']) assert.ok(k in j, `has ${k}`);
  assert.is(j.verdict, 'finished');
  assert.equal(Object.keys((j.results as object[])[0]!).sort(), ['name', 'ok']);
  // solved: exit 0
  await ctx.evaluate(SUM);
  const good = await outcome(check, '', ctx);
  assert.is(exitCode(good), 0);
  assert.match((await rendered(good, ctx)).replace(/\s+/g, ' '), /all 3 checks passed/);
});

s('each check records the hints seen so far (the memory model brings a pass that needed them back sooner)', async () => {
  const ctx = practiceContext();
  await warm(ctx);
  await outcome(practice, 'sum-array', ctx);
  await outcome(check, '', ctx);
  await outcome(hint, '', ctx);
  await outcome(hint, '', ctx);
  await ctx.evaluate(SUM);
  await outcome(check, '', ctx);
  assert.equal(ctx.store.attempts.map((a) => [a.failed === 0, a.hints]), [[false, 0], [true, 2]]);
});

s('a writing prompt: the rubric as data (the STAR criteria when it names none)', async () => {
  const ctx = practiceContext();
  await outcome(practice, 'draft-star-method', ctx);
  const o = await outcome(check, '', ctx);
  assert.is(o.kind, 'rubric');
  assert.ok((o as { data: { criteria: string[] } }).data.criteria.length > 0);
  assert.match(await rendered(o, ctx), /Judge your draft against these criteria/);
});

s('errors: no exercise, an argument, an unknown flag: usage (exit 2); --help', async () => {
  const ctx = practiceContext();
  const none = await outcome(check, '', ctx);
  assert.is(exitCode(none), 2);
  assert.match((none as { message: string }).message, /no exercise in progress/);
  await outcome(practice, 'draft-star-method', ctx);
  assert.is(exitCode(await outcome(check, 'now', ctx)), 2);
  await helpAndUnknownFlag(check);
});

s('never writes to a stream itself', async () => {
  const ctx = practiceContext({ throwingStreams: true });
  await outcome(practice, 'draft-star-method', ctx);
  assert.is((await outcome(check, '', ctx)).kind, 'rubric');
});

s.run();

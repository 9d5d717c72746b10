// .solution against a test Context: shown once solved, or by --give-up; otherwise an `ask` effect
// whose answer decides (null: nobody could answer, today's message).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { solution } from '../../../src/shell/commands/solution.ts';
import { practice } from '../../../src/shell/commands/practice.ts';
import type { Outcome } from '../../../src/shell/outcome.ts';
import { closeAll, exitCode, fits, helpAndUnknownFlag, json, outcome, practiceContext, rendered } from './practice-helpers.ts';

const s = suite('.solution');
s.after(closeAll);

type Ask = Extract<Outcome, { kind: 'ask' }>;

s('before the checks pass: an ask effect; yes shows it, no and null (a script) say why not', async () => {
  const ctx = practiceContext();
  await outcome(practice, 'sum-array', ctx);
  const o = await outcome(solution, '', ctx);
  assert.is(o.kind, 'ask');
  const ask = o as Ask;
  assert.match(ask.question, /Give up and see the solution\? \[y\/N\]/);
  const nobody = await ask.resume(null);
  assert.match((nobody as { data: { text: string } }).data.text, /^Not yet: sum-array's checks have not all passed\. .*--give-up/);
  const no = await ask.resume(false);
  assert.match((no as { data: { text: string } }).data.text, /^Keep going/);
  assert.is(ctx.state.exercise!.gaveUp, false);
  const yes = await ask.resume(true);
  assert.is(yes.kind, 'solution');
  assert.is(ctx.state.exercise!.gaveUp, true);
  // given up: shown at once from now on
  assert.is((await outcome(solution, '', ctx)).kind, 'solution');
});

s('--give-up: the solution as data, paged wide; the view fits 60 and 100 columns (code is cut by the runner)', async () => {
  for (const width of [60, 100]) {
    const ctx = practiceContext({ width });
    await outcome(practice, 'sum-array', ctx);
    const o = await outcome(solution, '--give-up', ctx);
    assert.is(o.kind, 'solution');
    assert.is((o as { page?: unknown }).page, 'wide');
    const text = await rendered(o, ctx);
    assert.match(text, /^Reference solution for sum-array:/);
    fits(text.split('\n')[0]!, width);
  }
});

s('--json: exercise, writing, lang, solution', async () => {
  const ctx = practiceContext();
  await outcome(practice, 'sum-array', ctx);
  const d = (await json(solution, '--give-up', ctx)) as Record<string, unknown>;
  assert.equal(Object.keys(d).sort(), ['exercise', 'lang', 'solution', 'writing']);
  assert.is(d.lang, 'ts');
});

s('errors: an unknown id is not found (exit 1); no exercise in progress, two ids, a bad flag: usage (exit 2)', async () => {
  const ctx = practiceContext();
  const missing = await outcome(solution, 'no-such-exercise', ctx);
  assert.is(exitCode(missing), 1);
  assert.match((missing as { message: string }).message, /no exercise "no-such-exercise"/);
  assert.is(exitCode(await outcome(solution, '', ctx)), 2);
  assert.is(exitCode(await outcome(solution, 'a b', ctx)), 2);
  await helpAndUnknownFlag(solution);
});

s('never writes to a stream itself (the question is the shell\'s)', async () => {
  const ctx = practiceContext({ throwingStreams: true });
  await outcome(practice, 'sum-array', ctx);
  assert.is((await outcome(solution, '', ctx)).kind, 'ask');
  assert.is((await outcome(solution, 'draft-star-method', ctx)).kind, 'solution');
});

s.run();

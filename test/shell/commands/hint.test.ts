// .hint against a test Context.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hint } from '../../../src/shell/commands/hint.ts';
import { practice } from '../../../src/shell/commands/practice.ts';
import { closeAll, exitCode, fits, helpAndUnknownFlag, json, outcome, practiceContext, rendered } from './practice-helpers.ts';

const s = suite('.hint');
s.after(closeAll);

s('the hints one at a time as data, then all of them; the view hangs "hint 1/2" at 60 and 100 columns', async () => {
  for (const width of [60, 100]) {
    const ctx = practiceContext({ width });
    await outcome(practice, 'sum-array', ctx);
    const first = await outcome(hint, '', ctx);
    assert.equal((first as { data: unknown }).data, { exercise: 'sum-array', total: 2, n: 1, hint: ctx.state.exercise!.exercise.hints[0] });
    const text = await rendered(first, ctx);
    assert.match(text, /^hint 1\/2 {2}\S/);
    assert.match(text, /\.hint again for the next \(1 left\)/);
    fits(text, width);
    await outcome(hint, '', ctx);
    const all = await outcome(hint, '', ctx);
    assert.equal(((all as { data: { all: string[] } }).data.all).length, 2);
    assert.match(await rendered(all, ctx), /all 2 hints shown/);
  }
});

s('--json: exercise, total, n and hint', async () => {
  const ctx = practiceContext();
  await outcome(practice, 'sum-array', ctx);
  const d = (await json(hint, '', ctx)) as Record<string, unknown>;
  assert.equal(Object.keys(d).sort(), ['exercise', 'hint', 'n', 'total']);
});

s('without an exercise, or with an argument: usage errors (exit 2); --help', async () => {
  const ctx = practiceContext();
  const none = await outcome(hint, '', ctx);
  assert.is(exitCode(none), 2);
  assert.match((none as { message: string }).message, /no exercise in progress/);
  await outcome(practice, 'sum-array', ctx);
  assert.is(exitCode(await outcome(hint, 'more', ctx)), 2);
  await helpAndUnknownFlag(hint);
});

s('never writes to a stream itself', async () => {
  const ctx = practiceContext({ throwingStreams: true });
  await outcome(practice, 'sum-array', ctx);
  assert.is((await outcome(hint, '', ctx)).kind, 'hint');
});

s.run();

// .practice against a test Context: the exercise as data, its view at 60 and 100 columns, --json,
// --help, its errors by kind, and that it never writes itself.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { practice } from '../../../src/shell/commands/practice.ts';
import { closeAll, exitCode, fits, helpAndUnknownFlag, json, outcome, practiceContext, rendered } from './practice-helpers.ts';

const s = suite('.practice');
s.after(closeAll);

s('returns the exercise as data; the view shows header, task, starter and what to do, at 60 and 100 columns', async () => {
  for (const width of [60, 100]) {
    const ctx = practiceContext({ width });
    const o = await outcome(practice, 'sum-array', ctx);
    assert.is(o.kind, 'exercise');
    const d = (o as { data: Record<string, unknown> }).data;
    assert.is(d.id, 'sum-array');
    assert.is(d.kind, 'checks');
    assert.is(d.hints, 2);
    assert.ok(Array.isArray(d.notes));
    const text = await rendered(o, ctx);
    assert.match(text, /^Sum an array\nexercise sum-array · Algorithm patterns · easy/);
    assert.match(text, /Starter/);
    assert.match(text, /\.check runs the checks · \.hint \(2\)/);
    fits(text.split('\n').filter((l) => !/^\s/.test(l)).join('\n'), width);
    assert.is(ctx.state.exercise?.exercise.id, 'sum-array');
  }
});

s('--json: the documented fields', async () => {
  const d = (await json(practice, 'sum-array', practiceContext())) as Record<string, unknown>;
  for (const k of ['id', 'title', 'lesson', 'area', 'difficulty', 'kind', 'prompt', 'starter', 'hints', 'trusted', 'solvedBefore', 'workspace', 'notes']) {
    assert.ok(k in d, `has ${k}`);
  }
  assert.is(d.lesson, 'array-sums');
});

s('several matches: a list of candidates as data', async () => {
  const o = await outcome(practice, 'sums', practiceContext());
  assert.is(o.kind, 'exercise-matches');
  assert.equal((o as { data: { matches: { id: string }[] } }).data.matches.map((m) => m.id).sort(), ['running-total', 'sum-array']);
});

s('no match: not found (exit 1); --help and an unknown flag (exit 2)', async () => {
  const o = await outcome(practice, 'quantum teleport', practiceContext());
  assert.is(o.kind, 'error');
  assert.is(exitCode(o), 1);
  assert.match((o as { message: string }).message, /no exercise matches "quantum teleport"/);
  await helpAndUnknownFlag(practice);
});

s('never writes to a stream itself', async () => {
  const o = await outcome(practice, 'sum-array', practiceContext({ throwingStreams: true }));
  assert.is(o.kind, 'exercise');
});

s.run();

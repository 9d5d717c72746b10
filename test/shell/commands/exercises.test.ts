// .exercises against a test Context.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exercises } from '../../../src/shell/commands/exercises.ts';
import { closeAll, exitCode, fits, helpAndUnknownFlag, json, outcome, practiceContext, rendered } from './practice-helpers.ts';
import { memoryStore } from '../../practice/helpers.ts';

const s = suite('.exercises');
s.after(closeAll);

s('rows as data with the marks; the view fits 60 and 100 columns, paged when long', async () => {
  const store = memoryStore();
  store.recordAttempt({ exerciseId: 'sum-array', lessonId: 'array-sums', codeHash: 'x', passed: 3, failed: 0, durationMs: 1 });
  for (const width of [60, 100]) {
    const ctx = practiceContext({ width, store });
    const o = await outcome(exercises, '', ctx);
    assert.is(o.kind, 'exercises');
    assert.is((o as { page?: unknown }).page, true);
    const text = await rendered(o, ctx);
    assert.match(text, /^1\/3 solved/);
    assert.match(text, / 1 ✓ sum-array/);
    fits(text, width);
    assert.is(ctx.state.exerciseList.length, 4, '.practice N reads this list');
  }
});

s('--json keeps its shape: solved, attempted, total, exercises [{id, title, lesson, area, difficulty, kind, status}]', async () => {
  const d = (await json(exercises, '', practiceContext())) as { exercises: Record<string, unknown>[] } & Record<string, unknown>;
  assert.equal(Object.keys(d).sort(), ['attempted', 'exercises', 'solved', 'total']);
  assert.equal(Object.keys(d.exercises[0]!).sort(), ['area', 'difficulty', 'id', 'kind', 'lesson', 'status', 'title']);
  const star = d.exercises.find((e) => e.id === 'draft-star-method')!;
  assert.equal([star.kind, star.status], ['writing', 'new']);
  const only = (await json(exercises, '--area behavioral', practiceContext())) as { exercises: unknown[] };
  assert.is(only.exercises.length, 1);
});

s('errors: an unknown area is not found (exit 1); a stray word or flag is a usage error (exit 2)', async () => {
  const ctx = practiceContext();
  const area = await outcome(exercises, '--area astrology', ctx);
  assert.is(exitCode(area), 1);
  assert.match((area as { message: string }).message, /no area "astrology" \(areas: /);
  assert.is(exitCode(await outcome(exercises, 'algorithms', ctx)), 2);
  await helpAndUnknownFlag(exercises);
});

s('never writes to a stream itself', async () => {
  assert.is((await outcome(exercises, '', practiceContext({ throwingStreams: true }))).kind, 'exercises');
});

s.run();

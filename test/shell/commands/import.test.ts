// .import against a test Context: what was merged as data; a rejected entry makes it failed
// (exit 1) with the rest imported; a missing file is not found (1); a wrong file is usage (2).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../../src/shell/commands/index.ts'; // registers every command (.help reads them)
import { importCommand } from '../../../src/shell/commands/import.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { NotFoundError, UsageError } from '../../../src/errors.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import { miniCorpus, tempDir, testSession } from '../../progress/helpers.ts';

const s = suite('.import command');

function exportFile(reviews: unknown[]): string {
  const file = join(tempDir(), 'progress.json');
  writeFileSync(file, JSON.stringify({ format: 'swelearn-progress', version: 1, reviews }));
  return file;
}
const st = { due: Date.now() + 86_400_000, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: Date.now() - 1000 };
const review = (id: string, over: object = {}) => ({ id, cardId: 'caching:1', lessonId: 'caching', grade: 3, at: Date.now() - 1000, durationMs: 5, before: null, after: st, ...over });

s('returns what it merged and never writes; a rejected entry: failed, exit 1, the rest imported', async () => {
  const ctx = testContext({ corpus: miniCorpus(), throwingStreams: true });
  const ok = await outcome(importCommand, exportFile([review('a')]), ctx);
  assert.is(ok.kind, 'imported');
  assert.is(exitCode(ok), 0);
  if (ok.kind === 'imported') assert.equal(ok.data.reviews, { added: 1, skipped: 0 });
  const bad = await outcome(importCommand, exportFile([review('b'), review('c', { cardId: undefined })]), ctx);
  assert.is(bad.kind, 'imported');
  assert.is(exitCode(bad), 1);
  if (bad.kind === 'imported') {
    assert.equal(bad.data.reviews, { added: 1, skipped: 0 });
    assert.equal(bad.data.rejected, [{ where: 'reviews[1]', id: 'c', reason: 'cardId is missing' }]);
  }
  assert.is((await ctx.progress()).reviewCount(), 2);
  await ctx.close();
});

for (const width of [60, 100]) {
  s(`its view at ${width} columns`, async () => {
    const ctx = testSession({ width });
    const out = await exec(importCommand, exportFile([review('a'), review('c', { cardId: undefined })]), ctx);
    assert.match(out, /^Imported from .*progress\.json: 1 reviews, 0 lesson reads, 0 attempts\nRejected 1 entry with impossible values \(not imported\):\n {2}reviews\[1\] \(id c\): cardId is missing$/);
    for (const line of out.split('\n').slice(1)) assert.ok(visibleWidth(line) <= width, `too wide: ${line}`);
    await ctx.close();
  });
}

s('--json: the counts, the settings taken and the rejected entries', async () => {
  const ctx = testSession();
  const j = JSON.parse(await exec(importCommand, [exportFile([review('a')]), '--json'], ctx));
  assert.equal(Object.keys(j).sort(), ['attempts', 'file', 'lessonViews', 'rejected', 'reviews', 'settings']);
  assert.equal(j.reviews, { added: 1, skipped: 0 });
  await ctx.close();
});

s('--help; errors by kind', async () => {
  const ctx = testSession();
  assert.match(await exec(importCommand, '--help', ctx), /\.import FILE/);
  const notJson = join(tempDir(), 'x.json');
  writeFileSync(notJson, '{ nope');
  const cases: [string, number, typeof UsageError][] = [
    ['', 2, UsageError],
    ['a b', 2, UsageError],
    ['--bogus x', 2, UsageError],
    [tempDir(), 2, UsageError],
    [notJson, 2, UsageError],
    [join(tempDir(), 'missing.json'), 1, NotFoundError],
  ];
  for (const [args, code, kind] of cases) {
    const o = await outcome(importCommand, args, ctx);
    assert.is(exitCode(o), code, args);
    assert.ok(o.kind === 'error' && o.cause instanceof kind, `${args}: ${o.kind === 'error' ? o.message : o.kind}`);
  }
  await ctx.close();
});

s.run();

// .export against a test Context: the export itself as data (the file format), or where it was
// written; --json, --help, errors by kind.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../../src/shell/commands/index.ts'; // registers every command (.help reads them)
import { exportCommand } from '../../../src/shell/commands/export.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { StoreError, UsageError } from '../../../src/errors.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import { miniCorpus, tempDir, testSession } from '../../progress/helpers.ts';

const s = suite('.export command');

s('returns the export, or where it wrote it, and never writes to a stream', async () => {
  const ctx = testContext({ corpus: miniCorpus(), throwingStreams: true });
  const o = await outcome(exportCommand, '', ctx);
  assert.is(o.kind, 'progress-export');
  if (o.kind === 'progress-export') assert.is(o.data.format, 'swelearn-progress');
  const file = join(tempDir(), 'p.json');
  const w = await outcome(exportCommand, file, ctx);
  assert.equal(w.kind === 'exported' && w.data, { format: 'progress', file, target: file, viaSymlink: false, reviews: 0, lessonViews: 0, attempts: 0 });
  assert.is(JSON.parse(readFileSync(file, 'utf8')).version, 1);
  const tsv = join(tempDir(), 'cards.tsv');
  const a = await outcome(exportCommand, `--anki ${tsv} --area databases`, ctx);
  assert.equal(a.kind === 'exported' && a.data, { format: 'anki', file: tsv, target: tsv, viaSymlink: false, cards: 1, lessons: 1 });
  await ctx.close();
});

for (const width of [60, 100]) {
  s(`its view at ${width} columns`, async () => {
    const ctx = testSession({ width });
    const json = await exec(exportCommand, '', ctx);
    assert.is(JSON.parse(json).format, 'swelearn-progress', 'without FILE it prints the file format');
    const tsv = join(tempDir(), 'c.tsv');
    const out = await exec(exportCommand, `--anki ${tsv}`, ctx);
    assert.match(out, /^Exported 5 cards from 4 lessons to .*c\.tsv\n/);
    for (const line of out.split('\n').slice(1)) assert.ok(visibleWidth(line) <= width, `too wide: ${line}`);
    await ctx.close();
  });
}

s('--json: where it wrote, as documented', async () => {
  const ctx = testSession();
  const file = join(tempDir(), 'p.json');
  const j = JSON.parse(await exec(exportCommand, `${file} --json`, ctx));
  assert.equal(Object.keys(j), ['format', 'file', 'target', 'viaSymlink', 'reviews', 'lessonViews', 'attempts']);
  await ctx.close();
});

s('--help; usage errors exit 2, a refused file exits 1', async () => {
  const ctx = testSession();
  assert.match(await exec(exportCommand, '--help', ctx), /--anki FILE\.tsv[\s\S]*--area A[\s\S]*--tag T/);
  for (const bad of ['a b', '--area x', '--anki', `--anki ${join(tempDir(), 'x.tsv')} --tag nope`, '--bogus']) {
    const o = await outcome(exportCommand, bad, ctx);
    assert.is(exitCode(o), 2, bad);
    assert.ok(o.kind === 'error' && o.cause instanceof UsageError, bad);
  }
  const dir = await outcome(exportCommand, tempDir(), ctx);
  assert.is(exitCode(dir), 1);
  assert.ok(dir.kind === 'error' && dir.cause instanceof StoreError);
  await ctx.close();
});

s.run();

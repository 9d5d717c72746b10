import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { LessonIndex } from '../../src/search/lesson-index.ts';
import { indexFor, indexInfo, searchableIndex, setSnapshotLoader, snapshotFile } from '../../src/search/provider.ts';
import { LESSONS, DEADLOCK, manyLessons } from './helpers.ts';

const s = suite('search/provider');

s.after.each(() => setSnapshotLoader(null));

s('without a snapshot the index is built from the corpus, once per corpus', async () => {
  const corpus = makeCorpus(LESSONS);
  const a = indexFor(corpus);
  assert.is(indexFor(corpus), a, 'the same promise');
  const index = await a;
  assert.is(index.size, LESSONS.length);
  assert.is(indexInfo(corpus)?.source, 'built');
  assert.is.not(await indexFor(makeCorpus(LESSONS)), index, 'another corpus, another index');
});

s('with a snapshot the index is loaded, and lessons it lacks are added', async () => {
  const builtin = LESSONS.filter((l) => l !== DEADLOCK);
  const snap = await LessonIndex.build(builtin).export();
  let calls = 0;
  setSnapshotLoader(async () => {
    calls++;
    return JSON.parse(JSON.stringify(snap));
  });
  const corpus = makeCorpus(LESSONS);
  const index = await indexFor(corpus);
  assert.is(calls, 1);
  assert.equal(indexInfo(corpus), { ...indexInfo(corpus)!, source: 'snapshot', lessons: LESSONS.length });
  assert.is(index.search('coffman conditions')[0]?.lesson.id, 'deadlock');
  assert.is(index.search('websockets')[0]?.lesson.id, 'websockets-long-polling');
});

s('a snapshot that cannot be used is noted and the index is built instead', async () => {
  setSnapshotLoader(async () => ({ format: 'swelearn-search-index', version: 'old' }));
  const corpus = makeCorpus(LESSONS);
  const index = await indexFor(corpus);
  assert.is(index.size, LESSONS.length);
  assert.is(indexInfo(corpus)?.source, 'built');
  assert.match(indexInfo(corpus)?.note ?? '', /version/);

  setSnapshotLoader(async () => {
    throw new Error('disk on fire');
  });
  const corpus2 = makeCorpus(LESSONS);
  assert.is((await indexFor(corpus2)).size, LESSONS.length);
  assert.match(indexInfo(corpus2)?.note ?? '', /disk on fire/);
});

s('while a big corpus is still being indexed, the snapshot lessons are searchable and progress is known', async () => {
  setSnapshotLoader(async () => JSON.parse(JSON.stringify(await LessonIndex.build(LESSONS).export())));
  const extra = manyLessons(1500);
  const corpus = makeCorpus([...LESSONS, ...extra]);
  const early = await searchableIndex(corpus, 0);
  assert.ok(early.indexing, 'still indexing');
  assert.is(early.indexing!.total, LESSONS.length + extra.length);
  assert.ok(early.indexing!.done >= LESSONS.length && early.indexing!.done < early.indexing!.total, JSON.stringify(early.indexing));
  assert.is(early.index.search('websockets')[0]?.lesson.id, 'websockets-long-polling', 'built-ins answer at once');
  const full = await indexFor(corpus);
  assert.is(full, early.index, 'the same index, filled in');
  assert.is(full.size, LESSONS.length + extra.length);
  assert.is((await searchableIndex(corpus, 0)).indexing, null);
  assert.ok(full.search('gen 1499 alpha').length > 0);
});

s('snapshotFile: reads a JSON file; a missing file means no snapshot', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'swelearn-search-'));
  const file = join(dir, 'search-index.json');
  assert.is(await snapshotFile(file)(), null);
  writeFileSync(file, JSON.stringify(await LessonIndex.build(LESSONS).export()));
  setSnapshotLoader(snapshotFile(file));
  const corpus = makeCorpus(LESSONS);
  await indexFor(corpus);
  assert.is(indexInfo(corpus)?.source, 'snapshot');
});

s.run();

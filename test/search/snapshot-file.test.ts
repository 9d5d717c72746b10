// The index snapshot as lines (src/search/snapshot-file.ts), read and restored in slices: the
// index that comes back searches as the built one does, big maps are cut into many lines, and the
// reader gives the event loop a turn between its steps.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../../src/corpus/load.ts';
import { LessonIndex } from '../../src/search/lesson-index.ts';
import { parseSnapshotText, snapshotText } from '../../src/search/snapshot-file.ts';
import { timeSlicer } from '../../src/util/time-slice.ts';

const s = suite('search/snapshot-file');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { lessons } = loadFolder(`${ROOT}corpus`, { builtin: true });
const built = LessonIndex.build(lessons);

s('lines round-trip to an index that searches as the built one, restored step by step', async () => {
  const snap = await built.export();
  const text = snapshotText(snap);
  const lines = text.trim().split('\n');
  // the body map (tens of thousands of terms) is many lines, none of them huge
  assert.ok(lines.length > 15, `${lines.length} lines`);
  assert.ok(Math.max(...lines.map((l) => l.length)) < 100_000, 'no line holds a whole map');
  let steps = 0;
  const parsed = await parseSnapshotText(text, () => {
    steps++;
  });
  assert.is(steps, lines.length - 1, 'a step per line after the header');
  const p = parsed as typeof snap;
  const original = JSON.parse(JSON.stringify(snap)) as typeof snap;
  assert.equal([p.format, p.version, p.lessons, p.vocabulary], [original.format, original.version, original.lessons, original.vocabulary]);
  // the maps come back cut into pieces, in order: joined, they are the exported ones
  const joined = (flex: typeof snap.flex) => {
    const byKey = new Map<string, unknown[]>();
    for (const [key, data] of flex) byKey.set(key, [...(byKey.get(key) ?? []), ...(data as unknown[])]);
    return [...byKey];
  };
  assert.ok(p.flex.length > original.flex.length, 'big maps are several lines');
  assert.equal(joined(p.flex), joined(original.flex));
  steps = 0;
  const restored = await LessonIndex.fromSnapshotAsync(parsed, lessons, () => {
    steps++;
  });
  assert.ok(steps > lessons.length, 'a step per lesson at least');
  for (const q of ['consistent hashing', 'three way handshake', 'webs', 'consistant', 'b tree index']) {
    assert.equal(
      restored.search(q).map((h) => [h.lesson.id, h.score, h.section]),
      built.search(q).map((h) => [h.lesson.id, h.score, h.section]),
      q,
    );
  }
});

s('one JSON document (an older snapshot, or a hand-made one) is read as it is', async () => {
  const snap = JSON.parse(JSON.stringify(await built.export()));
  assert.equal(await parseSnapshotText(JSON.stringify(snap), () => {}), snap);
});

s('timeSlicer yields only once its time is used up', async () => {
  const slice = timeSlicer(5);
  assert.is(slice(), undefined, 'free while within the slice');
  const until = performance.now() + 6;
  while (performance.now() < until);
  let turned = false;
  setImmediate(() => (turned = true));
  await slice();
  assert.ok(turned, 'the event loop had a turn');
});

s.run();

// util/json-lines.ts: a head and one item per line, read back item by item with a turn for the
// event loop between (the built-in lessons' snapshot, dist/corpus.json, is written this way).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { jsonLines, parseJsonLines } from '../../src/util/json-lines.ts';

const s = suite('util/json-lines');

s('round trip: the head, then each item, with a step before each item', async () => {
  const items = [{ id: 'a', text: 'line\nbreak' }, [1, 2, 3], 'plain', null];
  const text = jsonLines({ format: 1 }, items);
  assert.is(text.split('\n').length, items.length + 2, 'a line each, and a final newline');
  let steps = 0;
  const back = await parseJsonLines(text, () => {
    steps++;
  });
  assert.equal(back, { head: { format: 1 }, items });
  assert.is(steps, items.length);
});

s('one JSON document is a head with no items; a broken line throws', async () => {
  assert.equal(await parseJsonLines('{"format":1,"lessons":[]}', () => {}), { head: { format: 1, lessons: [] }, items: [] });
  try {
    await parseJsonLines('{"format":1}\n{oops\n', () => {});
    assert.unreachable('parsed a broken line');
  } catch (e) {
    assert.instance(e, SyntaxError);
  }
});

s.run();

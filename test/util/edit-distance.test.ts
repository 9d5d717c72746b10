import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { editDistance } from '../../src/util/edit-distance.ts';

const s = suite('editDistance');

s('counts insertions, deletions and substitutions', () => {
  assert.is(editDistance('kitten', 'sitting'), 3);
  assert.is(editDistance('websokets', 'websockets'), 1);
  assert.is(editDistance('same', 'same'), 0);
});

s('an empty side costs the other side’s length', () => {
  assert.is(editDistance('', 'abc'), 3);
  assert.is(editDistance('abc', ''), 3);
  assert.is(editDistance('', ''), 0);
});

s('a swap of neighbours is one edit', () => {
  assert.is(editDistance('djikstra', 'dijkstra'), 1);
  assert.is(editDistance('.hepl', '.help'), 1);
  assert.is(editDistance('ab', 'ba'), 1);
});

s('is symmetric', () => {
  for (const [a, b] of [['kitten', 'sitting'], ['flaw', 'lawn'], ['abc', 'acbd'], ['', 'x']] as const) {
    assert.is(editDistance(a, b), editDistance(b, a), `${a} / ${b}`);
  }
});

s('stops past max with max + 1', () => {
  assert.is(editDistance('abc', 'xyzxyz', 2), 3, 'lengths alone exceed max');
  assert.is(editDistance('abcdef', 'uvwxyz', 2), 3, 'rows exceed max');
  assert.is(editDistance('kitten', 'sitting', 3), 3, 'exactly max is returned as is');
});

s('a long string after short ones (the reused rows grow)', () => {
  assert.is(editDistance('ab', 'ac'), 1);
  const long = 'x'.repeat(200);
  assert.is(editDistance(long, long + 'y'), 1);
  assert.is(editDistance('a' + long, long), 1);
  assert.is(editDistance('ab', 'ac'), 1);
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stem } from '../../src/search/stem.ts';

const s = suite('search/stem');

s('follows the Porter algorithm on its reference words', () => {
  const pairs: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', plastered: 'plaster', motoring: 'motor',
    hopping: 'hop', falling: 'fall', filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit',
    digitizer: 'digit', vietnamization: 'vietnam', hopefulness: 'hope', formaliti: 'formal', electrical: 'electr',
    goodness: 'good', allowance: 'allow', adjustment: 'adjust', adoption: 'adopt', effective: 'effect', probate: 'probat',
    rate: 'rate', controll: 'control', roll: 'roll', generalization: 'gener', oscillators: 'oscil',
  };
  for (const [word, expected] of Object.entries(pairs)) assert.is(stem(word), expected, word);
});

s('gives the forms of one word the same stem', () => {
  for (const group of [
    ['cache', 'caching', 'cached', 'caches'],
    ['partition', 'partitions', 'partitioning', 'partitioned'],
    ['consistent', 'consistency', 'consistant'],
    ['websocket', 'websockets'],
  ]) {
    assert.equal(new Set(group.map(stem)).size, 1, group.join(' '));
  }
});

s('keeps short words and words with digits', () => {
  assert.is(stem('is'), 'is');
  assert.is(stem('http2'), 'http2');
  assert.is(stem('2pc'), '2pc');
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { keyTerms, normalize } from '../../src/drill/key-terms.ts';

const k = suite('drill/key-terms');

k('answers compare as plain words: case, accents, markdown and punctuation do not count', () => {
  assert.is(normalize('`Read-Your-Writes`, café!'), 'read your writes cafe');
});

k('a correct paraphrase in other word forms and order misses nothing', () => {
  const r = keyTerms('messages are processed in sequence, one partition keeps order', 'A partition keeps its messages in order, so everything in it is processed in sequence.')!;
  assert.equal(r.missing, []);
  assert.is(r.found, r.total);
});

k('synonyms and a typo count; what is really left out is named', () => {
  assert.equal(keyTerms('shard the db', 'Partition the database.')!.missing, []);
  assert.equal(keyTerms('the conection is pinned', 'The connection is stateful and pinned.')!.missing, ['stateful']);
  const off = keyTerms('a hash map', 'Requests spread across servers.')!;
  assert.equal(off.missing.slice(0, 2), ['requests', 'servers']);
  assert.is(off.found, 0);
});

k('nothing typed: null; vague words are not key terms', () => {
  assert.is(keyTerms('  ', 'x'), null);
  assert.is(keyTerms('x', 'everything else, all of it')!.total, 1);
});

k.run();

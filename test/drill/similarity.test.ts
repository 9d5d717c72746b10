import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { levenshtein, normalize, similarity } from '../../src/drill/similarity.ts';

const sim = suite('similarity');

sim('nothing typed gives no cue', () => {
  assert.is(similarity('', 'anything'), null);
  assert.is(similarity('  ', 'anything'), null);
});

sim('the same answer, up to case, punctuation and markdown, is a match', () => {
  assert.equal(similarity('101 switching protocols', '**101 Switching Protocols.**'), { score: 1, cue: 'match', missing: [] });
  assert.is(normalize('`Read-Your-Writes`, café!'), 'read your writes cafe');
});

sim('key terms count, stop words do not, typos in long words are forgiven', () => {
  const r = similarity('the connection is pinned to one sever', 'Each connection is stateful and pinned to one server for its lifetime.')!;
  // key terms: each, connection, stateful, pinned, one, server, lifetime -> 4 of 7 found
  assert.ok(r.score > 0.5 && r.score < 0.7, `score ${r.score}`);
  assert.is(r.cue, 'partial');
  assert.equal(r.missing, ['stateful', 'lifetime', 'each']);
});

sim('close and different answers get different cues', () => {
  assert.is(similarity('round robbin', 'Round robin.')!.cue, 'match');
  assert.is(similarity('requests over servers', 'Requests across servers.')!.cue, 'close');
  assert.is(similarity('a hash map', 'Requests across servers.')!.cue, 'different');
});

sim('levenshtein', () => {
  assert.is(levenshtein('kitten', 'sitting'), 3);
  assert.is(levenshtein('', 'abc'), 3);
  assert.is(levenshtein('same', 'same'), 0);
});

sim.run();

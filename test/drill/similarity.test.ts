import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalize, similarity } from '../../src/drill/similarity.ts';

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
  // key terms (the one stop-word list drops each, one): connection, stateful, pinned, server,
  // lifetime -> 3 of 5 found, "sever" counting as server
  assert.is(r.score, 0.6);
  assert.is(r.cue, 'close');
  assert.equal(r.missing, ['stateful', 'lifetime']);
  const fewer = similarity('the connection is pinned', 'Each connection is stateful and pinned to one server for its lifetime.')!;
  assert.is(fewer.cue, 'partial', '2 of 5');
});

sim('close and different answers get different cues', () => {
  assert.is(similarity('round robbin', 'Round robin.')!.cue, 'match');
  assert.is(similarity('requests over servers', 'Requests across servers.')!.cue, 'close');
  assert.is(similarity('a hash map', 'Requests across servers.')!.cue, 'different');
});

sim.run();

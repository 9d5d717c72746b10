import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFromChild } from '../../src/practice/sandbox-protocol.ts';

const s = suite('sandbox-protocol');

s('accepts the known messages', () => {
  assert.equal(parseFromChild({ type: 'ready' }), { type: 'ready' });
  assert.equal(parseFromChild({ type: 'declared', names: ['a'] }), { type: 'declared', names: ['a'] });
  assert.equal(parseFromChild({ type: 'start', index: 0, name: 'a' }), { type: 'start', index: 0, name: 'a' });
  const result = { name: 'a', ok: false, message: 'x', ms: 1 };
  assert.equal(parseFromChild({ type: 'result', index: 0, result }), { type: 'result', index: 0, result });
  const report = { results: [result], output: '', ms: 2, notes: ['n'] };
  assert.equal(parseFromChild({ type: 'done', report }), { type: 'done', report });
});

s('rejects anything malformed (a confused or hostile child)', () => {
  for (const m of [
    null,
    'ready',
    { type: 'nope' },
    { type: 'declared', names: [1] },
    { type: 'result', index: 0, result: { name: 'a', ok: 'yes', ms: 1 } },
    { type: 'done', report: { results: 'all passed', output: '', ms: 1 } },
    { type: 'done', report: { results: [], output: '', ms: 1, error: 42 } },
  ]) {
    assert.is(parseFromChild(m), null, JSON.stringify(m));
  }
});

s.run();

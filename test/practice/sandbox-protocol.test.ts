import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFromChild } from '../../src/practice/sandbox-protocol.ts';

const s = suite('sandbox-protocol');
const nonce = 'n-123';

s('accepts the known messages carrying the run\'s nonce', () => {
  assert.equal(parseFromChild({ type: 'ready' }), { type: 'ready' });
  assert.equal(parseFromChild({ type: 'declared', names: ['a'], nonce }, nonce), { type: 'declared', names: ['a'] });
  assert.equal(parseFromChild({ type: 'start', index: 0, name: 'a', nonce }, nonce), { type: 'start', index: 0, name: 'a' });
  const result = { name: 'a', ok: false, message: 'x', ms: 1 };
  assert.equal(parseFromChild({ type: 'result', index: 0, result, nonce }, nonce), { type: 'result', index: 0, result });
  const report = { results: [result], output: '', ms: 2, notes: ['n'] };
  assert.equal(parseFromChild({ type: 'done', report, nonce }, nonce), { type: 'done', report });
  const progress = { index: 0, assertions: 3, calls: 4, label: 'f(1)', call: 'f(1)' };
  assert.equal(parseFromChild({ type: 'progress', progress, nonce }, nonce), { type: 'progress', progress });
  assert.equal(parseFromChild({ type: 'error', text: 'boom', nonce }, nonce), { type: 'error', text: 'boom' });
});

s('a message without this run\'s nonce is not believed (a forged report)', () => {
  const report = { results: [{ name: 'everything', ok: true, ms: 0 }], output: '', ms: 0 };
  assert.is(parseFromChild({ type: 'done', report }, nonce), null);
  assert.is(parseFromChild({ type: 'done', report, nonce: 'guess' }, nonce), null);
  assert.is(parseFromChild({ type: 'done', report, nonce }), null, 'no nonce expected: nothing but ready is accepted');
});

s('names, messages and output are capped (a hostile child cannot flood the shell)', () => {
  const huge = 'E'.repeat(8e6);
  const r = parseFromChild({ type: 'result', index: 0, result: { name: huge, ok: false, message: huge, ms: 1 }, nonce }, nonce);
  assert.ok(r && r.type === 'result');
  if (r?.type !== 'result') return;
  assert.ok(r.result.name.length < 300, `name ${r.result.name.length}`);
  assert.ok(r.result.message!.length < 2500, `message ${r.result.message!.length}`);
  const d = parseFromChild({ type: 'done', report: { results: [], output: huge, ms: 1, error: huge, notes: [huge] }, nonce }, nonce);
  assert.ok(d?.type === 'done' && d.report.output.length < 1.1e6 && d.report.error!.length < 2500 && d.report.notes![0]!.length < 2500);
});

s('rejects anything malformed (a confused or hostile child)', () => {
  for (const m of [
    null,
    'ready',
    { type: 'nope', nonce },
    { type: 'declared', names: [1], nonce },
    { type: 'start', index: -1, name: 'a', nonce },
    { type: 'start', index: 0.5, name: 'a', nonce },
    { type: 'result', index: 0, result: { name: 'a', ok: 'yes', ms: 1 }, nonce },
    { type: 'done', report: { results: 'all passed', output: '', ms: 1 }, nonce },
    { type: 'done', report: { results: [], output: '', ms: 1, error: 42 }, nonce },
    { type: 'progress', progress: { index: 0 }, nonce },
  ]) {
    assert.is(parseFromChild(m, nonce), null, JSON.stringify(m));
  }
});

s.run();

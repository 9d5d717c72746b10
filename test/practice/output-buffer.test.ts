import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CappedOutput, formatBytes } from '../../src/practice/output-buffer.ts';

const s = suite('output-buffer');

s('keeps up to the cap and counts the rest', () => {
  const o = new CappedOutput(5);
  o.write('abc');
  assert.is(o.truncated, false);
  assert.is(o.toString(), 'abc');
  o.write('defgh');
  o.write('ijk');
  assert.is(o.truncated, true);
  assert.is(o.toString(), 'abcde\n… output cut at 5 B (6 B more dropped)\n');
});

s('formatBytes', () => {
  assert.is(formatBytes(512), '512 B');
  assert.is(formatBytes(64 * 1024), '64 KB');
  assert.is(formatBytes(1.5 * 1024 * 1024), '1.5 MB');
  assert.is(formatBytes(100 * 1024 * 1024), '100 MB');
});

s.run();

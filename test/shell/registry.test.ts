import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/shell/commands/index.ts';
import { suggestCommand } from '../../src/shell/registry.ts';

const s = suite('shell/registry');

s('suggests the nearest command: a unique prefix, a typo, two swapped letters', () => {
  assert.is(suggestCommand('prog'), 'progress');
  assert.is(suggestCommand('tpoic'), 'topic');
  assert.is(suggestCommand('hepl'), 'help', 'a swap is one edit');
  assert.is(suggestCommand('solutoin'), 'solution');
});

s('suggests nothing when no command is close', () => {
  assert.is(suggestCommand('xyzzy'), undefined);
  assert.is(suggestCommand('q'), undefined);
});

s.run();

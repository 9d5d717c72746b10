// The prompt's history is state: $XDG_STATE_HOME/swelearn/history, and an old DATA/history moves
// there once. Driven at a real prompt, with the default data dir (no SWELEARN_HOME).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';

const history = suite('e2e: history under $XDG_STATE_HOME');
let term: Term | undefined;
history.after.each(() => term?.kill());

history('the old history file moves to $XDG_STATE_HOME/swelearn/history once, and new lines go there', async () => {
  const home = tempDir('swe-home-');
  const env = { HOME: home, SWELEARN_HOME: '', XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: join(home, 'state') };
  mkdirSync(join(home, 'data', 'swelearn'), { recursive: true });
  writeFileSync(join(home, 'data', 'swelearn', 'history'), 'const fromOldHistory = 1\n');
  term = startTerm({ env });
  await term.prompt('start-up');
  const file = join(home, 'state', 'swelearn', 'history');
  assert.ok(existsSync(file), 'history moved to the state dir');
  assert.not.ok(existsSync(join(home, 'data', 'swelearn', 'history')), 'the old file is gone');
  // the moved history is the prompt's: arrow-up recalls it
  term.mark();
  term.type('\x1b[A');
  await term.waitFor('fromOldHistory', 'arrow-up recalls the old line');
  term.type('\x15'); // clear the line
  await term.run('1 + 41', 'a new line');
  term.line('.exit');
  await term.exited;
  assert.match(readFileSync(file, 'utf8'), /1 \+ 41/);
});

history.run();

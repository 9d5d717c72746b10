// The shell follows the terminal's width when the window is resized, as a reader expects.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTerm } from '../helpers/pty.ts';

const s = suite('e2e/resize');

s('after a resize from 100 to 60 columns, a lesson wraps at 60', async () => {
  const t = startTerm({ cols: 100, rows: 40 });
  try {
    await t.prompt('start-up', 30_000);
    const wide = await t.run('.topic tcp-vs-udp overview', 'the lesson at 100 columns', 30_000);
    assert.ok(wide.split('\n').some((l) => l.length > 60), 'some line is wider than 60 at 100 columns');
    t.pty.resize(60, 40);
    await new Promise((r) => setTimeout(r, 300));
    const narrow = await t.run('.topic tcp-vs-udp overview', 'the lesson after the resize', 30_000);
    const lines = narrow.split('\n').filter((l) => !/swe> $/.test(l));
    const over = lines.filter((l) => l.length > 60);
    assert.equal(over, [], 'no line wider than 60 after the resize');
  } finally {
    t.kill();
  }
});

s.run();

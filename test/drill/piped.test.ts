// A script drives a drill through the shell's piped mode (needs the build: npm test builds first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { tempDir } from '../helpers/pty.ts';

function fixtureCorpus(): string {
  const dir = tempDir('swe-piped-corpus-');
  mkdirSync(join(dir, 'zz-fixtures'));
  writeFileSync(
    join(dir, 'zz-fixtures', 'zz-piped.md'),
    [
      '---',
      'title: "Zz Piped Fixture"',
      '---',
      '## Overview',
      'x',
      '## When to Use',
      'x',
      '## Trade-offs & Gotchas',
      'x',
      '## Key Points for Interviews',
      '- nothing',
      '## Drill',
      '- Q: First question?',
      '  A: First answer.',
      '- Q: Second question?',
      '  A: Second answer.',
    ].join('\n'),
  );
  return dir;
}

const piped = suite('.drill in a piped script');

piped('answer and grade lines go to the drill; the lines after it run as commands', async () => {
  const data = tempDir();
  const script = ['.drill zz-piped', 'first answer', '4', 'not sure', 'again', 'second answer', 'easy', '.progress', '"after"'].join('\n');
  const r = await runSwelearn(['--corpus', fixtureCorpus()], script + '\n', { SWELEARN_HOME: data });
  assert.is(r.code, 0, r.stdout + r.stderr);
  const out = r.stdout;
  assert.match(out, /Q: First question\?\nA: First answer\.\n\s+✓ has the key terms/);
  assert.match(out, /✓ saved · easy · next in \d+d/);
  assert.match(out, /✓ saved · again · back in 1m \(this session\)/);
  assert.match(out, /Drill done: 3 reviewed · again 33%/);
  assert.match(out, /streak 1 day · 3 reviews today/, '.progress ran after the drill');
  assert.match(out, /'after'/);
  assert.not.match(out + r.stderr, /unknown command|is not a grade/, 'no answer line was run as a command, no command read as a grade');
});

piped('a drill cut short by the end of input still saves what was graded', async () => {
  const data = tempDir();
  const r = await runSwelearn(['--corpus', fixtureCorpus()], '.drill zz-piped\nmy answer\n3\nhalf', { SWELEARN_HOME: data });
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Drill done: 1 reviewed/);
  const again = await runSwelearn(['--corpus', fixtureCorpus()], '.progress --json\n', { SWELEARN_HOME: data });
  assert.is(JSON.parse(again.stdout).reviewsToday, 1);
});

piped.run();

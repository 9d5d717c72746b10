// .mock in a piped script: a whole design mock with notes and its rubric answered by the script's
// next lines, a coding mock submitted, a mock left running at the end saved as abandoned, and
// errors on stderr only. Needs dist/.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { tempDir } from '../helpers/pty.ts';

const s = suite('e2e: .mock in a piped script');

s('a whole design mock: notes by stage, the rubric answered by the next lines, then the history', async () => {
  const home = tempDir();
  const script = [
    '.mock design url shortener --seconds 60',
    'custom aliases? do links expire?',
    '.mock next',
    'about 1200 writes per second',
    '.mock next',
    '.mock next',
    '.mock next',
    '.say base62 counter with id ranges leased per server',
    '.mock next',
    '.mock next', // after wrap-up: the end, and the rubric
    'y',
    'n',
    ...Array(20).fill(''), // Enter keeps the pre-mark for the rest
    '.mock history',
  ].join('\n');
  const r = await runSwelearn([], script + '\n', { SWELEARN_HOME: home });
  assert.is(r.stderr, '', 'no errors');
  assert.is(r.code, 0);
  assert.match(r.stdout, 'Stage 6/6: wrap-up');
  assert.match(r.stdout, /1\/\d+ \[[a-z-]+ ×\d\][\s\S]*?covered\? \[[Yy]\/[Nn]\] y/);
  assert.match(r.stdout, /Score \d+\/100/);
  assert.match(r.stdout, /1\s+\d{4}-\d\d-\d\d\s+design/);
  const [file] = readdirSync(join(home, 'mocks'));
  const md = readFileSync(join(home, 'mocks', file!), 'utf8');
  assert.match(md, 'estimates: about 1200 writes per second');
  assert.match(md, 'deep-dive: base62 counter with id ranges leased per server');
});

s('a mock still running when the script ends is saved as abandoned; a wrong use goes to stderr', async () => {
  const home = tempDir();
  const r = await runSwelearn([], '.mock submit\n.mock behavioral conflict --seconds 30\nI asked first\n', { SWELEARN_HOME: home });
  assert.is(r.code, 1, 'the failed line makes the script fail');
  assert.match(r.stderr, '.mock: no mock is running');
  assert.not.match(r.stdout, 'no mock is running');
  const [file] = readdirSync(join(home, 'mocks'));
  assert.match(file!, /-behavioral-conflict-with-coworker-\d+\.md$/);
  assert.match(readFileSync(join(home, 'mocks', file!), 'utf8'), 'Abandoned: no score.');
});

s.run();

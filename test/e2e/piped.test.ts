import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { tempDir } from '../helpers/pty.ts';

const piped = suite('piped input runs as a script');

piped('lines run in order, output is plain, exit 0 when all succeed', async () => {
  const r = await runSwelearn([], '.topics --area networking\nconst n: number = 6 * 7\nn\n.topic 1 key points\n');
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout, /\x1b\[/, 'no ANSI escapes when piped');
  assert.not.match(r.stdout, /swe> /, 'no prompt noise');
  const lines = r.stdout.split('\n');
  const answer = lines.indexOf('42');
  const list = lines.findIndex((l) => /^\s*1\s+\S/.test(l));
  const keyPoints = r.stdout.indexOf('Key Points for Interviews');
  assert.ok(list >= 0 && answer > list, 'the list comes before the value');
  assert.ok(keyPoints > r.stdout.indexOf('\n42\n'), 'the section comes after the value');
});

piped('async commands finish before the next line runs', async () => {
  const script = Array.from({ length: 5 }, (_, i) => `.topic ${i + 1}\n${i}`).join('\n');
  const r = await runSwelearn([], `.topics\n${script}\n`);
  assert.is(r.code, 0, r.stderr);
  let at = 0;
  for (let i = 0; i < 5; i++) {
    const sections = r.stdout.indexOf('Sections:', at);
    const value = r.stdout.indexOf(`\n${i}\n`, at);
    assert.ok(sections >= 0 && value > sections, `lesson ${i + 1} is printed before the value ${i}`);
    at = value + 2;
  }
});

piped('exit status 1 when any line fails, and the following lines still run', async () => {
  for (const bad of ['.topic no-such-lesson-anywhere', 'null.boom', 'const x: = 1', '.bogus', 'throw 42']) {
    const r = await runSwelearn([], `${bad}\n"after"\n`);
    assert.is(r.code, 1, `"${bad}" fails the script`);
    assert.match(r.stdout, /'after'/, `the line after "${bad}" still runs`);
  }
});

piped('a runaway snippet is stopped by the piped-mode time limit', async () => {
  const r = await runSwelearn([], 'let k = 1\nwhile (true) { k++ }\nk > 1\n', { SWELEARN_EVAL_TIMEOUT_MS: '700' });
  assert.is(r.code, 1);
  assert.match(r.stderr, /stopped after 0\.7 s/);
  assert.not.match(r.stdout, /stopped after/, "the error is on stderr only");
  assert.match(r.stdout, /\btrue\b/);
});

piped('input that ends inside an unfinished statement is an error', async () => {
  const r = await runSwelearn([], 'function f() {\n  return 1\n');
  assert.is(r.code, 1);
  assert.match(r.stderr, /ended inside an unfinished statement/);
  assert.not.match(r.stdout, /unfinished statement/, "the error is on stderr only");
});

piped('.exit stops the script', async () => {
  const r = await runSwelearn([], '1 + 1\n.exit\n"never"\n');
  assert.is(r.code, 0);
  assert.match(r.stdout, /^2$/m);
  assert.not.match(r.stdout, /never/);
});

piped('a broken lesson in --corpus gets one warning naming the file, and the rest load', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'mine'));
  writeFileSync(join(dir, 'mine', 'good.md'), '---\ntitle: My Good Lesson\ntags: mine, custom\n---\n## Overview\nText.\n');
  writeFileSync(join(dir, 'mine', 'broken.md'), '---\ntitle: [unclosed\n---\n## Overview\n');
  const r = await runSwelearn(['--corpus', dir], '.topics --area mine\n');
  assert.match(r.stdout, /My Good Lesson/);
  // skipped files are named on stderr: stdout stays the script's output
  const warnings = r.stderr.split('\n').filter((l) => l.includes('broken.md'));
  assert.is(warnings.length, 1, r.stderr);
  assert.match(warnings[0]!, /broken\.md:2: error: frontmatter is not valid YAML/);
  assert.match(r.stdout, /1 lesson ·/);
});

piped.run();

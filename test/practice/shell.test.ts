// Practice mode in the real shell, in a pseudo-terminal: the prompt comes back within the time
// limit + 0.5 s from hostile code, progress survives, .edit hands the terminal to an editor and
// takes it back, .solution asks before giving up. Needs dist/ (npm test builds it first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';
import { FIXTURES } from './helpers.ts';

const e2e = suite('e2e: practice in the swe> shell');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

const corpusArgs = ['--corpus', join(FIXTURES, 'corpus')];

e2e('an endless loop at .check: a time-limit verdict, the prompt back in time, progress intact', async () => {
  term = startTerm({ args: corpusArgs, cols: 80 });
  await term.prompt('start-up');
  assert.match(await term.run('.practice sum-array', '.practice'), /Sum an array/);
  await term.run('function sum(xs: number[]): number { while (true) {} }', 'a looping definition');
  const t0 = Date.now();
  const out = await term.run('.check', '.check of a loop', 6000);
  const ms = Date.now() - t0;
  assert.match(out, /stopped after 2000 ms, the time limit/);
  assert.ok(ms < 2000 + 500, `prompt back after ${ms} ms`);
  await term.run('function sum(xs: number[]): number { return xs.reduce((a, b) => a + b, 0); }', 'a good definition');
  assert.match(await term.run('.check', '.check of a solution', 6000), /all 3 checks passed in \d+ ms/);
  const list = await term.run('.exercises --area algorithms', '.exercises');
  assert.match(list, /1\/\d+ solved/);
  assert.match(list, /✓ sum-array/);
});

e2e('.edit gives the terminal to the editor and takes it back; .solution asks on a terminal', async () => {
  const dir = tempDir('swe-editor-');
  const editor = join(dir, 'editor.mjs');
  writeFileSync(
    editor,
    `import { writeFileSync } from 'node:fs';
process.stdout.write('FAKE EDITOR ' + (process.stdin.isTTY ? 'tty' : 'no-tty') + '\\n');
writeFileSync(process.argv[2], 'function maxOf(xs: number[]) { return xs.length ? Math.max(...xs) : undefined; }\\n');`,
  );
  chmodSync(editor, 0o755);
  term = startTerm({ args: corpusArgs, env: { VISUAL: `${process.execPath} ${editor}` } });
  await term.prompt('start-up');
  await term.run('.practice max-of', '.practice');
  term.mark();
  term.line('.solution');
  await term.waitFor('Give up and see the solution? [y/N]', 'the give-up question');
  term.line('n');
  await term.waitFor(/Keep going[\s\S]*swe> $/, 'answer no');
  const edited = await term.run('.edit', '.edit', 8000);
  assert.match(edited, /FAKE EDITOR tty/);
  assert.match(edited, /loaded .*max-of\.ts \(1 line\)/, edited);
  // the line editor works again after the editor: history, then the check
  assert.match(await term.run('maxOf([4, 8, 1])', 'the loaded definition'), /\b8\b/);
  assert.match(await term.run('.check', '.check after .edit', 6000), /all 2 checks passed/);
  assert.match(await term.run('.solution', '.solution after a pass'), /Reference solution for max-of/);
});

e2e.run();

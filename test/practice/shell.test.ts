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

e2e('every hostile definition gets its own verdict at .check, and the shell goes on', async () => {
  term = startTerm({ args: corpusArgs, cols: 100 });
  await term.prompt('start-up');
  await term.run('.practice sum-array', '.practice');
  const fs = "process.getBuiltinModule('node:fs')";
  const cases: [string, string, RegExp][] = [
    ['async infinite loop', 'async function sum(xs: number[]) { for (;;) await null; }', /stopped after 2000 ms, the time limit: .* \(after the checks: something your code started kept running\)/],
    ['4 GB on the heap', 'function sum(xs: number[]) { const a: number[][] = []; for (;;) a.push(new Array(1e6).fill(0)); }', /memory still climbing|ran out of memory/],
    ['4 GB ArrayBuffer', 'function sum(xs: number[]) { new ArrayBuffer(4 * 2 ** 30); return 0; }', /Array buffer allocation failed \(over the memory limit\)/],
    ['process.exit', 'function sum(xs: number[]) { process.exit(1); }', /ReferenceError: process is not defined/],
    ['process.kill', 'function sum(xs: number[]) { process.kill(process.pid); }', /ReferenceError: process is not defined/],
    ['writing a file', `function sum(xs: number[]) { ${fs}.writeFileSync('/tmp/swe-pwned', 'x'); return 0; }`, /ReferenceError: process is not defined/],
    ['spawning', "function sum(xs: number[]) { process.getBuiltinModule('node:child_process').execSync('true'); return 0; }", /ReferenceError: process is not defined/],
    ['forging a pass', "function sum(xs: number[]) { return -1; } var o = check; check = (n, f) => o(n, () => {});", /0\/3 passed/],
    ['throwing a non-Error', 'function sum(xs: number[]) { throw 42; }', /threw 42/],
    ['unhandled rejection', 'function sum(xs: number[]) { Promise.reject(new Error("lost")); return 0; }', /a promise was rejected and nothing handled it: Error: lost/],
    ['printing 100 MB', "function sum(xs: number[]) { const s = 'x'.repeat(1 << 20); for (let i = 0; i < 100; i++) console.log(s); return 0; }", /output cut at 64 KB/],
  ];
  for (const [name, code, verdict] of cases) {
    await term.run(code, `define: ${name}`);
    // how soon the prompt is back is measured by scripts/bench-check.ts, not asserted here
    const out = await term.run('.check', `.check: ${name}`, 30_000);
    assert.match(out.replace(/\s+/g, ' '), verdict, `${name}:\n${out}`);
  }
  assert.match(await term.run('1 + 1', 'the shell still evaluates'), /\b2\b/);
  const list = await term.run('.exercises --area algorithms', '.exercises');
  assert.match(list, /• sum-array/, 'ten attempts recorded');
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

// The workspace in the real shell: one definition per name, .edit round trips judged by .check, and
// hostile workspaces (an endless loop, a huge file, an .edit that loops, a lesson folder that is
// not trusted) that must leave the prompt usable. Needs dist/ (npm test builds it first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFolder } from '../../src/corpus/load.ts';
import { ROOT, startTerm, tempDir, type Term } from '../helpers/pty.ts';
import { runSwelearn } from '../helpers/run.ts';

const e2e = suite('e2e: the workspace, hostile workspaces');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

const lru = loadFolder(join(ROOT, 'corpus'), { builtin: true })
  .lessons.flatMap((l) => l.exercises)
  .find((ex) => ex.id === 'lru-cache')!;

const WRONG_LRU = `class LRUCache<K, V> {
  private map = new Map<K, V>();
  constructor(private capacity: number) {}
  get(key: K): V | undefined { return this.map.get(key); }
  put(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}
`;

/** A data dir whose lru-cache workspace holds `code`. */
function withWorkspace(code: string, id = 'lru-cache'): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'workspaces'), { recursive: true });
  writeFileSync(join(dir, 'workspaces', `${id}.ts`), code);
  return dir;
}

/** An editor that replaces the file with the text of the file named in SWE_EDIT_WITH. */
function copyingEditor(): string {
  const dir = tempDir('swe-editor-');
  const script = join(dir, 'editor.mjs');
  writeFileSync(script, "import { readFileSync, writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], readFileSync(process.env.SWE_EDIT_WITH, 'utf8'));\n");
  chmodSync(script, 0o755);
  return `${process.execPath} ${script}`;
}

e2e('typed definitions replace the earlier one in the workspace file; .check says what it judged', async () => {
  const dataDir = tempDir();
  term = startTerm({ dataDir, cols: 120 });
  await term.prompt('start-up', 30_000);
  await term.run('.practice lower-bound', '.practice', 30_000);
  await term.run('function lowerBound(arr: readonly number[], t: number): number { return -1 }', 'a first attempt');
  await term.run('function lowerBound(arr: readonly number[], t: number): number { return 0 }', 'a second attempt');
  await term.run('lowerBound([1], 1)', 'a call (not kept)');
  const file = readFileSync(join(dataDir, 'workspaces', 'lower-bound.ts'), 'utf8');
  assert.is((file.match(/function lowerBound/g) ?? []).length, 1, `one definition in the file:\n${file}`);
  assert.match(file, /return 0 \}/);
  assert.not.match(file, /lowerBound\(\[1\], 1\)/);
  assert.match(await term.run('.check', '.check', 60_000), /judging lowerBound from your workspace, 1 line/);
});

e2e('.edit: a wrong solution written to the workspace fails .check, the reference passes', async () => {
  const wrong = join(tempDir(), 'wrong.ts');
  const right = join(tempDir(), 'right.ts');
  writeFileSync(wrong, WRONG_LRU);
  writeFileSync(right, lru.solution);
  const src = join(tempDir(), 'which');
  term = startTerm({ cols: 120, env: { VISUAL: copyingEditor(), SWE_EDIT_WITH: src } });
  await term.prompt('start-up', 30_000);
  await term.run('.practice lru-cache', '.practice', 30_000);
  // the typed reference first: .edit must replace it, not stack after it
  writeFileSync(src, readFileSync(wrong, 'utf8'));
  assert.match(await term.run('.edit', '.edit to a wrong solution', 30_000), /loaded .*lru-cache\.ts/);
  const bad = await term.run('.check', '.check of the wrong solution', 60_000);
  assert.match(bad, /✗ get refreshes recency/);
  assert.match(bad, /\d\/\d passed/);
  writeFileSync(src, readFileSync(right, 'utf8'));
  await term.run('.edit', '.edit to the reference', 30_000);
  const good = await term.run('.check', '.check of the reference', 60_000);
  assert.match(good, /all \d+ checks passed|(\d+)\/\1 passed/, good);
  assert.match(good, /judging LRUCache from your workspace/);
});

e2e('a workspace holding while (true) {}: a clear message on Ctrl-C, the prompt back, the shell usable', async () => {
  term = startTerm({ dataDir: withWorkspace('while (true) {}\n'), cols: 120 });
  await term.prompt('start-up', 30_000);
  term.mark();
  term.line('.practice lru-cache');
  await term.waitFor('practice lru-cache', 'echo', 30_000);
  await new Promise((r) => setTimeout(r, 1500));
  term.type('\x03');
  await term.waitFor(/did not load: interrupted by Ctrl-C[\s\S]*swe> $/, 'the interruption and the prompt', 30_000);
  assert.match(await term.run('6 * 7', 'the shell evaluates'), /\b42\b/);
});

e2e('piped: a looping workspace stops at the time limit with a message, and the script goes on', async () => {
  const r = await runSwelearn([], '.practice lru-cache\n"next line"\n', { SWELEARN_HOME: withWorkspace('for (;;) {}\n'), SWELEARN_EVAL_TIMEOUT_MS: '700' });
  assert.match(r.stdout, /did not load: stopped after 0\.7 s/);
  assert.match(r.stdout, /'next line'/);
});

e2e('a 200,000-line workspace gets a clear message and is neither loaded nor checked', async () => {
  const huge = Array.from({ length: 200_000 }, (_, i) => `const v${i} = ${i};`).join('\n');
  const r = await runSwelearn([], '.practice lru-cache\n.check\n"after"\n', { SWELEARN_HOME: withWorkspace(huge) });
  // messages wrap at the width: read them as one line
  const out = r.stdout.replace(/\s+/g, ' ');
  assert.match(out, /has 200,000 lines .* it was not loaded\. Trim it with \.edit/);
  // .check refuses it: an error, on stderr (and not on stdout)
  assert.match(r.stderr.replace(/\s+/g, ' '), /it was not checked/);
  assert.not.match(out, /it was not checked/);
  assert.match(out, /'after'/);
});

e2e('.edit whose result loops: Ctrl-C stops it at a terminal; the piped time limit stops it in a script', async () => {
  const loop = join(tempDir(), 'loop.ts');
  writeFileSync(loop, 'class LRUCache {}\nwhile (true) {}\n');
  const editor = copyingEditor();
  term = startTerm({ cols: 120, env: { VISUAL: editor, SWE_EDIT_WITH: loop } });
  await term.prompt('start-up', 30_000);
  await term.run('.practice lru-cache', '.practice', 30_000);
  term.mark();
  term.line('.edit');
  await new Promise((r) => setTimeout(r, 1500));
  term.type('\x03');
  await term.waitFor(/did not load: interrupted by Ctrl-C[\s\S]*swe> $/, 'the interrupted .edit', 30_000);
  assert.match(await term.run('1 + 1', 'the shell evaluates'), /\b2\b/);
  const r = await runSwelearn([], '.practice lru-cache\n.edit\n"after"\n', { VISUAL: editor, SWE_EDIT_WITH: loop, SWELEARN_EVAL_TIMEOUT_MS: '700' });
  assert.match(r.stdout, /did not load: stopped after 0\.7 s/);
  assert.match(r.stdout, /'after'/);
});

e2e('an untrusted lesson folder: the starter is shown, never run in the shell; .check runs it in the sandbox', async () => {
  const marker = join(tempDir(), 'starter-ran');
  const corpus = tempDir('swe-untrusted-');
  mkdirSync(join(corpus, 'algorithms'));
  writeFileSync(
    join(corpus, 'algorithms', 'sneaky.md'),
    `---
title: Sneaky
difficulty: easy
---

## Overview

A lesson from a shared folder.

## When to Use

Never.

## Trade-offs & Gotchas

Its starter has a side effect.

## Key Points for Interviews

- **Trust** before running.

## Exercise sneaky-double: Double it

Write \`double(x)\`.

\`\`\`ts starter
require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');
function double(x: number): number {
  return 0;
}
\`\`\`

\`\`\`ts checks
check('doubles', () => {
  expect(double(2), 'double(2)').toBe(4);
});
\`\`\`

\`\`\`ts solution
function double(x: number): number {
  return 2 * x;
}
\`\`\`
`,
  );
  const r = await runSwelearn(['--corpus', corpus], '.practice sneaky-double\ntypeof double\nfunction double(x: number): number { return 2 * x }\n.check\n');
  assert.match(r.stdout, /Double it/);
  assert.not.ok(existsSync(marker), 'the starter did not run in the shell');
  assert.match(r.stdout, /'undefined'/, 'the starter did not define double in the shell');
  assert.match(r.stdout, /writeFileSync/, 'the starter is shown');
  assert.match(r.stdout, /not trusted/);
  assert.match(r.stdout, /judging double from your workspace/);
  assert.not.ok(existsSync(marker), 'nor in the sandbox, which refuses file writes');
});

e2e.run();

// Benchmark: a warm `.check` of a 5-check exercise against the same code and checks written to a
// file and run with tsx + uvu in a new process (what a learner would do without swelearn).
// Targets: warm .check median <= 40 ms; the file route >= 8x slower.
// usage: node --import tsx scripts/bench-check.ts [checkRuns=60] [fileRuns=15]
//
// Each .check gets changed learner code (a counter in a comment), as when someone edits and
// checks again. In the shell the REPL transpiles code as it is typed and .check reuses that; the
// script reports .check both that way and transpiling inside .check. The sandbox child is started
// ahead of need, as in the shell (awaited between runs, not timed): that is what "warm" means.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from '../src/corpus/corpus.ts';
import { parseLesson } from '../src/corpus/parse.ts';
import { NullStore } from '../src/progress/null-store.ts';
import { exec, testContext } from '../test/helpers/context.ts';
import { check } from '../src/shell/commands/check.ts';
import { sandboxFor } from '../src/practice/practice-session.ts';
import { toScript } from '../src/practice/transpile.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkRuns = Number(process.argv[2]) || 60;
const fileRuns = Number(process.argv[3]) || 15;

const STARTER = `class LRUCache<K, V> {
  constructor(readonly capacity: number) {}
  get(key: K): V | undefined { return undefined; }
  set(key: K, value: V): void {}
}`;

const USER_CODE = `class LRUCache<K, V> {
  private map = new Map<K, V>();
  constructor(readonly capacity: number) {}
  get(key: K): V | undefined {
    if (!this.map.has(key)) return undefined;
    const v = this.map.get(key)!;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}`;

const CHECKS: [string, string][] = [
  ['returns what was set', `const c = new LRUCache<string, number>(2); c.set('a', 1); expect(c.get('a'), "get('a')").toBe(1);`],
  ['a missing key gives undefined', `const c = new LRUCache<string, number>(2); expect(c.get('x'), "get('x')").toBeUndefined();`],
  ['evicts the least recently used', `const c = new LRUCache<string, number>(2); c.set('a', 1); c.set('b', 2); c.set('c', 3); expect(c.get('a'), "get('a')").toBeUndefined(); expect(c.get('c'), "get('c')").toBe(3);`],
  ['get refreshes recency', `const c = new LRUCache<string, number>(2); c.set('a', 1); c.set('b', 2); c.get('a'); c.set('c', 3); expect(c.get('a'), "get('a')").toBe(1); expect(c.get('b'), "get('b')").toBeUndefined();`],
  ['never holds more than capacity', `const c = new LRUCache<number, number>(100); for (let i = 0; i < 10_000; i++) c.set(i, i); let n = 0; for (let i = 0; i < 10_000; i++) if (c.get(i) !== undefined) n++; expect(n, 'entries kept').toBe(100);`],
];

const lessonText = `---
title: LRU bench
---

## Overview

Bench.

## Exercise lru-bench: LRU cache

Write an LRU cache.

\`\`\`ts starter
${STARTER}
\`\`\`

\`\`\`ts checks
${CHECKS.map(([name, body]) => `check(${JSON.stringify(name)}, () => {\n  ${body}\n});`).join('\n')}
\`\`\`

\`\`\`ts solution
${USER_CODE}
\`\`\`
`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

// --- warm .check, through the real command
const { lesson } = parseLesson({ text: lessonText, file: 'bench.md', id: 'lru-bench-lesson', area: 'data-structures' });
const corpus = makeCorpus([lesson!]);
const ex = corpus.exercises.get('lru-bench')!;
const session = testContext({ corpus, store: new NullStore('benchmark'), dataDir: mkdtempSync(join(tmpdir(), 'swelearn-bench-')) });
session.evaluate = async () => undefined;
session.state.exercise = { exercise: ex, code: '', path: join(tmpdir(), 'swelearn-bench-no-workspace.ts'), saved: null, trusted: true, hintsShown: 0, solved: false, gaveUp: false };
const sandbox = await sandboxFor(session);
// typed: the learner's edit was transpiled by the REPL when it was typed (as in the shell), so
// .check finds it done; cold: .check transpiles it itself. Alternated, so both see the same load.
const typed: number[] = [];
const cold: number[] = [];
for (let i = 0; i < 2 * (checkRuns + 3); i++) {
  const chunk = `${USER_CODE}\n// edit ${i}`;
  const isTyped = i % 2 === 0;
  if (isTyped) toScript(chunk); // what the REPL's eval did when the chunk was typed
  session.state.exercise!.code = chunk;
  await sandbox.ready();
  const t0 = performance.now();
  const out = String(await exec(check, '', session));
  const ms = performance.now() - t0;
  if (!/all 5 checks passed/.test(out)) throw new Error(`the .check run failed:\n${out}`);
  if (i >= 6) (isTyped ? typed : cold).push(ms); // the first runs load esbuild and the sandbox bundle
}
// the same with the property check shrunk to 100 entries: what .check itself costs, apart from
// the work the checks do
const light = { ...ex, id: 'lru-light', checks: ex.checks.replace(/10_000/g, '100') };
session.state.exercise = { ...session.state.exercise!, exercise: light, code: '' };
const lightTimes: number[] = [];
for (let i = 0; i < checkRuns + 3; i++) {
  const chunk = `${USER_CODE}\n// light edit ${i}`;
  toScript(chunk);
  session.state.exercise.code = chunk;
  await sandbox.ready();
  const t0 = performance.now();
  const out = String(await exec(check, '', session));
  const ms = performance.now() - t0;
  if (!/all 5 checks passed/.test(out)) throw new Error(`the light .check run failed:\n${out}`);
  if (i >= 3) lightTimes.push(ms);
}
sandbox.close();

// how fast this machine runs plain JavaScript right now (load from other processes shows here)
const tCpu = performance.now();
{
  const m = new Map<number, number>();
  for (let i = 0; i < 10_000; i++) {
    m.set(i, i);
    if (m.size > 100) m.delete(m.keys().next().value!);
  }
}
const cpuMs = performance.now() - tCpu;

// --- the same code and checks in a file, run with tsx + uvu
const dir = mkdtempSync(join(tmpdir(), 'swelearn-bench-uvu-'));
const apiPath = join(root, 'src/practice/check-api.ts');
const file = join(dir, 'lru.test.ts');
writeFileSync(
  file,
  `import { test } from ${JSON.stringify(join(root, 'node_modules/uvu/dist/index.mjs'))};
import { expect } from ${JSON.stringify(apiPath)};
${USER_CODE}
${CHECKS.map(([name, body]) => `test(${JSON.stringify(name)}, () => {\n  ${body}\n});`).join('\n')}
test.run();
`,
);
const fileTimes: number[] = [];
for (let i = 0; i < fileRuns + 1; i++) {
  writeFileSync(file, `${(await import('node:fs')).readFileSync(file, 'utf8').replace(/\n\/\/ edit \d+$/, '')}\n// edit ${i}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const ms = performance.now() - t0;
  if (r.status !== 0 || !/Passed:\s+5/.test(r.stdout)) throw new Error(`tsx + uvu failed:\n${r.stdout}\n${r.stderr}`);
  if (i >= 1) fileTimes.push(ms);
}

const mCheck = median(typed);
const mFile = median(fileTimes);
const fmt = (n: number) => n.toFixed(1);
console.log(`warm .check, 5 checks (${typed.length} runs): median ${fmt(mCheck)} ms, p90 ${fmt(pct(typed, 0.9))} ms, min ${fmt(Math.min(...typed))} ms  (target <= 40 ms)`);
console.log(`  the same, transpiling the edit inside .check (${cold.length} runs): median ${fmt(median(cold))} ms, p90 ${fmt(pct(cold, 0.9))} ms`);
console.log(`  with light checks, i.e. .check's own cost (${lightTimes.length} runs): median ${fmt(median(lightTimes))} ms, p90 ${fmt(pct(lightTimes, 0.9))} ms`);
console.log(`file + node --import tsx + uvu (${fileTimes.length} runs): median ${fmt(mFile)} ms, p90 ${fmt(pct(fileTimes, 0.9))} ms`);
console.log(`ratio: ${fmt(mFile / mCheck)}x  (target >= 8x)`);
console.log(`machine: load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}; 10k Map operations in this (warm) process took ${fmt(cpuMs)} ms`);

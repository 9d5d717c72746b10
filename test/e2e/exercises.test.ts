// Every code exercise of the built-in corpus, solved at the real swe> prompt in a pseudo-terminal:
// its reference solution (from the parsed corpus) is typed line by line, then pasted whole with
// bracketed paste, and .check must pass it. Three known-wrong solutions must fail. One shell serves
// many exercises (the sandbox stays warm). Needs dist/ (npm test builds it first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadFolder } from '../../src/corpus/load.ts';
import type { Exercise } from '../../src/corpus/types.ts';
import { ROOT, startTerm, type Term } from '../helpers/pty.ts';

const e2e = suite('e2e: reference solutions typed and pasted at the prompt');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

const exercises: Exercise[] = loadFolder(join(ROOT, 'corpus'), { builtin: true })
  .lessons.flatMap((l) => l.exercises)
  .filter((ex) => ex.solutionLang !== 'md' && ex.checks.trim() !== '');

/** "all 6 checks passed" (or "6/6 passed") → true; "3/6 passed", "no check ran" → false */
function passed(out: string): boolean {
  const flat = out.replace(/\s+/g, ' ');
  if (/all \d+ checks? passed/.test(flat)) return true;
  const m = /(\d+)\/(\d+) passed/.exec(flat);
  return m !== null && m[1] === m[2] && m[1] !== '0';
}

/**
 * .check; a run stopped at its time limit is tried up to twice more (a loaded 2-core machine: the
 * exercise's own timing checks), a wrong answer is not. Retries are reported.
 */
async function check(t: Term, id: string): Promise<{ ok: boolean; out: string; retried: boolean }> {
  let out = await t.run('.check', `.check of ${id}`, 90_000);
  let retried = false;
  for (let i = 0; i < 2 && !passed(out) && /time limit/.test(out); i++) {
    retried = true;
    out = await t.run('.check', `.check of ${id}, again after a time-limit stop`, 90_000);
  }
  return { ok: passed(out), out, retried };
}

const CONTINUED = /(\.\.\. |swe> )$/;

async function typeLines(t: Term, code: string, step: string): Promise<void> {
  for (const [i, line] of code.replace(/\s+$/, '').split('\n').entries()) {
    t.mark();
    t.line(line);
    await t.waitFor(CONTINUED, `${step}, line ${i + 1}: ${line.trim().slice(0, 40)}`, 60_000);
  }
  assert.match(t.sinceMark(), /swe> $/, `${step}: the prompt is back after the last line (not inside an unfinished statement)`);
}

async function paste(t: Term, code: string, step: string): Promise<string> {
  t.mark();
  // a terminal sends a pasted newline as Enter (CR), wrapped in ESC[200~ … ESC[201~
  t.type(`\x1b[200~${code.replace(/\s+$/, '').replace(/\n/g, '\r')}\x1b[201~`);
  return t.waitFor(/swe> $/, `${step}: the prompt after the paste`, 30_000);
}

function summary(label: string, failures: string[], retried: string[], ms: number): string {
  return `${label}: ${exercises.length - failures.length}/${exercises.length} passed in ${Math.round(ms / 1000)} s${retried.length ? `; checked twice after a time-limit stop: ${retried.join(', ')}` : ''}`;
}

e2e('the corpus has its 52 code exercises', () => {
  assert.ok(exercises.length >= 52, `${exercises.length} code exercises`);
});

/** For every exercise: .practice, enter the reference solution (`enter`), .check; all must pass. */
async function everySolution(label: string, enter: (t: Term, ex: (typeof exercises)[number]) => Promise<void>) {
  const t0 = Date.now();
  const t = (term = startTerm({ cols: 120, rows: 40 }));
  await t.prompt('start-up', 30_000);
  const failures: string[] = [];
  const retried: string[] = [];
  for (const ex of exercises) {
    await t.run(`.practice ${ex.id}`, `.practice ${ex.id}`, 30_000);
    await enter(t, ex);
    const r = await check(t, ex.id);
    if (r.retried) retried.push(ex.id);
    if (!r.ok) failures.push(`${ex.id}:\n${r.out}`);
  }
  console.log(summary(label, failures.map((f) => f.split(':')[0]!), retried, Date.now() - t0));
  assert.equal(failures, [], `exercises that failed:\n${failures.join('\n\n')}`);
}

e2e('every reference solution, typed line by line after .practice ID, passes .check', () =>
  everySolution('typed line by line', (t, ex) => typeLines(t, ex.solution, `typing ${ex.id}`)),
);

e2e('every reference solution, pasted whole with bracketed paste, passes .check', () =>
  everySolution('pasted', async (t, ex) => {
    const shown = await paste(t, ex.solution, `pasting ${ex.id}`);
    assert.not.match(shown, /SyntaxError|Uncaught/, `${ex.id}: the pasted block ran as one unit:\n${shown.slice(-800)}`);
  }),
);

const WRONG: [id: string, why: string, code: string][] = [
  [
    'lru-cache',
    'get does not refresh recency',
    `class LRUCache<K, V> {
  private map = new Map<K, V>();
  constructor(private capacity: number) {}
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  put(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}`,
  ],
  [
    'merge-intervals',
    'touching intervals stay apart (< where <= belongs)',
    `function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = intervals.map(([s, e]) => [s, e] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}`,
  ],
  [
    'lower-bound',
    'an upper bound: skips equal elements',
    `function lowerBound(arr: readonly number[], target: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (arr[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}`,
  ],
];

e2e('three known-wrong solutions, typed at the prompt, fail .check', async () => {
  term = startTerm({ cols: 120, rows: 40 });
  await term.prompt('start-up', 30_000);
  for (const [id, why, code] of WRONG) {
    assert.ok(exercises.some((ex) => ex.id === id), `${id} is a built-in exercise`);
    await term.run(`.practice ${id}`, `.practice ${id}`, 30_000);
    await typeLines(term, code, `typing the wrong ${id}`);
    const out = await term.run('.check', `.check of the wrong ${id}`, 90_000);
    assert.not.ok(passed(out), `${id} (${why}) must fail:\n${out}`);
    assert.match(out, /\d+\/\d+ passed/, `${id}: a failing summary`);
    assert.match(out, /judging \w+ from your workspace/, `${id}: .check says what it judged`);
  }
});

e2e.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createStyle, stripAnsi, visibleWidth } from '../../../src/render/style.ts';
import { exerciseHeader, formatCheckReport, formatExerciseList } from '../../../src/shell/views/practice-text.ts';
import { allExercises, countExercises, rowOf, summaryOf } from '../../../src/practice/pick.ts';
import type { SandboxReport } from '../../../src/practice/sandbox.ts';
import { fixtureCorpus } from '../../practice/helpers.ts';

const s = suite('views/practice-text');
const plain = createStyle({ color: false, width: 60 });
const color = createStyle({ color: true, width: 60 });
const corpus = fixtureCorpus();

const report = (over: Partial<SandboxReport> = {}): SandboxReport => ({
  results: [
    { name: 'attempt 0 is at most base', ok: true, ms: 1 },
    { name: 'delays are jittered', ok: false, message: 'with random() = 0 the delay must be 0: expected 0, got 100', ms: 1 },
    { name: 'never exceeds cap', ok: true, ms: 1 },
  ],
  output: '',
  ms: 3,
  wallMs: 4,
  verdict: { kind: 'finished' },
  ...over,
});

s('a failing run: ✓/✗ lines, then "2/3 passed · .hint for a nudge"', () => {
  const out = formatCheckReport(report(), { ms: 31, hintsLeft: 2 }, plain);
  assert.equal(out.split('\n'), [
    ' ✓ attempt 0 is at most base',
    ' ✗ delays are jittered: with random() = 0 the delay must be',
    '   0: expected 0, got 100',
    ' ✓ never exceeds cap',
    ' 2/3 passed · .hint for a nudge',
  ]);
});

s('a passing run names the count and time; no hints left points at --give-up', () => {
  const ok = report({ results: [{ name: 'a', ok: true, ms: 1 }, { name: 'b', ok: true, ms: 1 }] });
  assert.equal(formatCheckReport(ok, { ms: 30.6, hintsLeft: 0 }, plain).split('\n'), [
    ' ✓ a',
    ' ✓ b',
    ' ✓ all 2 checks passed in 31 ms · .solution to compare with',
    '   the reference',
  ]);
  assert.match(formatCheckReport(report(), { ms: 1, hintsLeft: 0 }, plain), /\.solution --give-up shows the answer/);
});

s('a stopped run: skipped checks, the load error, a short reason in the summary', () => {
  const stopped = report({
    results: [
      { name: 'a', ok: false, message: 'ran out of memory (the limit is 256 MB)', ms: 1 },
      { name: 'b', ok: false, message: 'not run', ms: 0, skipped: true },
    ],
    verdict: { kind: 'memory', limitMb: 256, check: 'a' },
    stopped: 'ran out of memory (the limit is 256 MB) (during "a")',
  });
  const out = formatCheckReport(stopped, { ms: 1, hintsLeft: 1 }, plain);
  assert.match(out, / · b \(not run\)/);
  assert.match(out, /0\/2 passed · stopped: out of memory \(256 MB\) · \.hint/);
  const loading = report({ results: [], error: 'your code threw while loading: ReferenceError: x is not defined' });
  assert.match(formatCheckReport(loading, { ms: 1, hintsLeft: 1 }, plain), /^ ! your code threw while loading: ReferenceError/);
  assert.match(formatCheckReport(loading, { ms: 1, hintsLeft: 1 }, plain), /no check ran/);
});

s('a run stopped after its last check says why on a line of its own', () => {
  const after = report({
    verdict: { kind: 'timeout', limitMs: 2000 },
    stopped: 'stopped after 2000 ms, the time limit (after the checks: something your code started kept running)',
  });
  const out = formatCheckReport(after, { ms: 1, hintsLeft: 1 }, plain).replace(/\s+/g, ' ');
  assert.match(out, /! stopped after 2000 ms, the time limit \(after the checks: something your code started kept running\) 2\/3 passed · stopped at the 2000 ms time limit/);
});

s('output and notes are shown, capped at 20 lines, each cut to the width', () => {
  const long = Array.from({ length: 25 }, (_, i) => `line ${i} ${'x'.repeat(80)}`).join('\n');
  const out = formatCheckReport(report({ output: long, notes: ['a promise was rejected and nothing handled it: boom'] }), { ms: 1, hintsLeft: 1 }, plain);
  assert.match(out, / ! a promise was rejected/);
  assert.match(out, / output:\n {3}line 0 x+…/);
  assert.match(out, /… 5 more lines/);
  for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= 60, `too wide: ${line}`);
});

s('colour only through the style', () => {
  const out = formatCheckReport(report(), { ms: 1, hintsLeft: 1 }, color);
  assert.ok(out.includes('\x1b['));
  assert.is(stripAnsi(out), formatCheckReport(report(), { ms: 1, hintsLeft: 1 }, plain));
});

s('exerciseHeader: title, then id · area · difficulty · lesson · hints', () => {
  const entry = allExercises(corpus)[0]!;
  assert.is(exerciseHeader({ ...summaryOf(entry), hints: entry.exercise.hints.length }, createStyle({ color: false, width: 100 })), 'Sum an array\nexercise sum-array · Algorithm patterns · easy · lesson array-sums · 2 hints');
});

s('formatExerciseList fits 60 and 100 columns; difficulty shows when there is room', () => {
  const entries = allExercises(corpus);
  const st = new Map([['sum-array', 'solved' as const]]);
  const rows = entries.map((e) => rowOf(e, st));
  const narrow = formatExerciseList(rows, countExercises(entries, st), plain);
  for (const line of narrow.split('\n')) assert.ok(visibleWidth(line) <= 60, `too wide: ${line}`);
  assert.not.match(narrow, /easy/);
  const wide = formatExerciseList(rows, countExercises(entries, st), createStyle({ color: false, width: 100 }));
  assert.match(wide, / 1 ✓ sum-array\s+Sum an array\s+easy/);
  for (const line of wide.split('\n')) assert.ok(visibleWidth(line) <= 100, `too wide: ${line}`);
});

s('control sequences from check names, messages, notes and output never reach the terminal', () => {
  const evil = 'a\x1b]52;c;cm0gLXJmIH4=\x07b\x1b[6nc\x1bPq#0;2;0;0;0\x1b\\d\x1b]0;title\x1b\\e\x9b31mf\x07\x08\x7f\x1bcg';
  const r = report({
    results: [
      { name: `ok ${evil}`, ok: true, ms: 1 },
      { name: `bad ${evil}`, ok: false, message: evil, ms: 1 },
    ],
    notes: [evil],
    error: evil,
    output: `${evil}\nsecond line\n`,
  });
  for (const style of [plain, color]) {
    const out = stripAnsi(formatCheckReport(r, { ms: 1, hintsLeft: 1 }, style));
    assert.not.match(out, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, JSON.stringify(out));
    assert.match(out, /abcdefg/);
  }
  const colored = formatCheckReport(r, { ms: 1, hintsLeft: 1 }, color);
  assert.not.match(colored, /\x1b\]|\x1bP|\x1b\[6n|\x1bc/);
});

s.run();

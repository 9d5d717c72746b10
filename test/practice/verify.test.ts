import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../../src/corpus/load.ts';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { formatProblem } from '../../src/corpus/types.ts';
import { compileExercise, judgeSolution, judgeStarter, verifyCorpusExercises, verifyExercise, type Runner } from '../../src/practice/verify.ts';

const s = suite('verify');
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function corpusOf(name: string) {
  const r = loadFolder(fixture(name));
  return makeCorpus(r.lessons, r.problems);
}

s('a good corpus verifies with no problems', async () => {
  const problems = await verifyCorpusExercises(corpusOf('corpus'));
  assert.equal(problems.map(formatProblem), []);
});

s('each kind of broken exercise is named with file, line and what is wrong', async () => {
  const corpus = corpusOf('bad');
  const problems = await verifyCorpusExercises(corpus);
  const text = problems.map(formatProblem);
  const has = (re: RegExp) => assert.ok(text.some((t) => re.test(t)), `no problem matching ${re}:\n${text.join('\n')}`);
  has(/broken\.md:\d+: error: exercise starter-passes: starter passes every check \(it must fail at least one\)/);
  has(/exercise solution-fails: solution fails "is two": two\(\): expected 2, got 3/);
  has(/exercise starter-broken: starter does not compile \(line 1, column \d+\)/);
  has(/exercise solution-hangs: solution: stopped after 1000 ms \(2x its timeout=500, the headroom check-corpus gives a slow machine\)/);
  // the duplicate id is reported once, by the corpus (makeCorpus), and not again by the verifier
  const all = [...corpus.problems, ...problems].map(formatProblem);
  assert.is(all.filter((t) => /exercise id "solution-fails" is used twice/.test(t)).length, 1);
  assert.not.ok(text.some((t) => /good-one/.test(t)), 'the good exercise has no problem');
  assert.is(text.filter((t) => /solution-hangs/.test(t)).length, 1, 'the hang is told once');
  // problems carry the exercise's heading line
  const hang = problems.find((p) => /solution-hangs/.test(p.message))!;
  assert.ok(hang.line && hang.line > 1);
});

s('a wrong solution that passes every check is named with its reason and line; one the checks reject is not', async () => {
  const problems = await verifyCorpusExercises(corpusOf('bad'), { only: ['wrong-gets-through'] });
  const text = problems.map(formatProblem);
  assert.is(text.filter((t) => /wrong solution/.test(t)).length, 1, text.join('\n'));
  assert.match(text.join('\n'), /exercise wrong-gets-through: wrong solution "always returns the second argument" \(line \d+\) passes every check/);
});

s("wrong solutions run with the learner's own time limit; the solution and starter get the headroom", async () => {
  const ex = corpusOf('corpus').exercises.get('sum-array')!;
  const seen: [string, number | undefined][] = [];
  const runner: Runner = async (input) => {
    seen.push([input.chunks[0]!.includes('filter') || input.chunks[0]!.includes('(a, b) => a + b)') ? 'wrong' : 'other', input.headroom]);
    return { output: '', ms: 1, results: [{ name: 'x', ok: false, ms: 1 }] };
  };
  await verifyExercise(ex, runner);
  assert.equal(seen.filter(([k]) => k === 'wrong').map(([, h]) => h), [1, 1]);
  assert.equal(seen.filter(([k]) => k === 'other').map(([, h]) => h), [undefined, undefined]);
});

s('minWrong: an exercise with too few known-wrong solutions is a problem', async () => {
  const problems = await verifyCorpusExercises(corpusOf('corpus'), { minWrong: 2 });
  const text = problems.map(formatProblem).join('\n');
  assert.not.match(text, /sum-array/, 'sum-array has two wrong blocks');
  assert.match(text, /exercise max-of: 0 known-wrong solutions .* at least 2/);
  assert.match(text, /exercise running-total: 0 known-wrong solutions/);
});

s('only: verifies just the named exercises', async () => {
  const problems = await verifyCorpusExercises(corpusOf('bad'), { only: ['good-one'] });
  assert.equal(problems.filter((p) => /exercise good-one/.test(p.message)), []);
  assert.not.ok(problems.some((p) => /starter-passes/.test(p.message)));
});

s('onProgress counts every exercise with checks', async () => {
  const seen: string[] = [];
  await verifyCorpusExercises(corpusOf('corpus'), { onProgress: (_done, total, id) => seen.push(`${id}/${total}`) });
  assert.equal(seen.sort(), ['max-of/3', 'running-total/3', 'sum-array/3']);
});

s('judgeStarter: a starter that hangs is a problem; one that fails a check is fine', () => {
  const base = { output: '', ms: 1, wallMs: 1 };
  assert.equal(judgeStarter({ ...base, results: [{ name: 'a', ok: false, ms: 1 }], verdict: { kind: 'finished' } }), []);
  assert.match(
    judgeStarter({ ...base, results: [], verdict: { kind: 'timeout', limitMs: 10 }, stopped: 'stopped after 10 ms' })[0]!,
    /starter: stopped after 10 ms/,
  );
});

s('judgeSolution: notes (an unhandled rejection) are problems', () => {
  const r = { output: '', ms: 1, results: [{ name: 'a', ok: true, ms: 1 }], notes: ['a promise was rejected and nothing handled it: x'] };
  assert.equal(judgeSolution(r), ['solution: a promise was rejected and nothing handled it: x']);
});

s('compileExercise reports a block that does not compile', () => {
  const c = corpusOf('bad');
  const compiled = compileExercise(c.exercises.get('starter-broken')!);
  assert.is(compiled.starter, null);
  assert.ok(compiled.checks && compiled.solution);
  assert.equal(compiled.wrong, []);
  assert.match(compiled.problems[0]!, /starter does not compile/);
});

s.run();

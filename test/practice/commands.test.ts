// The practice commands against the fixture corpus, with a real sandbox.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { practice } from '../../src/shell/commands/practice.ts';
import { check, STAR_CRITERIA } from '../../src/shell/commands/check.ts';
import { hint } from '../../src/shell/commands/hint.ts';
import { solution } from '../../src/shell/commands/solution.ts';
import { edit } from '../../src/shell/commands/edit.ts';
import { exercises } from '../../src/shell/commands/exercises.ts';
import { NotFoundError, UsageError } from '../../src/errors.ts';
import { visibleWidth } from '../../src/render/style.ts';
import { fixtureCorpus, memoryStore, testSession, warm, type TestSession } from './helpers.ts';
import { exec } from '../helpers/context.ts';

const SUM = 'function sum(xs: number[]): number { return xs.reduce((a, b) => a + b, 0); }';
const text = async (p: Promise<string | void> | string | void) => String((await p) ?? '');
const sessions: TestSession[] = [];
function session(opts: Parameters<typeof testSession>[0] = {}) {
  const s = testSession(opts);
  sessions.push(s);
  return s;
}
async function closeAll() {
  for (const s of sessions.splice(0)) await s.close();
}
async function rejects(p: Promise<unknown>, re: RegExp, kind: typeof UsageError | typeof NotFoundError = UsageError) {
  try {
    await p;
  } catch (e) {
    assert.instance(e, kind);
    assert.match((e as Error).message, re);
    return;
  }
  assert.unreachable('expected a UsageError');
}

// ---------------------------------------------------------------- .practice
const p = suite('.practice');
p.after(closeAll);

p('by words: shows the task and starter, and puts the starter in scope (not counted as learner code)', async () => {
  const s = session();
  const out = await text(exec(practice, 'sum', s));
  assert.match(out, /^Sum an array\nexercise sum-array · Algorithm patterns · easy/);
  assert.match(out, /Write sum\(xs\) returning the total/);
  assert.match(out, /function sum\(xs: number\[\]\): number \{/);
  assert.match(out, /\.check runs the checks · \.hint \(2\)/);
  assert.is(s.state.exercise?.exercise.id, 'sum-array');
  assert.match(s.state.exercise!.code, /function sum\(xs: number\[\]\): number \{\n {2}return 0;/, 'the workspace starts as the starter');
  assert.match(s.evaluated[0]!, /return 0;/);
  for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= 60 || /^\s/.test(line), `too wide: ${line}`);
});

p('with no argument: the current topic\'s first unsolved exercise, else the next unsolved one', async () => {
  const store = memoryStore();
  const s = session({ store });
  const corpus = await s.corpus();
  s.state.current = corpus.byId.get('array-sums')!;
  await exec(practice, '', s);
  assert.is(s.state.exercise?.exercise.id, 'sum-array');
  store.recordAttempt({ exerciseId: 'sum-array', lessonId: 'array-sums', codeHash: 'x', passed: 3, failed: 0, durationMs: 1 });
  await exec(practice, '', s);
  assert.is(s.state.exercise?.exercise.id, 'running-total');
  store.recordAttempt({ exerciseId: 'running-total', lessonId: 'array-sums', codeHash: 'x', passed: 1, failed: 0, durationMs: 1 });
  await exec(practice, '', s);
  assert.is(s.state.exercise?.exercise.id, 'max-of', 'then the next unsolved in corpus order');
  store.recordAttempt({ exerciseId: 'max-of', lessonId: 'maximum', codeHash: 'x', passed: 2, failed: 0, durationMs: 1 });
  s.state.current = null;
  assert.match(await text(exec(practice, '', s)), /every exercise is solved/);
});

p('an ambiguous match lists the candidates; an unknown one is a usage error', async () => {
  const s = session();
  const out = await text(exec(practice, 'sums', s));
  assert.match(out, /2 exercises match "sums":/);
  assert.match(out, /sum-array/);
  assert.match(out, /running-total/);
  assert.is(s.state.exercise, null);
  await rejects(Promise.resolve(exec(practice, 'quantum teleport', s)), /^\.practice: no exercise matches "quantum teleport"/, NotFoundError);
});

p('a saved workspace is loaded back and said so', async () => {
  const s = session();
  const path = join(s.dataDir, 'workspaces', 'sum-array.ts');
  (await import('node:fs')).mkdirSync(join(s.dataDir, 'workspaces'), { recursive: true });
  writeFileSync(path, SUM);
  const out = await text(exec(practice, 'sum-array', s));
  assert.match(out, new RegExp(`loaded your saved work from ${path.replace(/[/.]/g, '\\$&')} \\(1 line\\)`));
  assert.is(s.state.exercise?.code, SUM);
});

p('a writing prompt shows its task and no starter', async () => {
  const s = session();
  const out = await text(exec(practice, 'draft-star-method', s));
  assert.match(out, /Tell a STAR story/);
  assert.match(out, /writing prompt/);
  assert.not.match(out, /Starter/);
  assert.equal(s.evaluated, []);
});
p.run();

// ---------------------------------------------------------------- .check
const c = suite('.check');
c.after(closeAll);

c('without an exercise: a usage error', async () => {
  await rejects(Promise.resolve(exec(check, '', session())), /no exercise in progress: \.practice starts one/);
});

c('right after .practice: the starter fails, with expected and actual values, and the attempt is recorded', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'sum-array', s);
  const out = await text(exec(check, '', s));
  assert.match(out, / ✓ empty array sums to 0/);
  assert.match(out, / ✗ adds the numbers: sum\(\[1, 2, 3\]\): expected 6, got 0/);
  assert.match(out, / 1\/3 passed · \.hint for a nudge/);
  assert.is(s.store.attempts.length, 1);
  const a = s.store.attempts[0]!;
  assert.equal([a.exerciseId, a.lessonId, a.passed, a.failed], ['sum-array', 'array-sums', 1, 2]);
  assert.match(a.codeHash, /^[0-9a-f]{64}$/);
  assert.is(s.state.exercise?.solved, false);
});

c('after the learner defines a solution: all checks pass', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'sum-array', s);
  await s.evaluate(SUM);
  const out = await text(exec(check, '', s));
  assert.match(out.replace(/\s+/g, ' '), /✓ all 3 checks passed in \d+ ms · \.solution to compare with the reference/);
  assert.is(s.state.exercise?.solved, true);
  assert.equal(s.store.exerciseStatus().get('sum-array'), 'solved');
});

c('the code hash follows the code', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'sum-array', s);
  await exec(check, '', s);
  await s.evaluate(SUM);
  await exec(check, '', s);
  const [h1, h2] = s.store.attempts.map((a) => a.codeHash);
  assert.is.not(h1, h2);
});

c('an endless loop in the learner code: a time-limit verdict, the session and its progress go on', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'max-of', s); // its checks have timeout=1500
  await s.evaluate('function maxOf(xs: number[]) { while (true) {} }');
  const t0 = performance.now();
  const out = await text(exec(check, '', s));
  assert.ok(performance.now() - t0 < 1500 + 500, 'prompt back within the limit + 0.5 s');
  assert.match(out, /✗ finds the largest: stopped after 1500 ms, the time limit;[\s\S]*may be too slow[\s\S]*an endless loop/);
  assert.match(out, /· empty gives undefined \(not run\)/);
  assert.match(out.replace(/\s+/g, ' '), /0\/2 passed · stopped at the 1500 ms time limit · \.hint for a nudge/);
  assert.equal(s.store.attempts.map((a) => [a.passed, a.failed]), [[0, 2]]);
  // and the next check works
  await s.evaluate('function maxOf(xs: number[]) { return xs.length ? Math.max(...xs) : undefined; }');
  assert.match(await text(exec(check, '', s)), /all 2 checks passed/);
});

c('code that prints shows its output under the results', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'sum-array', s);
  await s.evaluate('function sum(xs: number[]) { console.log("summing", xs.length); return 0; }');
  const out = await text(exec(check, '', s));
  assert.match(out, / output:\n {3}summing 0\n {3}summing 3/);
});

c('a writing prompt: nothing to run; its own criteria, not its writing tips (hints)', async () => {
  const s = session();
  await exec(practice, 'draft-star-method', s);
  const out = (await text(exec(check, '', s))).replace(/\s+/g, ' ');
  assert.match(out, /nothing to run automatically/);
  assert.match(out, /the disagreement was about a decision, not a person/);
  assert.not.match(out, /Name the situation in one sentence/, 'a hint is a writing tip, not a criterion');
  assert.is(s.store.attempts.length, 0);
});

c('a writing prompt with no criteria of its own is judged on the STAR criteria', async () => {
  const corpus = fixtureCorpus();
  corpus.exercises.get('draft-star-method')!.criteria = [];
  const s = session({ corpus });
  await exec(practice, 'draft-star-method', s);
  const out = (await text(exec(check, '', s))).replace(/\s+/g, ' ');
  for (const c of STAR_CRITERIA) assert.ok(out.includes(c.replace(/\*+/g, '').split(':')[0]!.trim()), c);
});

c('takes no argument', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  await rejects(Promise.resolve(exec(check, 'now', s)), /^\.check: takes no argument/);
});
c.run();

// ---------------------------------------------------------------- .hint
const h = suite('.hint');
h.after(closeAll);

h('reveals hints one at a time, then lists them all', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  const first = await text(exec(hint, '', s));
  assert.match(first, /^hint 1\/2 {2}Start from 0\./);
  assert.match(first, /\.hint again for the next \(1 left\)/);
  assert.match(await text(exec(hint, '', s)), /^hint 2\/2 .*reduce/s);
  const again = await text(exec(hint, '', s));
  assert.match(again, /all 2 hints shown:/);
  assert.match(again, /1\. Start from 0\./);
  assert.is(s.state.exercise?.hintsShown, 2);
});

h('once the hints are used up, .check points at .solution --give-up', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'max-of', s);
  await exec(hint, '', s);
  assert.match(await text(exec(check, '', s)), /\.solution --give-up shows the answer/);
});
h.run();

// ---------------------------------------------------------------- .solution
const so = suite('.solution');
so.after(closeAll);

so('before a pass, in a script: not yet, unless --give-up', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  const out = await text(exec(solution, '', s));
  assert.match(out, /^Not yet: sum-array's checks have not all passed/);
  assert.not.match(out, /reduce/);
  const given = await text(exec(solution, '--give-up', s));
  assert.match(given, /Reference solution for sum-array:/);
  assert.match(given, /xs\.reduce/);
  assert.is(s.state.exercise?.gaveUp, true);
  assert.match(await text(exec(solution, '', s)), /xs\.reduce/, 'after giving up it stays visible');
});

so('after a pass: shown at once', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'sum-array', s);
  await s.evaluate(SUM);
  await exec(check, '', s);
  assert.match(await text(exec(solution, '', s)), /Reference solution for sum-array:/);
});

so('solved in an earlier session (progress says so): shown by id', async () => {
  const store = memoryStore();
  store.recordAttempt({ exerciseId: 'max-of', lessonId: 'maximum', codeHash: 'x', passed: 2, failed: 0, durationMs: 1 });
  const s = session({ store });
  assert.match(await text(exec(solution, 'max-of', s)), /Math\.max/);
  assert.match(await text(exec(solution, 'sum-array', s)), /^Not yet/);
});

so('on a terminal it asks, and a "y" shows it', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  const asked: string[] = [];
  s.interactive = true;
  s.repl = { question: (q: string, cb: (a: string) => void) => (asked.push(q), cb(asked.length === 1 ? 'n' : 'y')) } as never;
  assert.match(await text(exec(solution, '', s)), /Keep going/);
  assert.match(await text(exec(solution, '', s)), /xs\.reduce/);
  assert.match(asked[0]!, /Give up and see the solution\? \[y\/N\]/);
});

so('a writing prompt shows its model answer at any time; an unknown id is not found, none is a usage error', async () => {
  const s = session();
  assert.match(await text(exec(solution, 'draft-star-method', s)), /A model answer for draft-star-method:[\s\S]*Situation:/);
  await rejects(Promise.resolve(exec(solution, 'nope', s)), /no exercise "nope"/, NotFoundError);
  await rejects(Promise.resolve(exec(solution, '', s)), /no exercise in progress/);
});
so.run();

// ---------------------------------------------------------------- .edit
const e = suite('.edit');
const editorDir = mkdtempSync(join(tmpdir(), 'swelearn-editor-'));
const saved = { VISUAL: process.env.VISUAL, EDITOR: process.env.EDITOR };
/** A fake editor: records the file it was given and what it held, then writes `content`. */
function fakeEditor(content: string, status = 0): string {
  const script = join(editorDir, `editor-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
writeFileSync(${JSON.stringify(script + '.seen')}, readFileSync(file, 'utf8'));
writeFileSync(file, ${JSON.stringify(content)});
process.exit(${status});`,
  );
  chmodSync(script, 0o755);
  return script;
}
e.after(async () => {
  process.env.VISUAL = saved.VISUAL;
  if (saved.VISUAL === undefined) delete process.env.VISUAL;
  process.env.EDITOR = saved.EDITOR;
  if (saved.EDITOR === undefined) delete process.env.EDITOR;
  await closeAll();
});

e('opens $VISUAL on the workspace (the starter with typed definitions in place), then loads what was saved', async () => {
  const s = session();
  await warm(s);
  await exec(practice, 'sum-array', s);
  await s.evaluate('const helper = 1;');
  const script = fakeEditor(SUM);
  s.env.VISUAL = `${process.execPath} ${script}`;
  const out = await text(exec(edit, '', s));
  const path = join(s.dataDir, 'workspaces', 'sum-array.ts');
  assert.match(out, new RegExp(`loaded ${path.replace(/[/.]/g, '\\$&')} \\(1 line\\)`));
  const seen = readFileSync(script + '.seen', 'utf8');
  assert.match(seen, /function sum\(xs: number\[\]\): number \{\n {2}return 0;/);
  assert.match(seen, /const helper = 1;/);
  assert.is(s.state.exercise?.code, SUM);
  assert.match(await text(exec(check, '', s)), /all 3 checks passed/);
  // the workspace survives: a new session loads it back
  const later = session({ dataDir: s.dataDir });
  assert.match(await text(exec(practice, 'sum-array', later)), /loaded your saved work/);
});

e('falls back to $EDITOR; an editor that fails loads nothing', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  delete s.env.VISUAL;
  s.env.EDITOR = `${process.execPath} ${fakeEditor('garbage(', 1)}`;
  const out = await text(exec(edit, '', s));
  assert.match(out.replace(/\s+/g, ' '), /exited with status 1: nothing was loaded/);
  assert.match(s.state.exercise!.code, /return 0;/, 'the session keeps the workspace it had');
});

e('a missing editor is a clear usage error', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  delete s.env.VISUAL;
  s.env.EDITOR = 'no-such-editor-swelearn';
  // the shell opens the editor (the command's edit effect): its error goes to stderr
  assert.is(await text(exec(edit, '', s)), '');
  assert.match(s.errors().replace(/\s+/g, ' '), /the editor "no-such-editor-swelearn" was not found \(set \$VISUAL or \$EDITOR\)/);
});

e('a syntax error in the saved file is reported with the path; the file is kept', async () => {
  const s = session();
  await exec(practice, 'sum-array', s);
  s.env.VISUAL = `${process.execPath} ${fakeEditor('function sum(xs { }')}`;
  const out = await text(exec(edit, '', s));
  assert.match(out, /did not load/);
  assert.match(out, /fix it with \.edit/);
  assert.ok(existsSync(join(s.dataDir, 'workspaces', 'sum-array.ts')));
});

e('a writing prompt edits a markdown draft and does not evaluate it', async () => {
  const s = session();
  await exec(practice, 'draft-star-method', s);
  s.env.VISUAL = `${process.execPath} ${fakeEditor('Situation: one two three four')}`;
  const out = await text(exec(edit, '', s));
  assert.match(out.replace(/\s+/g, ' '), /draft saved in .*draft-star-method\.md \(5 words\)/);
  assert.equal(s.evaluated, []);
});
e.run();

// ---------------------------------------------------------------- .exercises
const x = suite('.exercises');
x.after(closeAll);

x('lists exercises by area with marks and a solved count', async () => {
  const store = memoryStore();
  store.recordAttempt({ exerciseId: 'sum-array', lessonId: 'array-sums', codeHash: 'x', passed: 3, failed: 0, durationMs: 1 });
  store.recordAttempt({ exerciseId: 'max-of', lessonId: 'maximum', codeHash: 'x', passed: 0, failed: 2, durationMs: 1 });
  const s = session({ store });
  const out = await text(exec(exercises, '', s));
  assert.match(out, /^1\/3 solved · 1 attempted/);
  assert.match(out, /Algorithm patterns\n 1 ✓ sum-array/);
  assert.match(out, / 2 · running-total/);
  assert.match(out, / 3 • max-of/);
  assert.match(out, /Behavioural\n 4 ✎ draft-star-method/);
  for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= 60, `too wide: "${line}"`);
  // .practice N picks from this list
  await exec(practice, '3', s);
  assert.is(s.state.exercise?.exercise.id, 'max-of');
});

x('--area filters; --json gives data', async () => {
  const s = session();
  const out = await text(exec(exercises, '--area behavioral', s));
  assert.match(out, /^0\/0 solved/);
  assert.not.match(out, /sum-array/);
  const data = JSON.parse(await text(exec(exercises, '--json --area algorithms', s)));
  assert.equal(
    data.exercises.map((e: { id: string; status: string; kind: string }) => `${e.id}:${e.status}:${e.kind}`),
    ['sum-array:new:checks', 'running-total:new:checks', 'max-of:new:checks'],
  );
  assert.equal([data.solved, data.total], [0, 3]);
  await rejects(Promise.resolve(exec(exercises, '--area cooking', s)), /no area "cooking" \(areas: algorithms, behavioral\)/, NotFoundError);
});
x.run();

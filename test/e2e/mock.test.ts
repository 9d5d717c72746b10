// .mock at a real swe> prompt in a pseudo-terminal: a coding mock with a .check and a hint, a
// design mock through every stage, the prompt's timer counting down, a time-out that submits by
// itself, and the history after a restart. Time boxes are in seconds; waits are generous (a
// loaded machine) and nothing asserts how long anything took. Needs dist/.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';

const e2e = suite('e2e: .mock');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

const MOCK_PROMPT = /swe\[mock (\d\d):(\d\d)(?: paused)?\]> $/;
const ANY_PROMPT = /(swe> |swe\[mock \d\d:\d\d(?: paused)?\]> )$/;

/** type a line and wait for the next prompt (either kind); returns what it printed */
async function run(t: Term, line: string, step: string, timeoutMs = 30_000): Promise<string> {
  t.mark();
  t.line(line);
  await t.waitFor(line.slice(0, 16), `echo of ${step}`, timeoutMs);
  return t.waitFor(new RegExp(`\\n[^\\n]*${ANY_PROMPT.source}`), step, timeoutMs);
}

const secondsLeft = (screen: string): number => {
  const all = [...screen.matchAll(/swe\[mock (\d\d):(\d\d)/g)];
  const m = all.at(-1);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

e2e('a coding mock from start to submit, with a .check and a hint in between', async () => {
  const data = tempDir();
  term = startTerm({ dataDir: data });
  await term.prompt('start-up', 30_000);
  const start = await run(term, '.mock coding --minutes 20 --area algorithms --difficulty easy', 'start a coding mock', 60_000);
  assert.match(start, 'Mock coding interview');
  assert.match(start, 'Starter (in scope now');
  const checked = await run(term, '.check', '.check during the mock', 90_000);
  assert.match(checked, /visible checks? shown; \d+ more run when you submit/);
  const hinted = await run(term, '.hint', '.hint during the mock');
  assert.match(hinted, 'hint 1/');
  assert.match(hinted, 'this hint costs 5 points');
  const locked = await run(term, '.solution', '.solution during the mock');
  assert.match(locked, 'locked during a coding mock');
  const done = await run(term, '.mock submit', 'submit', 120_000);
  assert.match(done, 'full checks passed');
  assert.match(done, /Score \d+\/100/);
  assert.match(done, 'transcript saved: mocks/');
  assert.match(done, 'hints (1 × −5)');
  const files = readdirSync(join(data, 'mocks'));
  assert.is(files.length, 1);
  const md = readFileSync(join(data, 'mocks', files[0]!), 'utf8');
  assert.match(md, '.check on ');
  assert.match(md, 'submit, full checks on');
  assert.match(md, 'Wrong-solution proof');
  assert.match(md, / hint 1: /);
});

e2e('a design mock through every stage: notes, the rubric pre-marked from them, confirmed, scored and saved', async () => {
  const data = tempDir();
  term = startTerm({ dataDir: data });
  await term.prompt('start-up', 30_000);
  const start = await run(term, '.mock design url shortener --minutes 30', 'start a design mock');
  assert.match(start, 'Mock design interview');
  assert.match(start, 'Requirements:');
  const notes = [
    'do links expire? is there a ttl? custom aliases allowed?',
    '100M new links a month: about 40 writes per second, reads 100x that; storage in terabytes over five years',
    'POST /links returns the short code; GET /:code redirects with 302',
    'write path: id generation with base62 counter ranges; read path: redirect through a cache',
    'hash collisions are avoided by counter ranges per server; hot links stay in the cache',
    'monitor redirect latency and cache hit rate',
  ];
  const stages = ['estimates', 'api', 'high-level', 'deep-dive', 'wrap-up'];
  for (const [i, note] of notes.entries()) {
    await run(term, note, `note ${i + 1}`);
    if (i < stages.length) {
      const moved = await run(term, '.mock next', `to stage ${i + 2}`);
      assert.match(moved, `Stage ${i + 2}/6: ${stages[i]}`);
    }
  }
  term.mark();
  term.line('.mock next');
  // the rubric: each point asked in turn; the first pre-marked from the notes
  let out = await term.waitFor(/covered\? \[[Yy]\/[Nn]\] $/, 'the first rubric question');
  assert.match(out, 'The rubric:');
  let questions = out;
  let asked = 0;
  for (;;) {
    asked++;
    term.mark();
    term.line(asked === 2 ? 'n' : '');
    out = await term.waitFor(/(covered\? \[[Yy]\/[Nn]\] $|transcript saved[\s\S]*swe> $)/, `answer ${asked}`, 30_000);
    questions += out;
    if (/transcript saved/.test(out)) break;
    assert.ok(asked < 40, 'the questions end');
  }
  assert.match(questions, /your notes mention [^\n]+ — covered\? \[Y\/n\]/, 'points are pre-marked from the notes');
  assert.match(out, /Score \d+\/100/);
  assert.match(out, 'Outline of a strong answer');
  const files = readdirSync(join(data, 'mocks'));
  assert.is(files.length, 1);
  const md = readFileSync(join(data, 'mocks', files[0]!), 'utf8');
  for (const st of ['requirements', ...stages]) assert.match(md, new RegExp(`- ${st} \\(\\d\\d:\\d\\d\\): started`), `stage ${st} timestamped`);
  assert.match(md, 'redirect through a cache');
  assert.match(md, /- \[x\] /);
  assert.match(md, /- \[ \] /);
});

e2e("the prompt's timer counts down, and pause stops it", async () => {
  term = startTerm();
  await term.prompt('start-up', 30_000);
  term.mark();
  term.line('.mock behavioral conflict --minutes 3');
  const first = await term.waitFor(MOCK_PROMPT, 'the mock prompt');
  const t1 = secondsLeft(first);
  assert.ok(t1 <= 180 && t1 > 0, `starts at most at 03:00 (${t1})`);
  term.mark();
  term.type('typing while the clock runs');
  // the prompt is redrawn in place with less time left; the typed text stays
  const later = await term.waitFor(new RegExp(`swe\\[mock (?!${first.match(/swe\[mock (\d\d:\d\d)/g)!.at(-1)!.slice(10)})\\d\\d:\\d\\d\\]> `), 'the timer moving', 20_000);
  assert.ok(secondsLeft(later) < t1, `${secondsLeft(later)} < ${t1}`);
  term.type('\x15'); // Ctrl-U: clear the line
  const paused = await run(term, '.mock pause', 'pause');
  assert.match(paused, 'Mock paused');
  assert.match(paused, /swe\[mock \d\d:\d\d paused\]> $/);
  await run(term, '.mock end', 'abandon');
});

e2e('time running out submits the mock by itself', async () => {
  const data = tempDir();
  term = startTerm({ dataDir: data });
  await term.prompt('start-up', 30_000);
  term.mark();
  term.line('.mock coding --seconds 4 --area algorithms --difficulty easy');
  const out = await term.waitFor(/Time is up: submitting[\s\S]*transcript saved[\s\S]*swe> $/, 'the auto-submit', 90_000);
  assert.match(out, 'full checks passed');
  assert.match(out, /Score \d+\/100 \(time ran out\)/);
  assert.ok(existsSync(join(data, 'mocks')));
});

e2e('.mock history lists the mocks after a restart', async () => {
  const data = tempDir();
  term = startTerm({ dataDir: data });
  await term.prompt('start-up', 30_000);
  await run(term, '.mock behavioral conflict --minutes 5', 'start');
  await run(term, 'I decided to meet them 1:1; we shipped on time and cut review time 30 percent; I learned to ask first', 'a note');
  term.mark();
  term.line('.mock submit');
  for (let i = 0; i < 12; i++) {
    const o = await term.waitFor(/(covered\? \[[Yy]\/[Nn]\] $|transcript saved[\s\S]*swe> $)/, `question ${i + 1}`);
    if (/transcript saved/.test(o)) break;
    term.mark();
    term.line('y');
  }
  await run(term, '.mock end', 'nothing to end').catch(() => {});
  term.mark();
  term.type('\x04');
  await term.exited;
  term = startTerm({ dataDir: data });
  await term.prompt('restart', 30_000);
  const list = await term.run('.mock history', '.mock history after the restart');
  assert.match(list, /1\s+\d{4}-\d\d-\d\d\s+behavioural/);
  assert.match(list, '100/100');
  const shown = await term.run('.mock show 1', '.mock show 1');
  assert.match(shown, 'Mock behavioural interview');
});

e2e.run();

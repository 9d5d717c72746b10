// Input at the swe> prompt: continuation decided by parsing, method chains in scripts, bracketed
// paste, errors on the learner's own line, and code that can always be stopped.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runSwelearn } from '../helpers/run.ts';
import { startTerm, type Term } from '../helpers/pty.ts';

const e2e = suite('e2e: prompt input');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

e2e('piped: classes, enums, namespaces, object literals, generics, parameter lists and templates continue until complete', async () => {
  const script = [
    'class Box<K, V> {',
    '  constructor(public k: K, public v: V) {}',
    '  get(): V { return this.v }',
    '}',
    'enum Color {',
    '  Red,',
    '  Green,',
    '}',
    'namespace Geo {',
    '  export const unit = 2;',
    '}',
    'const cfg = {',
    '  a: 1,',
    '  b: [2, 3],',
    '};',
    'function pair<',
    '  A,',
    '  B,',
    '>(a: A,',
    '  b: B): [A, B] {',
    '  return [a, b];',
    '}',
    'const t = `one',
    'two ${1 +',
    '  1}`',
    '[new Box(1, "v").get(), Color.Green, Geo.unit, cfg.b.length, pair(1, "x").length, t]',
  ].join('\n');
  const r = await runSwelearn([], script + '\n');
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout.replace(/\s+/g, ' '), /\[ 'v', 1, 2, 2, 2, 'one\\ntwo 2' \]/, r.stdout);
  assert.not.match(r.stdout, /SyntaxError|Invalid REPL keyword/);
});

e2e('piped: a line starting with .name continues the statement above, unless it is a command', async () => {
  const r = await runSwelearn([], 'const xs = [1, 2, 3]\n  .map((x) => x * 2)\n  .filter((x) => x > 2)\nxs\n[5, 6]\n  .find((x) => x > 5)\n.help topic\n');
  assert.is(r.code, 0, r.stdout);
  assert.match(r.stdout, /\[ 4, 6 \]/);
  assert.match(r.stdout, /^6$/m, '.find( is a method call here');
  assert.match(r.stdout, /\.topic ID/, '.help still runs as a command');
  assert.not.match(r.stdout + r.stderr, /unknown command|Invalid REPL keyword/);
});

e2e('a string left open on a line is an error, not a continuation', async () => {
  const r = await runSwelearn([], "const s = 'abc\n\"after\"\n");
  assert.is(r.code, 1);
  assert.match(r.stderr, /SyntaxError/);
  assert.not.match(r.stdout, /SyntaxError/, 'errors go to stderr only');
  assert.match(r.stdout, /'after'/);
});

e2e("errors show the learner's own line, not the transpiled one; a practice session mentions .editor/.edit once", async () => {
  const r = await runSwelearn([], 'return undefined\n.practice lower-bound\nconst x: = 1\nconst y: = 2\n');
  assert.match(r.stderr, /SyntaxError: Illegal return statement \(line 1, column 1\)\n\s+return undefined\n/);
  assert.not.match(r.stdout + r.stderr, /void 0/);
  assert.is((r.stderr.match(/\.editor takes it all/g) ?? []).length, 1, r.stderr);
  // the tip is wrapped at word boundaries to the width, like every message
  const narrow = await runSwelearn(['--width', '60'], '.practice lower-bound\nconst x: = 1\n');
  const tip = narrow.stderr.slice(narrow.stderr.indexOf('tip:'));
  assert.match(tip, /^tip: for code over several lines, \.editor takes it all\nbefore running it, and \.edit opens your workspace in your\neditor/, tip);
});

e2e('piped: for (;;) await null hits the time limit, the message names the line, and the script goes on (exit 1, not 130)', async () => {
  const r = await runSwelearn([], 'let k = 1\nfor (;;) await null\n"after"\nawait new Promise((r) => setTimeout(r, 60_000))\n"after a slow await"\n', {
    SWELEARN_EVAL_TIMEOUT_MS: '700',
  });
  assert.is(r.code, 1, `exit ${r.code}\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, /line 2: stopped after 0\.7 s/);
  assert.match(r.stdout, /'after'/);
  assert.match(r.stderr, /line 4: stopped after 0\.7 s/);
  assert.match(r.stdout, /'after a slow await'/);
});

e2e('at a terminal: Ctrl-C stops for (;;) await null and the session goes on', async () => {
  term = startTerm();
  await term.prompt('start-up', 30_000);
  await term.run('let spins = 0', 'warm-up line');
  term.mark();
  term.line('for (;;) { spins++; await null }');
  await new Promise((r) => setTimeout(r, 800));
  term.type('\x03');
  await term.waitFor(/interrupted by Ctrl-C[\s\S]*swe> $/, 'interruption message', 20_000);
  assert.match(await term.run('spins > 0', 'definitions kept'), /\btrue\b/);
  assert.match(await term.run('await new Promise((r) => setTimeout(() => r(7), 50))', 'awaiting a timer still works'), /\b7\b/);
});

e2e('bracketed paste: on at the prompt, off at exit; a pasted block runs as one unit', async () => {
  term = startTerm();
  let raw = '';
  term.pty.onData((d) => (raw += d));
  await term.prompt('start-up', 30_000);
  await term.run('1', 'a first line');
  assert.ok(raw.includes('\x1b[?2004h'), 'bracketed paste is turned on');
  term.mark();
  // two statements that would each run alone if typed: pasted, they run together, once
  term.type('\x1b[200~const pasted = [1, 2]\r  .map((x) => x + 1)\rpasted.join("+")\x1b[201~');
  const out = await term.waitFor(/swe> $/, 'the pasted block', 20_000);
  assert.match(out, /'2\+3'/);
  assert.not.match(out, /unknown command|Invalid REPL keyword/);
  term.line('.exit');
  await term.exited;
  assert.ok(raw.lastIndexOf('\x1b[?2004l') > raw.lastIndexOf('\x1b[?2004h'), 'turned off at exit');
});

e2e.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';

const e2e = suite('e2e: the swe> shell in a pty');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

e2e('starts at the swe> prompt and .help lists the commands', async () => {
  term = startTerm();
  await term.prompt('start-up');
  const out = await term.run('.help');
  for (const cmd of ['.topic', '.topics', '.find', '.help', '.exit', '.editor', '.load']) {
    assert.ok(out.includes(cmd), `.help mentions ${cmd}`);
  }
  assert.match(await term.run('.help topic'), /\.topic ID\|words\|N/);
  assert.match(await term.run('.nonsense'), /unknown command \.nonsense/);
});

e2e('.find then .topic 1 renders that lesson and it becomes the current topic', async () => {
  term = startTerm({ cols: 90 });
  await term.prompt('start-up');
  const found = await term.run('.find push updates to the browser', '.find results');
  const first = /^\s*1\s+(.+?)\s{2,}/m.exec(found);
  assert.ok(first, `a numbered first result in:\n${found}`);
  const title = first![1]!.trim();
  const shown = await term.run('.topic 1', '.topic 1');
  assert.ok(shown.includes(title), `.topic 1 shows "${title}"`);
  assert.match(shown, /Overview/);
  assert.match(shown, /Key Points for Interviews/);
  assert.ok((await term.run('.topic', '.topic with no argument')).includes(title), 'the current topic is the one just opened');
});

e2e('TypeScript at the prompt: annotations, interfaces, multi-line input, persistent definitions', async () => {
  term = startTerm();
  await term.prompt('start-up');
  assert.match(await term.run('const delays: number[] = [1, 2, 4].map(x => x * 100); delays'), /\[ 100, 200, 400 \]/);
  await term.run('interface Opts { base: number }');
  term.mark();
  term.line('function backoff(n: number, o: Opts): number {');
  await term.waitFor('...', 'continuation prompt');
  await term.run('  return o.base * 2 ** n }', 'end of the function');
  assert.match(await term.run('backoff(3, { base: 100 })'), /\b800\b/);
  assert.match(await term.run('const x: = 1', 'syntax error'), /SyntaxError: .*\(line 1, column \d+\)/);
  assert.match(await term.run('delays.length', 'session goes on after an error'), /\b3\b/);
  assert.match(await term.run('class Box { v = 1 }'), /swe> $/);
  assert.match(await term.run('class Box { v = 2 }', 'a class can be redefined'), /swe> $/);
  assert.match(await term.run('new Box().v'), /\b2\b/);
});

e2e('Tab completes dot-commands and lesson ids', async () => {
  term = startTerm();
  await term.prompt('start-up');
  term.mark();
  term.type('.topi\t');
  await term.waitFor(/\.topics?/, 'completion of .topi');
  term.type('\x15'); // Ctrl-U clears the line
  term.mark();
  term.type('.topic websockets-lo\t');
  await term.waitFor('websockets-long-polling', 'completion of a lesson id');
  term.type('\r');
  await term.waitFor(/Overview[\s\S]*swe> $/, 'lesson opened after completion', 15_000);
});

e2e('history persists across a restart', async () => {
  const dataDir = tempDir();
  term = startTerm({ dataDir });
  await term.prompt('first start');
  await term.run('const remembered = 4242');
  term.type('\x04'); // Ctrl-D
  await term.exited;
  term = startTerm({ dataDir });
  await term.prompt('second start');
  term.mark();
  term.type('\x1b[A'); // up arrow
  await term.waitFor('const remembered = 4242', 'history recall with the up arrow');
});

e2e('.exit and Ctrl-D leave with status 0', async () => {
  term = startTerm();
  await term.prompt('start-up');
  term.line('.exit');
  assert.is((await term.exited).exitCode, 0);
  term = startTerm();
  await term.prompt('start-up');
  term.type('\x04');
  assert.is((await term.exited).exitCode, 0);
});

e2e('Ctrl-C interrupts a runaway snippet and the session goes on', async () => {
  term = startTerm();
  await term.prompt('start-up');
  await term.run('let spins = 0', 'warm-up line');
  term.mark();
  term.line('while (true) { spins++ }');
  await new Promise((r) => setTimeout(r, 500));
  term.type('\x03');
  await term.waitFor(/interrupted by Ctrl-C[\s\S]*swe> $/, 'interruption message');
  assert.match(await term.run('spins > 0', 'prompt back, definitions kept'), /\btrue\b/);
});

e2e.run();

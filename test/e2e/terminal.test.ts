import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';
import { visibleWidth } from '../../src/render/style.ts';

const terminal = suite('e2e: respecting the terminal');
let term: Term | undefined;
terminal.after.each(() => term?.kill());

// colour escapes (SGR with a colour or weight), not cursor movement
const COLOUR = /\x1b\[(?:[0-9;]*[1-9][0-9;]*)?m/;

terminal('colour on a TTY; none with NO_COLOR or --no-color', async () => {
  term = startTerm();
  let coloured = '';
  term.pty.onData((d) => (coloured += d));
  await term.prompt('start-up');
  await term.run('.topics --area networking');
  assert.match(coloured, COLOUR, 'colour on a plain TTY');
  term.kill();
  const variants: [string, Parameters<typeof startTerm>[0]][] = [
    ['NO_COLOR', { env: { NO_COLOR: '1' } }],
    ['--no-color', { args: ['--no-color'] }],
  ];
  for (const [name, opts] of variants) {
    term = startTerm(opts);
    let out = '';
    term.pty.onData((d) => (out += d));
    await term.prompt(`start-up with ${name}`);
    await term.run('.topics --area networking');
    await term.run('.topic tcp-vs-udp key points');
    assert.not.match(out, COLOUR, `no colour with ${name}`);
    term.kill();
  }
});

terminal('narrow terminals: lists, help and lessons wrap to the width', async () => {
  term = startTerm({ cols: 60 });
  await term.prompt('start-up');
  const lists = [await term.run('.help'), await term.run('.topics --area databases')];
  for (const line of lists.join('\n').split('\n')) {
    assert.ok(visibleWidth(line) <= 60, `fits 60 columns: "${line}" (${visibleWidth(line)})`);
  }
  const lesson = await term.run('.topic tcp-vs-udp overview');
  for (const line of lesson.split('\n')) {
    // code blocks and diagrams keep their lines, as in glow; prose and list items wrap
    if (/^ {2,}(?![*•-] |\d+\. )/.test(line)) continue;
    assert.ok(visibleWidth(line) <= 60, `fits 60 columns: "${line}" (${visibleWidth(line)})`);
  }
});

terminal('--width overrides the terminal width', async () => {
  term = startTerm({ cols: 120, args: ['--width', '50'] });
  await term.prompt('start-up');
  const out = await term.run('.topic tcp-vs-udp when to use');
  const prose = out.split('\n').filter((l) => l.trim() && !/^\s{2}/.test(l));
  assert.ok(prose.length > 3);
  for (const line of prose) assert.ok(visibleWidth(line) <= 50, `"${line}" fits 50 columns`);
});

terminal('a long lesson opens in the pager on a TTY', async () => {
  const dir = tempDir();
  const pager = join(dir, 'pager.sh');
  const seen = join(dir, 'seen.txt');
  writeFileSync(pager, `#!/bin/sh\ncat > ${seen}\necho PAGER-DONE\n`);
  chmodSync(pager, 0o755);
  term = startTerm({ rows: 20, env: { PAGER: pager } });
  await term.prompt('start-up');
  const out = await term.run('.topic websockets-long-polling', 'lesson through the pager');
  assert.match(out, /PAGER-DONE/);
  const paged = readFileSync(seen, 'utf8');
  assert.match(paged, /Overview/);
  assert.match(paged, /Key Points for Interviews/);
  assert.not.match(out, /Key Points for Interviews/, 'the lesson went to the pager, not straight to the screen');
  assert.match(await term.run('1 + 1', 'prompt works after the pager'), /\b2\b/);
});

terminal.run();

// Reading at a real swe> prompt: a .find hit opens at its section, with the table of contents;
// .topic next/prev/toc move through a lesson; wide code is cut with a marker, never broken;
// a narrow screen wraps messages at spaces; lists get read marks; the pager gets -S.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';
import { visibleWidth } from '../../src/render/style.ts';

const reading = suite('e2e: reading lessons');
let term: Term | undefined;
reading.after.each(() => term?.kill());

const SLOW = 60_000;

reading('.find three way handshake, then .topic 1: the matched section first, with the table of contents', async () => {
  term = startTerm({ cols: 100, rows: 40 });
  await term.prompt('start-up', SLOW);
  const found = await term.run('.find three way handshake', '.find', SLOW);
  const first = /^\s*1\s+(.+?)\s{2,}|^\s*1\s+(.+)$/m.exec(found);
  assert.ok(first, found);
  const hit = /\n\s+([A-Z][A-Za-z &-]+): [^\n]*/.exec(found.slice(found.indexOf(' 1 ')));
  assert.ok(hit, `the first hit names its section:\n${found}`);
  const section = hit![1]!;
  const out = await term.run('.topic 1', '.topic 1', SLOW);
  const lines = out.split('\n').map((l) => l.trimEnd());
  const toc = lines.findIndex((l) => l.startsWith('Sections: '));
  assert.ok(toc >= 0 && toc < 5, `a table of contents under the title:\n${out}`);
  assert.ok(lines[toc]!.includes(`[`) && out.includes(`${section}]`), `the matched section "${section}" is marked in the contents:\n${lines[toc]}`);
  // the first heading after the contents is the matched section, not Overview
  const heading = lines.slice(toc + 1).find((l) => l.trim() && !l.startsWith(' '))!;
  assert.is(heading, section, out);
  assert.match(out, /section \d+\/\d+/, 'says where you are');
  assert.match(out, /\.topic (next|prev)/, 'says how to go on');
});

reading('.topic next, prev and toc walk through a lesson section by section', async () => {
  term = startTerm({ cols: 80, rows: 40 });
  await term.prompt('start-up', SLOW);
  let out = await term.run('.topic tcp-vs-udp overview', 'overview', SLOW);
  assert.match(out, /section 1\/\d+/);
  out = await term.run('.topic next', 'next', SLOW);
  assert.match(out, /section 2\/\d+/);
  assert.ok(out.split('\n').some((l) => l.trimEnd() === 'When to Use'), out);
  out = await term.run('.topic p', 'prev', SLOW);
  assert.match(out, /section 1\/\d+/);
  out = await term.run('.topic tcp-vs-udp toc', 'toc', SLOW);
  assert.match(out, /^\s+1\s+Overview$/m);
  assert.match(out, /^\s+2\s+When to Use$/m);
  out = await term.run('.topic', 'where am I', SLOW);
  assert.match(out, /section 1\/\d+/);
});

reading('at 60 columns: no line wider than the screen, code cut with a marker, errors wrapped at spaces', async () => {
  term = startTerm({ cols: 60, rows: 40 });
  await term.prompt('start-up', SLOW);
  const lesson = await term.run('.topic websockets-long-polling', 'a lesson with a side-by-side diagram', SLOW);
  for (const line of lesson.split('\n')) assert.ok(visibleWidth(line) <= 60, `fits 60 columns: "${line}"`);
  assert.ok(lesson.includes('›'), 'the wide diagram is cut with a marker');
  assert.not.ok(/\*\*|`/.test(lesson), 'no markdown markers');
  const err = await term.run('.topc', 'an unknown command', SLOW);
  const lines = err.split('\n').filter((l) => l.trim() && !l.includes('swe>'));
  assert.ok(lines.length >= 2, `the message wraps:\n${err}`);
  // each line ends with a whole word: the lines join back into the message with single spaces
  assert.match(lines.join(' '), /unknown command \.topc — did you mean \.topic\? \(\.help lists the commands\)/);
});

reading('.topics marks what has been read', async () => {
  term = startTerm({ cols: 100, rows: 40 });
  await term.prompt('start-up', SLOW);
  await term.run('.topic dns overview', 'read dns', SLOW);
  const out = await term.run('.topics --area networking', '.topics', SLOW);
  assert.match(out, /DNS[^\n]*read/, out);
  assert.match(out, /1 read/, out);
});

reading('the pager gets -S so wide code scrolls sideways instead of being cut', async () => {
  const dir = tempDir();
  const log = join(dir, 'pager-args.txt');
  const pager = join(dir, 'pager.sh');
  // a stand-in "less" that records its arguments and what it was given
  writeFileSync(pager, `#!/bin/sh\necho "$@" > ${log}\ncat >> ${log}\n`, { mode: 0o755 });
  const bin = join(dir, 'less');
  writeFileSync(bin, `#!/bin/sh\nexec ${pager} "$@"\n`, { mode: 0o755 });
  term = startTerm({ cols: 60, rows: 20, env: { PAGER: `${bin} -R`, PATH: `${dir}:${process.env.PATH}` } });
  await term.prompt('start-up', SLOW);
  await term.run('.topic websockets-long-polling', 'a paged lesson', SLOW);
  const { readFileSync } = await import('node:fs');
  const seen = readFileSync(log, 'utf8');
  assert.match(seen.split('\n')[0]!, /-R -S/, 'less is asked to chop long lines');
  assert.ok(seen.includes('SHORT POLL') && seen.split('\n').some((l) => visibleWidth(l) > 60 && !l.includes('›')), 'wide diagram lines reach the pager whole');
});

reading.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFile, loadFolder, readLessonText } from '../../src/corpus/load.ts';

const load = suite('corpus/load');
const LESSON = '---\ntitle: Good\ntags: [a]\n---\n## Overview\nx\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swe-load-'));
  writeFileSync(join(dir, 'good.md'), LESSON);
  return dir;
}

const problemOf = (dir: string, name: string) => loadFolder(dir).problems.find((p) => p.file.endsWith(name));

load('a .md symlink to /dev/zero is refused as a device, at once, without reading it', () => {
  const dir = folder();
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  const r = loadFolder(dir);
  assert.equal(r.lessons.map((l) => l.id), ['good']);
  assert.match(problemOf(dir, 'zero.md')!.message, /a device, not a lesson file/);
});

load('a .md symlink to a FIFO nobody writes does not hang: refused as a FIFO', () => {
  const dir = folder();
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  symlinkSync(fifo, join(dir, 'pipe.md'));
  const r = loadFolder(dir);
  assert.equal(r.lessons.map((l) => l.id), ['good']);
  assert.match(problemOf(dir, 'pipe.md')!.message, /FIFO/);
});

load('symlink loops and broken symlinks are named as such', () => {
  const dir = folder();
  symlinkSync(join(dir, 'b.md'), join(dir, 'a.md'));
  symlinkSync(join(dir, 'a.md'), join(dir, 'b.md'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'broken.md'));
  const r = loadFolder(dir);
  assert.equal(r.lessons.map((l) => l.id), ['good']);
  assert.match(problemOf(dir, 'a.md')!.message, /symlink loop/);
  assert.match(problemOf(dir, 'broken.md')!.message, /broken symlink/);
});

load('a symlink to a regular file is followed; a .md folder and a symlinked folder are not read', () => {
  const dir = folder();
  const outside = mkdtempSync(join(tmpdir(), 'swe-load-out-'));
  writeFileSync(join(outside, 'real.md'), LESSON.replace('Good', 'Linked'));
  symlinkSync(join(outside, 'real.md'), join(dir, 'linked.md'));
  mkdirSync(join(dir, 'odd.md'));
  symlinkSync(outside, join(dir, 'elsewhere'));
  const r = loadFolder(dir);
  assert.equal(r.lessons.map((l) => l.title).sort(), ['Good', 'Linked']);
  assert.match(problemOf(dir, 'elsewhere')!.message, /symlinked folder is not followed/);
});

load('the size cap: a file over it is refused with its size, and reading stops at the cap', () => {
  const dir = folder();
  writeFileSync(join(dir, 'huge.md'), LESSON + 'x'.repeat(2 * 1024 * 1024));
  assert.match(problemOf(dir, 'huge.md')!.message, /lesson is 2\.0 MB; the limit is 1 MB/);
  const r = readLessonText(join(dir, 'good.md'), 10);
  assert.ok('reason' in r && /limit/.test(r.reason));
  // a file whose size says 0 (as /proc files do) is still read, up to the cap
  const cpuinfo = readLessonText('/proc/self/status');
  assert.ok('text' in cpuinfo && cpuinfo.text.includes('Name:'));
});

load('a file name with control characters is refused, and the message prints none of them', () => {
  const dir = folder();
  const name = 'evil\x1b]0;owned\x07.md';
  writeFileSync(join(dir, name), LESSON);
  const r = loadFile(join(dir, name), 'a');
  assert.is(r.lesson, null);
  assert.match(r.problems[0]!.message, /control characters/);
  assert.not.match(r.problems[0]!.file, /[\x00-\x1f]/);
});

load.run();

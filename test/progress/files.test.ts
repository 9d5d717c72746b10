// Reading an import and writing an export: only regular files up to a cap are read; an export is
// atomic, goes through a symlink to its target, and never replaces a device.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile, writeFileAtomic, FileRefused } from '../../src/progress/files.ts';
import { exportCommand } from '../../src/shell/commands/export.ts';
import { importCommand } from '../../src/shell/commands/import.ts';
import { StoreError, UsageError } from '../../src/errors.ts';
import { tempDir, testSession } from './helpers.ts';
import { exec, outcome } from '../helpers/context.ts';
import { exitCode } from '../../src/shell/outcome.ts';
import { show } from '../../src/shell/effects.ts';

/**
 * A character device that is safe to aim at: as root a private node like /dev/full or /dev/null
 * (a broken export would replace only that), else the real one (which a user cannot replace).
 */
function device(name: 'full' | 'null'): string {
  if (process.getuid?.() !== 0) return `/dev/${name}`;
  const path = join(tempDir(), name);
  execFileSync('mknod', [path, 'c', '1', name === 'full' ? '7' : '3']);
  return path;
}

async function refuses(run: () => unknown, type: new (...a: never[]) => Error, re: RegExp): Promise<void> {
  try {
    await run();
  } catch (e) {
    assert.ok(e instanceof type, `${type.name}, got ${(e as Error).name}: ${(e as Error).message}`);
    assert.match((e as Error).message, re);
    return;
  }
  assert.unreachable(`should be refused with ${re}`);
}

const read = suite('reading an import');

read('only a regular file up to the cap is read, with a message naming the file and why', async () => {
  const dir = tempDir();
  const ok = join(dir, 'ok.json');
  writeFileSync(ok, '{"a": 1}');
  assert.is(readRegularFile(ok), '{"a": 1}');
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const big = join(dir, 'big.json');
  writeFileSync(big, 'x'.repeat(2048));
  await refuses(async () => readRegularFile('/dev/zero'), FileRefused, /\/dev\/zero is a character device, not a regular file/);
  await refuses(async () => readRegularFile(dir), FileRefused, /is a directory, not a regular file/);
  await refuses(async () => readRegularFile(fifo), FileRefused, /pipe is a FIFO \(named pipe\), not a regular file/);
  await refuses(async () => readRegularFile(big, 1024), FileRefused, /big\.json is 2 KB; the limit is 1 KB/);
  await refuses(async () => readRegularFile(join(dir, 'nope')), FileRefused, /cannot read .*nope: ENOENT/);
});

read('.import /dev/zero, a directory or a FIFO: a clear message at once, the session goes on', async () => {
  const s = testSession();
  const fifo = join(tempDir(), 'pipe');
  execFileSync('mkfifo', [fifo]);
  await refuses(() => exec(importCommand, '/dev/zero', s), UsageError, /^\.import: \/dev\/zero is a character device, not a regular file; \.import reads a file written by swelearn export$/);
  await refuses(() => exec(importCommand, s.dataDir, s), UsageError, /is a directory/);
  await refuses(() => exec(importCommand, fifo, s), UsageError, /is a FIFO/);
  await s.close();
});

read('.import of a review with stability -5 leaves it out and says why; the drill still works on the rest', async () => {
  const s = testSession();
  const file = join(tempDir(), 'bad.json');
  const st = { due: Date.now() + 86_400_000, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: Date.now() - 1000 };
  const reviews = [
    { id: 'good', cardId: 'caching:1', lessonId: 'caching', grade: 3, at: Date.now() - 1000, durationMs: 5, before: null, after: st },
    { id: 'bad', cardId: 'load-balancing:1', lessonId: 'load-balancing', grade: 3, at: Date.now() - 1000, durationMs: 5, before: null, after: { ...st, stability: -5 } },
    ...Array.from({ length: 12 }, (_, i) => ({ id: `late-${i}`, cardId: 'sharding:1', lessonId: 'sharding', grade: 3, at: 8.64e15, durationMs: 5, before: null, after: st })),
  ];
  writeFileSync(file, JSON.stringify({ format: 'swelearn-progress', version: 1, reviews, settings: { interviewDate: '9999-99-99' } }));
  const o = await outcome(importCommand, file, s);
  assert.is(exitCode(o), 1, 'rejected entries make the import count as failed');
  await show(o, s);
  const report = s.text();
  assert.match(report, /Imported from .*bad\.json: 1 reviews/);
  assert.match(report, /Rejected 14 entries with impossible values \(not imported\):/);
  assert.match(report, /reviews\[1\] \(id bad\): after: stability -5 is not in/);
  assert.match(report, /reviews\[2\] \(id late-0\): at 8640000000000000 .* is in the future/);
  assert.match(report, /… and 4 more/);
  const store = await s.progress();
  assert.is(store.reviewCount(), 1);
  assert.equal([...store.cards().keys()], ['caching:1']);
  assert.is(store.settings().interviewDate, null);
  await s.close();
});

const write = suite('writing an export');

write('atomic: the old file is replaced in one step, keeps its mode, and no temp file is left', () => {
  const dir = tempDir();
  const file = join(dir, 'p.json');
  writeFileSync(file, 'old');
  chmodSync(file, 0o600);
  const r = writeFileAtomic(file, 'new');
  assert.equal(r, { target: file, viaSymlink: false });
  assert.is(readFileSync(file, 'utf8'), 'new');
  assert.is(statSync(file).mode & 0o777, 0o600);
  assert.equal(readdirSync(dir), ['p.json']);
});

write('a symlink is written through to its target and stays a symlink', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'real'));
  const target = join(dir, 'real', 'progress.json');
  writeFileSync(target, 'old');
  const link = join(dir, 'link.json');
  symlinkSync(target, link);
  assert.equal(writeFileAtomic(link, 'new'), { target, viaSymlink: true });
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.is(readlinkSync(link), target);
  assert.is(readFileSync(target, 'utf8'), 'new');
  // a link to a file not written yet
  const dangling = join(dir, 'later.json');
  symlinkSync(join(dir, 'real', 'later-target.json'), dangling);
  writeFileAtomic(dangling, 'x');
  assert.ok(lstatSync(dangling).isSymbolicLink());
  assert.is(readFileSync(join(dir, 'real', 'later-target.json'), 'utf8'), 'x');
});

write('.export to a device, a directory or a symlink to a device is refused, saying which; the device is untouched', async () => {
  const s = testSession();
  const dev = device('full');
  const dir = tempDir();
  const link = join(dir, 'to-dev');
  symlinkSync(dev, link);
  await refuses(() => exec(exportCommand, dev, s), StoreError, /^\.export: .*full is a character device; an export is written only to a regular file$/);
  assert.ok(lstatSync(dev).isCharacterDevice(), 'still a device');
  await refuses(() => exec(exportCommand, device('null'), s), StoreError, /null is a character device/);
  await refuses(() => exec(exportCommand, link, s), StoreError, /full is a character device; .*\(.*to-dev is a symlink to it\)/);
  assert.ok(lstatSync(link).isSymbolicLink());
  await refuses(() => exec(exportCommand, dir, s), StoreError, /is a directory/);
  const out = join(dir, 'link.json');
  symlinkSync(join(dir, 'target.json'), out);
  assert.match(String(await exec(exportCommand, out, s)), /Exported 0 reviews, .* to .*target\.json \(through the symlink .*link\.json\)/);
  assert.is(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')).format, 'swelearn-progress');
  await s.close();
});

read.run();
write.run();

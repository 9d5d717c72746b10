// Read lesson files from folders (I/O) and parse them. Bad files become problems, never crashes.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseLesson, MAX_LESSON_BYTES } from './parse.ts';
import type { Lesson, Problem } from './types.ts';
import { hasControl, stripControl } from '../util/control-chars.ts';

export interface LoadedFolder {
  lessons: Lesson[];
  problems: Problem[];
}

/** Markdown files of a corpus folder: DIR/<area>/<id>.md, or DIR/<id>.md (area = DIR's name).
 * Folders are walked only when they are real folders: a symlinked folder is reported, not followed
 * (no loops, no walking out of the corpus). */
export function lessonFiles(dir: string, problems: Problem[] = []): { file: string; area: string }[] {
  const found: { file: string; area: string }[] = [];
  const walk = (folder: string, area: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(folder, e.name);
      if (e.isDirectory() && depth < 2) walk(path, depth === 0 ? e.name : area, depth + 1);
      else if (extname(e.name).toLowerCase() === '.md' && !/^readme\.md$/i.test(e.name)) {
        // anything named .md is read (or refused with a reason) by loadFile: files, symlinks, FIFOs…
        if (!e.isDirectory()) found.push({ file: path, area });
      } else if (e.isSymbolicLink() && depth < 2 && isFolder(path)) {
        problems.push({ level: 'warning', file: path, message: 'a symlinked folder is not followed (copy or clone the lessons into the corpus folder)' });
      }
    }
  };
  walk(dir, basename(dir), 0);
  return found;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function kindOf(st: import('node:fs').Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const READ_ERRORS: Record<string, string> = {
  ELOOP: 'a symlink loop (or too many symlinks)',
  ENOENT: 'a broken symlink (its target does not exist)',
  EACCES: 'permission denied',
  EISDIR: 'a folder',
};

/**
 * The text of a lesson file, or why it cannot be one. Only a regular file is read (a symlink
 * counts when it leads to one): the file is opened non-blocking (a FIFO cannot hang the open),
 * checked with fstat on the open descriptor (no swap between check and read), and read up to
 * the size cap and no further (a /proc file or a device that lies about its size cannot fill memory).
 */
export function readLessonText(file: string, maxBytes = MAX_LESSON_BYTES): { text: string } | { reason: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { reason: `cannot read: ${READ_ERRORS[code] ?? code ?? (e as Error).message}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { reason: `cannot read: ${kindOf(st)}, not a lesson file (only regular files are read)` };
    const tooBig = () => ({ reason: `lesson is over ${maxBytes / 1024 / 1024} MB, the limit (split it into several lessons)` });
    if (st.size > maxBytes) return { reason: `lesson is ${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB (split it into several lessons)` };
    // the reported size is a hint (a /proc file says 0): grow up to one byte past the cap
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) return tooBig();
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(64 * 1024, buf.length * 2)));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return tooBig();
    return { text: buf.subarray(0, length).toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { reason: `cannot read: ${READ_ERRORS[code] ?? code ?? (e as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

export function loadFile(file: string, area: string, opts: { builtin?: boolean; trusted?: boolean } = {}): { lesson: Lesson | null; problems: Problem[] } {
  if (hasControl(basename(file))) {
    return { lesson: null, problems: [{ level: 'error', file: stripControl(file), message: 'the file name has control characters: rename it' }] };
  }
  const r = readLessonText(file);
  if ('reason' in r) return { lesson: null, problems: [{ level: 'error', file: file, message: r.reason }] };
  return parseLesson({ text: r.text, file: file, id: basename(file, extname(file)), area, builtin: opts.builtin ?? false, trusted: opts.trusted ?? opts.builtin ?? false });
}

export function loadFolder(dir: string, opts: { builtin?: boolean; trusted?: boolean } = {}): LoadedFolder {
  const lessons: Lesson[] = [];
  const problems: Problem[] = [];
  let exists = true;
  try {
    exists = statSync(dir).isDirectory();
  } catch {
    exists = false;
  }
  if (!exists) return { lessons, problems: [{ level: 'error', file: dir, message: 'not a folder' }] };
  for (const { file, area } of lessonFiles(dir, problems)) {
    const r = loadFile(file, area, opts);
    problems.push(...r.problems);
    if (r.lesson) lessons.push(r.lesson);
  }
  return { lessons, problems };
}

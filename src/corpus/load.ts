// Read lesson files from folders (I/O) and parse them. Bad files become problems, never crashes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseLesson, MAX_LESSON_BYTES } from './parse.ts';
import type { Lesson, Problem } from './types.ts';

export interface LoadedFolder {
  lessons: Lesson[];
  problems: Problem[];
}

/** Markdown files of a corpus folder: DIR/<area>/<id>.md, or DIR/<id>.md (area = DIR's name). */
export function lessonFiles(dir: string): { file: string; area: string }[] {
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
      else if ((e.isFile() || e.isSymbolicLink()) && extname(e.name).toLowerCase() === '.md' && !/^readme\.md$/i.test(e.name)) {
        found.push({ file: path, area });
      }
    }
  };
  walk(dir, basename(dir), 0);
  return found;
}

export function loadFile(file: string, area: string, opts: { builtin?: boolean; trusted?: boolean; displayRoot?: string } = {}): { lesson: Lesson | null; problems: Problem[] } {
  const shown = opts.displayRoot ? relative(opts.displayRoot, file) || file : file;
  let size = 0;
  try {
    size = statSync(file).size;
  } catch (e) {
    return { lesson: null, problems: [{ level: 'error', file: shown, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  if (size > MAX_LESSON_BYTES) {
    return {
      lesson: null,
      problems: [{ level: 'error', file: shown, message: `lesson is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_LESSON_BYTES / 1024 / 1024} MB (split it into several lessons)` }],
    };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { lesson: null, problems: [{ level: 'error', file: shown, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  return parseLesson({ text, file: shown, id: basename(file, extname(file)), area, builtin: opts.builtin ?? false, trusted: opts.trusted ?? opts.builtin ?? false });
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
  for (const { file, area } of lessonFiles(dir)) {
    const r = loadFile(file, area, opts);
    problems.push(...r.problems);
    if (r.lesson) lessons.push(r.lesson);
  }
  return { lessons, problems };
}

// Where lessons come from: the package's built-in corpus (from the build's snapshot, else parsed),
// then every active folder (config file, SWELEARN_CORPUS, --corpus). Shared by the shell's context
// (app.ts), check-corpus, the snapshot build and the scripts.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus, type Corpus } from './corpus.ts';
import { loadFolder } from './load.ts';
import type { Lesson, Problem } from './types.ts';
import { configFile } from '../config/paths.ts';
import { readConfig } from '../config/config-file.ts';
import { corpusFolders, type CorpusFolder } from './folders.ts';

/** Where the package lives: the nearest folder above this module with our package.json. */
export const PACKAGE_ROOT = findRoot(fileURLToPath(new URL('.', import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'corpus'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}
export const BUILTIN_CORPUS = join(PACKAGE_ROOT, 'corpus');
export const CORPUS_SNAPSHOT = join(PACKAGE_ROOT, 'dist', 'corpus.json');
export const SEARCH_SNAPSHOT = join(PACKAGE_ROOT, 'dist', 'search-index.json');

export interface CorpusSnapshot {
  format: number;
  lessons: Lesson[];
  problems: Problem[];
}

/** The built-in lessons: the build's snapshot when there is one, else parsed from corpus/. */
export async function loadBuiltin(): Promise<{ lessons: Lesson[]; problems: Problem[] }> {
  try {
    // (node:fs/promises loads here, after the prompt is up, not at start-up)
    const { readFile } = await import('node:fs/promises');
    const [{ parseJsonLines }, { timeSlicer }] = await Promise.all([import('../util/json-lines.ts'), import('../util/time-slice.ts')]);
    // a lesson per line, read in slices: the 2 MB file in one JSON.parse held the prompt ~20 ms
    const { head, items } = await parseJsonLines(await readFile(CORPUS_SNAPSHOT, 'utf8'), timeSlicer(8));
    // (one JSON document, as older builds wrote, has its lessons in the head)
    const snap = { ...(head as CorpusSnapshot), ...(items.length > 0 && { lessons: items as Lesson[] }) };
    if (snap.format === 1 && Array.isArray(snap.lessons) && Array.isArray(snap.problems)) {
      // built-in lessons are trusted, whatever an older snapshot recorded
      for (const l of snap.lessons) {
        l.path = join(PACKAGE_ROOT, l.path);
        l.trusted = true;
      }
      for (const p of snap.problems) p.file = join(PACKAGE_ROOT, p.file);
      return snap;
    }
  } catch {
    // no snapshot (running from source): parse the folder
  }
  return loadFolder(BUILTIN_CORPUS, { builtin: true });
}

/**
 * The built-in lessons, then every active folder: the config file's, SWELEARN_CORPUS's, then
 * `dirs` (--corpus). A folder's lessons are trusted when the learner trusted the folder.
 */
export async function loadCorpus(dirs: string[], env: NodeJS.ProcessEnv = process.env): Promise<Corpus> {
  const builtin = await loadBuiltin();
  const lessons = [...builtin.lessons];
  const problems = [...builtin.problems];
  const { config, problem } = readConfig(configFile(env), env);
  if (problem) problems.push(problem);
  const folders: CorpusFolder[] = [{ dir: BUILTIN_CORPUS, source: 'built-in', trusted: true }];
  for (const folder of corpusFolders({ cliDirs: dirs, env, config })) {
    folders.push(folder);
    if (!isFolder(folder.dir)) {
      problems.push({ level: 'error', file: folder.dir, message: `no such folder (named in ${folder.source === 'config' ? configFile(env) : folder.source})` });
      continue;
    }
    const r = loadFolder(folder.dir, { trusted: folder.trusted });
    lessons.push(...r.lessons);
    problems.push(...r.problems);
  }
  const corpus = makeCorpus(lessons, problems);
  corpus.folders = folders;
  return corpus;
}

export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// Per active folder: how many lessons it gave, and its problems. Pure (the corpus is loaded).
import { sep } from 'node:path';
import type { Corpus } from './corpus.ts';
import type { FolderSource } from './folders.ts';
import type { Problem } from './types.ts';

export interface FolderReport {
  dir: string;
  source: FolderSource;
  trusted: boolean;
  /** lessons of this folder in the corpus (after id clashes are settled) */
  lessons: number;
  errors: Problem[];
  warnings: Problem[];
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

export function folderReports(corpus: Corpus): FolderReport[] {
  // the deepest folder that holds a path owns it (a folder may sit inside another)
  const byDepth = [...corpus.folders].sort((a, b) => b.dir.length - a.dir.length);
  const owner = (path: string) => byDepth.find((f) => inside(path, f.dir));
  const reports = new Map(corpus.folders.map((f) => [f, { ...f, lessons: 0, errors: [] as Problem[], warnings: [] as Problem[] }]));
  for (const l of corpus.lessons) {
    const f = owner(l.path);
    if (f) reports.get(f)!.lessons++;
  }
  for (const p of corpus.problems) {
    const f = owner(p.file);
    if (f) reports.get(f)![p.level === 'error' ? 'errors' : 'warnings'].push(p);
  }
  return [...reports.values()];
}

/** Problems that belong to no folder (the config file's, say). */
export function otherProblems(corpus: Corpus): Problem[] {
  return corpus.problems.filter((p) => !corpus.folders.some((f) => inside(p.file, f.dir)));
}

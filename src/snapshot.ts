// Build step: parse the built-in corpus once and write dist/corpus.json, so start-up reads
// JSON instead of parsing markdown. Run by scripts/build.mjs.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BUILTIN_CORPUS, CORPUS_SNAPSHOT, PACKAGE_ROOT, SEARCH_SNAPSHOT, type CorpusSnapshot } from './corpus/sources.ts';
import { loadFolder } from './corpus/load.ts';
import { FORMAT_VERSION } from './corpus/types.ts';
import { jsonLines } from './util/json-lines.ts';

export async function writeSnapshot(): Promise<{ lessons: number; problems: number }> {
  const { lessons, problems } = loadFolder(BUILTIN_CORPUS, { builtin: true });
  // paths relative to the package, so the snapshot stays true wherever the package is installed
  const rel = (p: string) => relative(PACKAGE_ROOT, p);
  const snap: CorpusSnapshot = {
    format: FORMAT_VERSION,
    lessons: lessons.map((l) => ({ ...l, path: rel(l.path) })),
    problems: problems.map((p) => ({ ...p, file: rel(p.file) })),
  };
  // the head, then a lesson per line (read in slices after the prompt: corpus/sources.ts)
  writeFileSync(CORPUS_SNAPSHOT, jsonLines({ format: snap.format, problems: snap.problems }, snap.lessons));
  // the search index of the same lessons, imported at start instead of rebuilt
  // (as lines, read in slices after the prompt: search/snapshot-file.ts)
  const [{ buildSnapshot }, { snapshotText }] = await Promise.all([import('./search/lesson-index.ts'), import('./search/snapshot-file.ts')]);
  writeFileSync(SEARCH_SNAPSHOT, snapshotText(await buildSnapshot(lessons)));
  return { lessons: lessons.length, problems: problems.length };
}

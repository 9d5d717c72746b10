// Build step: parse the built-in corpus once and write dist/corpus.json, so start-up reads
// JSON instead of parsing markdown. Run by scripts/build.mjs.
import { writeFileSync } from 'node:fs';
import { BUILTIN_CORPUS, CORPUS_SNAPSHOT, type CorpusSnapshot } from './app.ts';
import { loadFolder } from './corpus/load.ts';
import { FORMAT_VERSION } from './corpus/types.ts';

export async function writeSnapshot(): Promise<{ lessons: number; problems: number }> {
  const { lessons, problems } = loadFolder(BUILTIN_CORPUS, { builtin: true });
  const snap: CorpusSnapshot = { format: FORMAT_VERSION, lessons, problems };
  writeFileSync(CORPUS_SNAPSHOT, JSON.stringify(snap));
  return { lessons: lessons.length, problems: problems.length };
}

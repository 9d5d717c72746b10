// What `topics --json` adds per lesson: {cards, exercises, mastery}. Opens the store (lazily,
// through the ports) only when called.
import type { Corpus } from '../corpus/corpus.ts';
import type { ProgressStore } from '../progress/types.ts';
import { lessonSummaries, takeStudySnapshot } from './mastery.ts';

/** What it needs of the shell's context (a Context satisfies it). */
export interface StudyPorts {
  corpus(): Promise<Corpus>;
  progress(): Promise<ProgressStore>;
}

export async function topicsProgress(ports: StudyPorts, now = Date.now()): Promise<Map<string, { cards: number; exercises: number; mastery: number }>> {
  const corpus = await ports.corpus();
  const store = await ports.progress();
  return lessonSummaries(corpus.lessons, takeStudySnapshot(store, now));
}

// What `topics --json` adds per lesson: {cards, exercises, mastery}. Opens the store (lazily,
// through the session) only when called.
import type { Session } from '../shell/session.ts';
import { lessonSummaries, takeSnapshot } from './mastery.ts';

export async function topicsProgress(session: Session, now = Date.now()): Promise<Map<string, { cards: number; exercises: number; mastery: number }>> {
  const corpus = await session.corpus();
  const store = await session.progress();
  return lessonSummaries(corpus.lessons, takeSnapshot(store, now));
}

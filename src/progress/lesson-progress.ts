// What `topics --json` adds per lesson: {cards, exercises, mastery}. Opens the store (lazily,
// through the ctx) only when called.
import type { Context } from '../shell/context.ts';
import { lessonSummaries, takeSnapshot } from './mastery.ts';

export async function topicsProgress(ctx: Context, now = Date.now()): Promise<Map<string, { cards: number; exercises: number; mastery: number }>> {
  const corpus = await ctx.corpus();
  const store = await ctx.progress();
  return lessonSummaries(corpus.lessons, takeSnapshot(store, now));
}

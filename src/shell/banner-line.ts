// The start-up line under the banner: days to the interview, cards due and today's minutes left
// (or how to make a plan). Made after the prompt is up, so that start-up stays as fast as before:
// it opens the store (better-sqlite3) and computes today's plan, a few milliseconds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from './context.ts';
import { wrap } from '../render/style.ts';

export async function bannerLine(ctx: Context): Promise<string | null> {
  const { STORE_FILE } = await import('../progress/open.ts');
  if (!existsSync(join(ctx.dataDir, STORE_FILE))) return wrap(ctx.style.dim('No study plan yet: .plan --interview DATE (or +10d) makes one.'), ctx.style.width);
  const [{ plannerInput }, { makePlan }, { bannerFigures }, { bannerText }, { mockSource }, { effectiveDue, planFrom }] = await Promise.all([
    import('../study/plan-input.ts'),
    import('../study/planner.ts'),
    import('../study/banner.ts'),
    import('./views/study-plan-text.ts'),
    import('./mock-source.ts'),
    import('../drill/interview-plan.ts'),
  ]);
  const [corpus, store] = [await ctx.corpus(), await ctx.progress()];
  const now = ctx.clock.now();
  const settings = store.settings();
  const input = plannerInput(corpus.lessons, store, now, { settings, mock: mockSource(store) });
  const plan = input ? makePlan(input) : null;
  const interview = planFrom(settings, now);
  return wrap(bannerText(bannerFigures(plan, store.cards(), now, (id, s) => effectiveDue(interview, id, s)), ctx.style), ctx.style.width);
}

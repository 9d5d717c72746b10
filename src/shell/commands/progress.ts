// .progress: mastery per area, a 12-week heatmap of reviews, streak, cards due, exercises solved.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';

export const progress: Command = {
  name: 'progress',
  summary: 'mastery by area, review heatmap, streak, cards due',
  usage: '.progress [--json]',
  detail: [
    'Mastery per area is the mean of its lessons: reading a lesson, recalling its cards (FSRS retrievability today) and passing its exercises all count.',
    'The heatmap shows reviews per day for the last 12 weeks (· none, ░ ▒ ▓ █ more); the streak counts days in a row with any study.',
    '--json prints the same figures as JSON.',
  ].join('\n'),
  async run({ raw: args }, ctx) {
    const a = parseArgs('progress', args, { boolean: ['json'] });
    const [{ takeSnapshot }, { progressData, renderProgress }] = await Promise.all([import('../../progress/mastery.ts'), import('../../progress/report.ts')]);
    const corpus = await ctx.corpus();
    const store = await ctx.progress();
    const data = progressData(corpus, store, takeSnapshot(store, Date.now()));
    return a.json ? JSON.stringify(data, null, 2) : renderProgress(data, ctx.style);
  },
};

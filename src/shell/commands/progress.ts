// .progress: mastery per area, a 12-week heatmap of reviews, streak, cards due, exercises solved.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';

export const progress: Command = {
  name: 'progress',
  summary: 'mastery by area, review heatmap, streak, cards due',
  usage: '.progress [--json]',
  detail: [
    'Mastery per area is the mean of its lessons: reading a lesson, recalling its cards (FSRS retrievability today) and passing its exercises all count.',
    'The heatmap shows reviews per day for the last 12 weeks (· none, ░ ▒ ▓ █ more); the streak counts days in a row with any study.',
    '--json prints the same figures as JSON (docs/json.md).',
  ].join('\n'),
  flags: {},
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.progress', `takes no words (got "${args._.join(' ')}")`);
    const [{ takeStudySnapshot }, { progressData }] = await Promise.all([import('../../study/mastery.ts'), import('../../study/progress-report.ts')]);
    const corpus = await ctx.corpus();
    const store = await ctx.progress();
    return { kind: 'progress', data: progressData(corpus, store, takeStudySnapshot(store, ctx.clock.now())) };
  },
};

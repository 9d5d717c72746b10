// .today: today's part of the study plan (lessons to read, cards due, exercises, a mock), with
// minutes and done marks; .next takes its first open item.
import type { Command } from '../command.ts';
import type { Context } from '../context.ts';
import { UsageError } from '../../errors.ts';
import { message } from '../outcome.ts';
import type { StudyPlan } from '../../study/planner.ts';

/** The study plan as of now, or null without an interview date. */
export async function currentPlan(ctx: Context): Promise<StudyPlan | null> {
  const [{ studyPlan }, { mockSource }] = await Promise.all([import('../../study/plan-input.ts'), import('../mock-source.ts')]);
  const corpus = await ctx.corpus();
  const store = await ctx.progress();
  return studyPlan(corpus.lessons, store, ctx.clock.now(), { mock: mockSource(store) });
}

export const today: Command = {
  name: 'today',
  summary: "today's part of the study plan, with minutes and done marks",
  usage: '.today [--json]',
  detail: [
    'Lists what the plan wants today: card reviews, exercises to practise (again), lessons to read and their new cards, and a mock interview when one is due, each with its minutes; ✓ marks what is done.',
    'The plan is made afresh from your progress each time (.help plan), so a missed day or a day done ahead re-plans the rest. .next takes the first open item.',
  ].join('\n'),
  flags: {},
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.today', `unexpected "${args._.join(' ')}" (.today takes no words)`);
    const plan = await currentPlan(ctx);
    if (!plan) return message('No interview date set, so no plan for today: .plan --interview DATE (or +10d, "in 2 weeks") makes one.', 'plain', '.next still says what to study now.');
    return { kind: 'today', data: { plan } };
  },
};

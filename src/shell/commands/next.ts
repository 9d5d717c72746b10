// .next: one recommendation (due cards, a failed exercise, the next lesson in the plan…) with
// the reason and the command; `.next go` says why, then runs that command.
import type { Command } from '../command.ts';
import type { Context } from '../context.ts';
import { UsageError } from '../../errors.ts';
import { many, message } from '../outcome.ts';
import type { Recommendation } from '../../study/recommend.ts';

export async function recommendation(ctx: Context): Promise<Pick<Recommendation, 'kind' | 'command' | 'reason'>> {
  // with an interview date: the first open item of today's plan (.today)
  const [{ studyPlan }, { nextFromPlan }, { mockSource }, { takeStudySnapshot }] = await Promise.all([
    import('../../study/plan-input.ts'),
    import('../../study/plan-next.ts'),
    import('../mock-source.ts'),
    import('../../study/mastery.ts'),
  ]);
  const corpus = await ctx.corpus();
  const store = await ctx.progress();
  const now = ctx.clock.now();
  // the store read once, for the plan and for the recommendation without one
  const snap = takeStudySnapshot(store, now);
  const plan = studyPlan(corpus.lessons, store, now, { mock: mockSource(store), reads: snap });
  const step = plan ? nextFromPlan(plan) : null;
  if (step) return step;
  const { recommend } = await import('../../study/recommend.ts');
  const r = recommend(corpus, snap);
  return plan ? { ...r, reason: `today's plan is done; beyond it: ${r.reason}` } : r;
}

export const next: Command = {
  name: 'next',
  summary: 'what to study now, and why',
  usage: '.next [go] [--json]',
  detail: [
    'With an interview date, .next is the first open item of .today: the plan (.help plan) puts due cards first, then exercises to practise again, then lessons by priority with their new cards.',
    'Each topic has one memory: its cards (FSRS), its reading (fades unless you review its cards) and its exercises (a pass comes back later, sooner after failed tries or hints; a failure sooner still).',
    'Without a date (or once today is done), it weighs cards due, failed exercises, the next lesson in order and your weakest topics by that memory. .next go says why, then runs the command.',
  ].join('\n'),
  flags: {},
  complete: (partial) => ['go'].filter((w) => w.startsWith(partial)),
  async run(args, ctx) {
    const go = args._[0] === 'go';
    if (args._.length > 1 || (args._.length && !go)) throw new UsageError('.next', `unknown word "${args._[go ? 1 : 0]}" (.next or .next go)`);
    const r = await recommendation(ctx);
    if (!go) return { kind: 'recommendation', data: { kind: r.kind, command: r.command, reason: r.reason } };
    // the reason first, then what the command shows
    return many(message(`${r.reason} — ${r.command}`, 'dim'), { kind: 'run', line: r.command });
  },
};

// .next: one recommendation (due cards, a failed exercise, the next lesson in the plan…) with
// the reason and the command; `.next go` says why, then runs that command.
import type { Command } from '../command.ts';
import type { Context } from '../context.ts';
import { UsageError } from '../../errors.ts';
import { many, message } from '../outcome.ts';
import type { Recommendation } from '../../study/recommend.ts';
import '../views/recommendation.ts';

export async function recommendation(ctx: Context): Promise<Recommendation> {
  const [{ takeStudySnapshot }, { recommend }] = await Promise.all([import('../../study/mastery.ts'), import('../../study/recommend.ts')]);
  const corpus = await ctx.corpus();
  const store = await ctx.progress();
  return recommend(corpus, takeStudySnapshot(store, ctx.clock.now()));
}

export const next: Command = {
  name: 'next',
  summary: 'what to study now, and why',
  usage: '.next [go] [--json]',
  detail: [
    'Weighs cards due (more weight as the interview nears), exercises you failed and have not passed since, new cards of lessons you just read, the study plan (lessons in area and difficulty order, prerequisites first) and your weakest lessons, and proposes one thing with the command to type.',
    '.next go says why, then runs that command.',
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

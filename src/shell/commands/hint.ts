// .hint: the active exercise's hints one at a time, then all of them again.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { data, many, message } from '../outcome.ts';
import { requireActive } from '../../practice/practice-session.ts';

export const hint: Command = {
  name: 'hint',
  summary: 'reveal the next hint for the exercise in progress',
  shellOnly: true,
  usage: '.hint',
  detail: 'Shows the hints of the active exercise one at a time ("hint 2/3"). Once all are shown, .hint lists them again.',
  flags: {},
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.hint', 'takes no argument (it hints at the exercise in progress)');
    const active = requireActive(ctx, 'hint');
    const ex = active.exercise;
    const hints = ex.hints;
    if (hints.length === 0) return message('This exercise has no hints. .solution --give-up shows the answer.');
    if (active.hintsShown >= hints.length) return data('hint', { exercise: ex.id, total: hints.length, all: hints });
    const n = ++active.hintsShown;
    const shown = data('hint', { exercise: ex.id, total: hints.length, n, hint: hints[n - 1]! });
    // during a coding mock a hint is counted and costs points (.mock)
    if (!ctx.state.mock) return shown;
    const cost = (await import('../mock-session.ts')).onHint(ctx, ex.id, n, hints[n - 1]!);
    return cost ? many(shown, message(cost, 'warn')) : shown;
  },
};

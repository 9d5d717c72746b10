// .mock: a timed mock interview. coding: one or two unsolved exercises against the clock;
// design: a system-design prompt walked through the interview's stages; behavioral: a STAR
// answer in a timed box. The rubric, the score and a saved transcript at the end.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';

const SUBCOMMANDS = ['coding', 'design', 'behavioral', 'submit', 'next', 'pause', 'resume', 'end', 'edit', 'history', 'show'];

/** --minutes or --seconds as ms (validated), or undefined for the default. */
function totalMs(args: Record<string, unknown>): number | undefined {
  const { minutes, seconds } = args as { minutes?: unknown; seconds?: unknown };
  if (minutes !== undefined && seconds !== undefined) throw new UsageError('.mock', 'give --minutes or --seconds, not both');
  const value = minutes ?? seconds;
  if (value === undefined) return undefined;
  const n = Number(value);
  const unit = minutes !== undefined ? 60_000 : 1000;
  if (!Number.isFinite(n) || n <= 0 || n * unit > 4 * 3_600_000) throw new UsageError('.mock', `--${minutes !== undefined ? 'minutes' : 'seconds'} takes a positive number up to 4 hours (not "${String(value)}")`);
  return Math.max(1000, Math.round(n * unit));
}

export const mockCommand: Command = {
  name: 'mock',
  summary: 'a timed mock interview: coding, design or behavioral, with a rubric, a score and a transcript',
  usage: '.mock coding|design [TOPIC]|behavioral [TOPIC]|submit|next|pause|resume|end|edit|history|show N',
  detail: [
    '.mock coding [--minutes 45] [--area A] [--difficulty D] [--weak]: one or two exercises you have not solved (a fair mix of difficulty; --weak: from your weakest areas). While it runs the prompt shows the time left, .check runs the visible checks, each .hint costs 5 points, .solution is locked. .mock submit (or the end of the time) runs the full checks and scores correctness, time and hints.',
    '.mock design [TOPIC] [--minutes 40]: a system-design prompt walked through requirements, estimates, API, high level, deep dive and wrap-up, each with its own time box. Plain lines are notes (.say TEXT too; .mock edit opens them in $EDITOR). At the end the rubric is pre-marked from your notes; confirm each point (y/n) and the score follows, then the outline of a strong answer.',
    '.mock behavioral [TOPIC] [--minutes 5]: a behavioural question answered in a timed box, graded on STAR point by point, then the model answer.',
    'Warnings at 5 and 1 minutes left. .mock pause/resume; .mock next: the next stage (or exercise); .mock end abandons (recorded as abandoned). --seconds N sets the time in seconds. Every mock is saved under mocks/ in the data folder: .mock history lists them, .mock show N prints one; .progress shows the trend.',
  ].join('\n'),
  flags: {
    minutes: { type: 'number', desc: 'the time of the whole mock, in minutes (default 45 coding, 40 design, 5 behavioral)', arg: 'N' },
    seconds: { type: 'number', desc: 'the time in seconds instead (scripts and tests)', arg: 'N' },
    area: { type: 'string', desc: 'coding: exercises from this area', arg: 'A' },
    difficulty: { type: 'string', desc: 'coding: exercises of this difficulty (easy, medium, hard)', arg: 'D' },
    weak: { type: 'boolean', desc: 'coding: exercises from your weakest areas' },
  },
  shellOnly: true,
  complete: (partial) => SUBCOMMANDS.filter((w) => w.startsWith(partial.trim())),
  async run(args, ctx) {
    // the mock's modules load when a mock is used, not at start-up
    const mock = await import('../mock-session.ts');
    const [sub, ...rest] = args._;
    const topic = rest.join(' ') || undefined;
    const opts = { totalMs: totalMs(args), area: args.area as string | undefined, difficulty: args.difficulty as string | undefined, weak: args.weak === true };
    const noTopic = (what: string) => {
      if (rest.length) throw new UsageError('.mock', `.mock ${what} takes no words (got "${rest.join(' ')}")`);
    };
    switch (sub) {
      case undefined:
        return mock.status(ctx);
      case 'coding':
        noTopic('coding');
        return mock.startCoding(ctx, opts);
      case 'design':
      case 'behavioral':
      case 'behavioural':
        return mock.startTalk(ctx, sub === 'design' ? 'design' : 'behavioral', topic, opts);
      case 'submit':
        noTopic(sub);
        return mock.submit(ctx);
      case 'next':
        noTopic(sub);
        return mock.next(ctx);
      case 'pause':
        noTopic(sub);
        return mock.pause(ctx);
      case 'resume':
        noTopic(sub);
        return mock.resume(ctx);
      case 'end':
        noTopic(sub);
        return mock.end(ctx);
      case 'edit':
        noTopic(sub);
        return mock.editNotes(ctx);
      case 'history':
        noTopic(sub);
        return mock.history(ctx);
      case 'show':
        return mock.showOne(ctx, rest[0]);
      default:
        throw new UsageError('.mock', `unknown word "${sub}" (${SUBCOMMANDS.join(', ')})`);
    }
  },
};

export const say: Command = {
  name: 'say',
  summary: 'add a note to the running design or behavioral mock',
  usage: '.say TEXT',
  detail: 'During a design or behavioural mock, plain lines are notes too; .say works the same, and also where a line could be read as code.',
  flags: {},
  json: false,
  shellOnly: true,
  async run(args, ctx) {
    const mock = await import('../mock-session.ts');
    return mock.say(ctx, args._.join(' '));
  },
};

// .drill: spaced-repetition review of lesson cards (FSRS). The heavy parts (ts-fsrs, the card view) load
// only when a drill starts.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../../errors.ts';

export const drill: Command = {
  name: 'drill',
  summary: 'review cards: due ones first, then new ones (spaced repetition)',
  usage: '.drill [ID | --tag T | --area A] [--new N]',
  detail: [
    'Shows the cards that are due (most overdue first), then up to N new ones (--new, 10 by default; new cards of lessons you have read come first).',
    'ID is a lesson id, words of its title, or a number from the last list. --tag and --area narrow the cards.',
    'On a terminal: type an answer and press Enter to see the expected one with a similarity cue, then grade 1 again · 2 hard · 3 good · 4 easy. u undoes the last grade, q (or Esc) ends. Each grade is saved before the next card shows.',
    'With piped input (scripts): each card prints a "Q:" line, reads an answer line, prints the "A:" line and the grades, then reads a grade line (1-4 or again/hard/good/easy, u, q).',
    'Scheduling is FSRS at your desired retention (.plan sets it and an interview date).',
  ].join('\n'),
  async complete(_partial, ctx) {
    // lesson ids that have cards (the shell filters them by the word being typed)
    return (await ctx.corpus()).lessons.filter((l) => l.cards.length).map((l) => l.id);
  },
  async run({ raw: args }, ctx) {
    const a = parseArgs('drill', args, { string: ['tag', 'area'], number: ['new'] });
    if (a._.length > 1) throw new UsageError('.drill', `takes one lesson (got "${a._.join(' ')}"); quote words: .drill "consistent hashing"`);
    const newLimit = a.new === undefined ? 10 : Number(a.new);
    if (!Number.isInteger(newLimit) || newLimit < 0 || newLimit > 1000) throw new UsageError('.drill', '--new takes a whole number of new cards (0-1000)');
    const { runDrill } = await import('../../drill/run-drill.ts');
    return runDrill({ ref: a._[0], tag: a.tag as string | undefined, area: a.area as string | undefined, newLimit }, ctx);
  },
};

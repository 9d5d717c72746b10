// .drill: spaced-repetition review of lesson cards (FSRS). The command chooses the cards and builds
// the run; the effect runner shows them (shell/drill-effect.ts) and hands back the summary. The
// heavy parts (ts-fsrs, the card view) load only when a drill starts.
import type { Command } from '../command.ts';
import type { Outcome } from '../outcome.ts';
import type { DrillSummary } from '../../drill/drill-session.ts';
import { UsageError } from '../../errors.ts';

export const drill: Command = {
  name: 'drill',
  summary: 'review cards: due ones first, then new ones (spaced repetition)',
  usage: '.drill [ID | --tag T | --area A] [--new N]',
  detail: [
    'Shows the cards that are due (most overdue first), then up to N new ones (--new, 10 by default; new cards of lessons you have read come first).',
    'ID is a lesson id, words of its title, or a number from the last list. --tag and --area narrow the cards.',
    'On a terminal: type an answer and press Enter to see the expected one and the key terms your answer leaves out (a cue: you grade), then 1-4: grade (again · hard · good · easy; each label is the interval it stores). u: undo last grade · q or Esc: end; while typing, ← on an empty answer undoes and Esc ends. Undo brings the card back with your answer, to grade again. Each grade is saved before the next card shows.',
    'With piped input (scripts): each card prints a "Q:" line, reads an answer line, prints the "A:" line and the grades, then reads a grade line (1-4 or again/hard/good/easy, u, q). With --json the cards go to stderr and stdout gets the summary as JSON.',
    'Scheduling is FSRS at your desired retention (.plan sets it and an interview date).',
  ].join('\n'),
  async complete(_partial, ctx) {
    // lesson ids that have cards (the shell filters them by the word being typed)
    return (await ctx.corpus()).lessons.filter((l) => l.cards.length).map((l) => l.id);
  },
  flags: {
    tag: { type: 'string', arg: 'T', desc: 'only the cards of lessons with this tag' },
    area: { type: 'string', arg: 'A', desc: 'only the cards of this area' },
    new: { type: 'number', arg: 'N', desc: 'at most N new cards (default 10; 0: only due ones)' },
  },
  async run(a, ctx) {
    if (a._.length > 1) throw new UsageError('.drill', `takes one lesson (got "${a._.join(' ')}"); quote words: .drill "consistent hashing"`);
    const newLimit = a.new === undefined ? 10 : Number(a.new);
    if (!Number.isInteger(newLimit) || newLimit < 0 || newLimit > 1000) throw new UsageError('.drill', '--new takes a whole number of new cards (0-1000)');
    const { setUpDrill } = await import('../../drill/set-up-drill.ts');
    const [corpus, store] = [await ctx.corpus(), await ctx.progress()];
    const now = () => ctx.clock.now();
    const setup = setUpDrill({ ref: a._[0], tag: a.tag as string | undefined, area: a.area as string | undefined, newLimit }, corpus, store, ctx.state.lastList, now);
    const result = (summary: DrillSummary): Outcome => ({
      kind: 'drill-summary',
      data: {
        ...summary,
        scope: setup.scope,
        status: setup.run ? 'done' : setup.cards ? 'nothing-due' : 'no-cards',
        due: setup.due,
        fresh: setup.fresh,
        newAvailable: setup.newAvailable,
        newLimit,
        // "nothing due" says when the scope's next card is
        nextDue: setup.run ? summary.nextDue : setup.nextDue,
        now: now(),
      },
    });
    if (!setup.run) return result({ reviewed: 0, again: 0, againRate: 0, unsaved: 0, journaled: 0, left: 0, nextDue: null, nextDueCount: 0 });
    // the effect runner shows the cards (Ink on a terminal, line mode with piped input), then hands back the summary
    return { kind: 'drill', setup, resume: result };
  },
};

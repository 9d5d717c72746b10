// .solution: the reference solution once the checks passed; before that, a question (give up?)
// for the shell to ask, or --give-up.
import type { Command } from '../command.ts';
import { NotFoundError, SwelearnError, UsageError } from '../../errors.ts';
import { data, message, type Outcome } from '../outcome.ts';
import { isWritingPrompt, type ExerciseEntry } from '../../practice/pick.ts';
import { entryFor, progressStore } from '../../practice/practice-session.ts';

function shown(entry: ExerciseEntry): Outcome {
  const ex = entry.exercise;
  if (!ex.solution.trim()) return message(`${ex.id} has no reference solution.`);
  // a long solution goes through the pager, where code wider than the screen scrolls sideways
  return data('solution', { exercise: ex.id, writing: isWritingPrompt(ex), lang: ex.solutionLang || 'ts', solution: ex.solution }, { page: 'wide' });
}

export const solution: Command = {
  name: 'solution',
  summary: 'show the reference solution (after the checks pass, or if you give up)',
  shellOnly: true,
  usage: '.solution [ID] [--give-up]',
  detail:
    'Shows the reference solution of the exercise in progress (or of ID) once its checks have passed. Before that, on a terminal it asks whether you want to give up; in a script, add --give-up. Writing prompts show their model answer at any time.',
  flags: {
    'give-up': { type: 'boolean', desc: 'show it even though the checks have not all passed' },
  },
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    return [...corpus.exercises.keys()].filter((id) => id.startsWith(partial.trim()));
  },
  async run(args, ctx) {
    if (args._.length > 1) throw new UsageError('.solution', 'takes at most one exercise id');
    const corpus = await ctx.corpus();
    const active = ctx.state.exercise;
    let entry: ExerciseEntry;
    if (args._[0]) {
      const ex = corpus.exercises.get(args._[0]);
      if (!ex) throw new NotFoundError('.solution', `no exercise "${args._[0]}" (.exercises lists them)`);
      entry = entryFor(corpus.byId, ex);
    } else {
      if (!active) throw new UsageError('.solution', 'no exercise in progress: .solution ID, or .practice first');
      entry = entryFor(corpus.byId, active.exercise);
    }
    const ex = entry.exercise;
    // locked during a coding mock (.mock)
    const locked = ctx.state.mock ? (await import('../mock-session.ts')).solutionLocked(ctx) : null;
    if (locked) throw new SwelearnError(`.solution: ${locked}`);
    const isActive = active?.exercise.id === ex.id;
    if (isWritingPrompt(ex)) return shown(entry);
    const status = (await progressStore(ctx))?.exerciseStatus().get(ex.id);
    const solved = (isActive && active!.solved) || status === 'solved';
    if (solved || (isActive && active!.gaveUp)) return shown(entry);
    const giveUp = () => {
      if (isActive) active!.gaveUp = true;
      return shown(entry);
    };
    if (args['give-up']) return giveUp();
    return {
      kind: 'ask',
      question: 'The checks have not all passed yet. Give up and see the solution? [y/N] ',
      resume(answer) {
        // nobody to ask (a piped script, a one-shot)
        if (answer === null) return message(`Not yet: ${ex.id}'s checks have not all passed. .hint gives a nudge; .solution --give-up shows the answer anyway.`);
        if (!answer) return message('Keep going: .hint gives a nudge, .check runs the checks.');
        return giveUp();
      },
    };
  },
};

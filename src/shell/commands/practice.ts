// .practice: start an exercise (by id, words, lesson id or list number; none: the next unsolved),
// load its workspace, and show its task and starter.
import type { Command } from '../command.ts';
import { NotFoundError } from '../../errors.ts';
import { data, message } from '../outcome.ts';
import { views } from '../views/index.ts';
import { findExercise, nextExercise, summaryOf } from '../../practice/pick.ts';
import { isTrusted, progressStore, startExercise } from '../../practice/practice-session.ts';

export const practice: Command = {
  name: 'practice',
  summary: 'start an exercise: its task and starter, checked by .check',
  shellOnly: true,
  usage: '.practice [ID|words|N]',
  detail:
    'Starts an exercise by id (.practice backoff-full-jitter), by loose words (.practice backoff), by lesson id, or by its number in the last .exercises list. With no argument: the current topic\'s first unsolved exercise, else the next unsolved one. The task and the starter are shown; the starter becomes your workspace file and is put in scope (not for a lesson folder you have not trusted: then it runs only in the sandbox). Then define your solution at the prompt (TypeScript), with .load FILE, or with .edit: each definition replaces the earlier one of the same name in the workspace, which is loaded back next time.',
  flags: {},
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    return [...corpus.exercises.keys()].filter((id) => id.startsWith(partial.trim()));
  },
  async run(args, ctx) {
    // its view (and what it draws with) loads while the exercise starts (esbuild's round trips)
    void views.exercise();
    const corpus = await ctx.corpus();
    const store = await progressStore(ctx);
    const status = store?.exerciseStatus() ?? new Map();
    const ref = args._.join(' ').trim();
    let entry;
    if (!ref) {
      entry = nextExercise(corpus, ctx.state.current, status);
      if (!entry) {
        if (corpus.exercises.size === 0) throw new NotFoundError('.practice', 'the corpus has no exercises');
        return message('✓ every exercise is solved. .exercises lists them; .practice ID repeats one.', 'ok');
      }
    } else {
      const pick = findExercise(corpus, ref, { status, lastList: ctx.state.exerciseList });
      if (pick.kind === 'none') throw new NotFoundError('.practice', `no exercise matches "${ref}" (.exercises lists them)`);
      if (pick.kind === 'many') {
        return data('exercise-matches', { query: ref, matches: pick.entries.map((e) => ({ id: e.exercise.id, title: e.exercise.title })) });
      }
      entry = pick.entry;
    }
    const ex = entry.exercise;
    const solvedBefore = status.get(ex.id) === 'solved';
    const notes = await startExercise(ctx, entry, solvedBefore);
    return data('exercise', {
      ...summaryOf(entry),
      prompt: ex.prompt,
      starter: ex.starter,
      hints: ex.hints.length,
      trusted: isTrusted(entry.lesson),
      solvedBefore,
      workspace: ctx.state.exercise?.path ?? '',
      notes,
    });
  },
};

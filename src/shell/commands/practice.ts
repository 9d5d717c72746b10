import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { wrap } from '../../render/style.ts';
import { findExercise, isWritingPrompt, nextExercise } from '../../practice/pick.ts';
import { exerciseHeader } from '../../practice/format.ts';
import { isTrusted, progressStore, startExercise } from '../../practice/practice-session.ts';

export const practice: Command = {
  name: 'practice',
  summary: 'start an exercise: its task and starter, checked by .check',
  shellOnly: true,
  usage: '.practice [ID|words|N]',
  detail:
    'Starts an exercise by id (.practice backoff-full-jitter), by loose words (.practice backoff), by lesson id, or by its number in the last .exercises list. With no argument: the current topic\'s first unsolved exercise, else the next unsolved one. The task and the starter are shown; the starter becomes your workspace file and is put in scope (not for a lesson folder you have not trusted: then it runs only in the sandbox). Then define your solution at the prompt (TypeScript), with .load FILE, or with .edit: each definition replaces the earlier one of the same name in the workspace, which is loaded back next time.',
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    return [...corpus.exercises.keys()].filter((id) => id.startsWith(partial.trim()));
  },
  async run({ raw: args }, ctx) {
    const s = ctx.style;
    const corpus = await ctx.corpus();
    const store = await progressStore(ctx);
    const status = store?.exerciseStatus() ?? new Map();
    const ref = args.trim();
    let entry;
    if (!ref) {
      entry = nextExercise(corpus, ctx.state.current, status);
      if (!entry) {
        if (corpus.exercises.size === 0) throw new UsageError('.practice', 'the corpus has no exercises');
        return `${s.green('✓')} every exercise is solved. .exercises lists them; .practice ID repeats one.`;
      }
    } else {
      const pick = findExercise(corpus, ref, { status, lastList: ctx.state.exerciseList });
      if (pick.kind === 'none') throw new UsageError('.practice', `no exercise matches "${ref}" (.exercises lists them)`);
      if (pick.kind === 'many') {
        const list = pick.entries.slice(0, 12).map((e) => `  ${e.exercise.id} ${s.dim(`— ${e.exercise.title}`)}`);
        const more = pick.entries.length > 12 ? [s.dim(`  … ${pick.entries.length - 12} more`)] : [];
        return [`${pick.entries.length} exercises match "${ref}":`, ...list, ...more, s.dim('.practice ID picks one')].join('\n');
      }
      entry = pick.entry;
    }
    const ex = entry.exercise;
    const notes = await startExercise(ctx, entry, status.get(ex.id) === 'solved');
    const writing = isWritingPrompt(ex);
    const where = isTrusted(entry.lesson) ? 'in scope now, and in your workspace' : 'in your workspace; not run in the shell';
    const md = writing || !ex.starter.trim() ? ex.prompt : `${ex.prompt}\n\n**Starter** (${where}):\n\n\`\`\`ts\n${ex.starter.trim()}\n\`\`\``;
    const body = await renderMarkdown(md, s);
    const next = writing
      ? '.edit writes a draft · .check shows what a good answer covers · .solution shows a model answer'
      : `.check runs the checks · .hint${ex.hints.length ? ` (${ex.hints.length})` : ''} · .edit opens your editor · .solution`;
    const solvedNote = status.get(ex.id) === 'solved' ? [s.green('you have solved this one before')] : [];
    return [exerciseHeader(entry, s), '', body, '', ...solvedNote, ...notes, s.dim(wrap(next, s.width))].join('\n');
  },
};

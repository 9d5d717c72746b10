import type { Command } from '../command.ts';
import type { Context } from '../context.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { cutLines } from '../../render/width.ts';
import { page } from '../pager.ts';
import { isWritingPrompt, type ExerciseEntry } from '../../practice/pick.ts';
import { entryFor, progressStore } from '../../practice/practice-session.ts';

/** Ask a yes/no question at the terminal through the REPL's readline; null when nobody can answer. */
function confirm(ctx: Context, question: string): Promise<boolean> | null {
  const rl = ctx.repl;
  if (!ctx.interactive || !rl) return null;
  return new Promise((resolve) => rl.question(question, (answer) => resolve(/^\s*y(es)?\s*$/i.test(answer))));
}

async function show(entry: ExerciseEntry, ctx: Context): Promise<string> {
  const s = ctx.style;
  const ex = entry.exercise;
  if (!ex.solution.trim()) return `${ex.id} has no reference solution.`;
  const lang = ex.solutionLang || 'ts';
  const body = lang === 'md' ? ex.solution : `\`\`\`${lang}\n${ex.solution.trim()}\n\`\`\``;
  const head = isWritingPrompt(ex) ? `A model answer for ${ex.id}:` : `Reference solution for ${ex.id}:`;
  // a long solution goes through the pager, where code wider than the screen scrolls sideways
  const out = [s.bold(head), await renderMarkdown(body, s, { wide: true })].join('\n');
  return page(out, ctx, { wide: true }) ? '' : cutLines(out, s.width, s.dim);
}

export const solution: Command = {
  name: 'solution',
  summary: 'show the reference solution (after the checks pass, or if you give up)',
  shellOnly: true,
  usage: '.solution [ID] [--give-up]',
  detail:
    'Shows the reference solution of the exercise in progress (or of ID) once its checks have passed. Before that, on a terminal it asks whether you want to give up; in a script, add --give-up. Writing prompts show their model answer at any time.',
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    return [...corpus.exercises.keys()].filter((id) => id.startsWith(partial.trim()));
  },
  async run({ raw: args }, ctx) {
    const a = parseArgs('solution', args, { boolean: ['give-up'] });
    if (a._.length > 1) throw new UsageError('.solution', 'takes at most one exercise id');
    const corpus = await ctx.corpus();
    const active = ctx.state.exercise;
    let entry: ExerciseEntry;
    if (a._[0]) {
      const ex = corpus.exercises.get(a._[0]);
      if (!ex) throw new UsageError('.solution', `no exercise "${a._[0]}" (.exercises lists them)`);
      entry = entryFor(corpus.byId, ex);
    } else {
      if (!active) throw new UsageError('.solution', 'no exercise in progress: .solution ID, or .practice first');
      entry = entryFor(corpus.byId, active.exercise);
    }
    const ex = entry.exercise;
    const isActive = active?.exercise.id === ex.id;
    if (isWritingPrompt(ex)) return show(entry, ctx);
    const status = (await progressStore(ctx))?.exerciseStatus().get(ex.id);
    const solved = (isActive && active!.solved) || status === 'solved';
    if (solved || (isActive && active!.gaveUp)) return show(entry, ctx);
    if (a['give-up']) {
      if (isActive) active!.gaveUp = true;
      return show(entry, ctx);
    }
    const answer = confirm(ctx, `The checks have not all passed yet. Give up and see the solution? [y/N] `);
    if (answer === null) {
      return `Not yet: ${ex.id}'s checks have not all passed. .hint gives a nudge; .solution --give-up shows the answer anyway.`;
    }
    if (!(await answer)) return 'Keep going: .hint gives a nudge, .check runs the checks.';
    if (isActive) active!.gaveUp = true;
    return show(entry, ctx);
  },
};

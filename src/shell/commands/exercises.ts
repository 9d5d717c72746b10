// .exercises: every exercise in study order with the learner's marks; .practice N starts one.
import type { Command } from '../command.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import { data } from '../outcome.ts';
import { areaName } from '../../corpus/types.ts';
import { slugify } from '../../corpus/markdown-blocks.ts';
import { allExercises, countExercises, rowOf } from '../../practice/pick.ts';
import { progressStore } from '../../practice/practice-session.ts';

export const exercises: Command = {
  name: 'exercises',
  summary: 'list exercises with solved / attempted / new marks',
  usage: '.exercises [--area AREA] [--json]',
  detail:
    'Lists every exercise in study order, grouped by area, marked solved (✓), attempted (•) or new (·); writing prompts are marked ✎ and not counted. --area keeps one area (system-design, algorithms, …). .practice N starts the Nth exercise of the list.',
  flags: {
    area: { type: 'string', arg: 'AREA', desc: 'only this area (system-design, algorithms, …)' },
  },
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    if (/--area\s+\S*$/.test(partial)) return corpus.areas;
    return ['--area', '--json'].filter((f) => f.startsWith(partial.trim().split(/\s+/).pop() ?? ''));
  },
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.exercises', `unexpected "${args._.join(' ')}" (did you mean --area ${args._[0]}?)`);
    const corpus = await ctx.corpus();
    let entries = allExercises(corpus);
    if (args.area !== undefined) {
      const want = slugify(String(args.area));
      const area = corpus.areas.find((x) => x === want) ?? corpus.areas.find((x) => slugify(areaName(x)) === want || x.startsWith(want));
      if (!area) throw new NotFoundError('.exercises', `no area "${String(args.area)}" (areas: ${corpus.areas.join(', ')})`);
      entries = entries.filter((e) => e.lesson.area === area);
    }
    const store = await progressStore(ctx);
    const status = store?.exerciseStatus() ?? new Map();
    if (entries.length) ctx.state.exerciseList = entries;
    return data(
      'exercises',
      {
        ...countExercises(entries, status),
        exercises: entries.map((e) => rowOf(e, status)),
        ...(store?.disabledReason ? { progressOff: store.disabledReason } : {}),
      },
      // longer than the screen: through the pager
      { page: true },
    );
  },
};

import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../../errors.ts';
import { areaName } from '../../corpus/types.ts';
import { slugify } from '../../corpus/markdown-blocks.ts';
import { allExercises, countExercises, isWritingPrompt } from '../../practice/pick.ts';
import { formatExerciseList, statusOf } from '../../practice/format.ts';
import { progressStore } from '../../practice/practice-session.ts';
import { wrap } from '../../render/style.ts';
import { page } from '../pager.ts';

export const exercises: Command = {
  name: 'exercises',
  summary: 'list exercises with solved / attempted / new marks',
  usage: '.exercises [--area AREA] [--json]',
  detail:
    'Lists every exercise in study order, grouped by area, marked solved (✓), attempted (•) or new (·); writing prompts are marked ✎ and not counted. --area keeps one area (system-design, algorithms, …). .practice N starts the Nth exercise of the list.',
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    if (/--area\s+\S*$/.test(partial)) return corpus.areas;
    return ['--area', '--json'].filter((f) => f.startsWith(partial.trim().split(/\s+/).pop() ?? ''));
  },
  async run({ raw: args }, ctx) {
    const a = parseArgs('exercises', args, { string: ['area'], boolean: ['json'] });
    if (a._.length) throw new UsageError('.exercises', `unexpected "${a._.join(' ')}" (did you mean --area ${a._[0]}?)`);
    const corpus = await ctx.corpus();
    let entries = allExercises(corpus);
    if (a.area !== undefined) {
      const want = slugify(String(a.area));
      const area = corpus.areas.find((x) => x === want) ?? corpus.areas.find((x) => slugify(areaName(x)) === want || x.startsWith(want));
      if (!area) throw new UsageError('.exercises', `no area "${String(a.area)}" (areas: ${corpus.areas.join(', ')})`);
      entries = entries.filter((e) => e.lesson.area === area);
    }
    const store = await progressStore(ctx);
    const status = store?.exerciseStatus() ?? new Map();
    const counts = countExercises(entries, status);
    if (a.json) {
      const list = entries.map((e) => ({
        id: e.exercise.id,
        title: e.exercise.title,
        lesson: e.lesson.id,
        area: e.lesson.area,
        difficulty: e.lesson.difficulty,
        kind: isWritingPrompt(e.exercise) ? 'writing' : 'checks',
        status: statusOf(e, status) === 'prompt' ? 'new' : statusOf(e, status),
      }));
      return JSON.stringify({ ...counts, exercises: list }, null, 2);
    }
    if (entries.length === 0) return 'No exercises in this corpus yet.';
    ctx.state.exerciseList = entries;
    const note = store?.disabledReason ? [wrap(ctx.style.yellow(`progress is not recorded: ${store.disabledReason}`), ctx.style.width)] : [];
    const text = [formatExerciseList(entries, status, counts, ctx.style), ...note].join('\n');
    // longer than the screen: through the pager (which returns at once when it fits)
    return page(text, ctx) ? '' : text;
  },
};

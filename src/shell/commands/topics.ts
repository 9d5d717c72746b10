// .topics: the lessons in study order, grouped by area, filtered by area, tag and difficulty.
import type { Command } from '../command.ts';
import { LESSON_FILTER_FLAGS, lessonFilters } from '../lesson-filters.ts';
import { UsageError } from '../../errors.ts';
import { lessonMarks } from '../lesson-marks.ts';
import { data } from '../outcome.ts';

export const topics: Command = {
  name: 'topics',
  summary: 'list lessons, numbered and grouped by area',
  usage: '.topics [--area A] [--tag T] [--difficulty D] [--json]',
  detail:
    'Lists every lesson in study order, grouped by area. Filters combine: .topics --area databases --difficulty hard. The numbers work with .topic N. --json prints an array of {id, title, area, tags, difficulty, estimated_time, path, cards, exercises, mastery} (mastery 0-1, from reading, drilling and exercises).',
  flags: {
    ...LESSON_FILTER_FLAGS,
  },
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.topics', `takes no words ("${args._[0]}"): filter with --area, --tag or --difficulty, or search with .find`);
    const corpus = await ctx.corpus();
    const { tag, area, difficulty } = lessonFilters('topics', args, corpus);
    const list = corpus.lessons.filter((l) => (!area || l.area === area) && (!tag || l.tags.includes(tag)) && (!difficulty || l.difficulty === difficulty));
    if (list.length) ctx.state.lastList = list;
    const marks = await lessonMarks(ctx, list);
    const lessons = list.map((l) => ({
      id: l.id,
      title: l.title,
      area: l.area,
      tags: [...l.tags],
      difficulty: l.difficulty,
      estimated_time: l.estimatedTime,
      path: l.path,
      cards: l.cards.length,
      exercises: l.exercises.length,
      ...(marks.has(l.id) && { marks: marks.get(l.id)! }),
    }));
    // a list longer than the screen goes through the pager (which returns at once when it fits)
    return data('topics', { lessons }, { page: true });
  },
};

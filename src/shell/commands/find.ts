// .find QUERY: ranked lessons with the passage that matches, numbered for .topic N.
import type { Command } from '../command.ts';
import { LESSON_FILTER_FLAGS, lessonFilters } from '../lesson-filters.ts';
import { UsageError } from '../../errors.ts';
import { SNIPPET_CHARS } from '../../search/snippet.ts';
// the provider loads FlexSearch and the index code only when .find first runs
import { searchableIndex } from '../../search/provider.ts';
import { lessonMarks } from '../lesson-marks.ts';
import { data } from '../outcome.ts';
import type { FindData } from '../views/hits.ts';

const MAX_LIMIT = 100;

export const find: Command = {
  name: 'find',
  summary: 'search the lessons: ranked results with the passage that matches',
  usage: '.find QUERY [--tag T] [--difficulty D] [--area A] [--limit N] [--json]',
  detail:
    'Searches titles, tags, section headings and text of every lesson, and lists the best matches, numbered, each with the passage of the section that matches best (matching words marked). Open one with .topic N. Words may be partial (.find webs) or misspelt (.find consistant hashing). --tag, --area and --difficulty filter; --limit N shows up to N results (default 10); --json prints an array of {id, title, area, difficulty, score, snippet, section}, best first.',
  flags: {
    ...LESSON_FILTER_FLAGS,
    limit: { type: 'number', arg: 'N', desc: `show up to N results (default 10, at most ${MAX_LIMIT})` },
  },
  async complete(partial, ctx) {
    const words = partial.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (last.length < 2 || last.startsWith('-')) return [];
    const { index } = await searchableIndex(await ctx.corpus(), 0);
    return index.completeWord(last);
  },
  async run(args, ctx) {
    const query = args._.join(' ').trim();
    if (!query) {
      throw new UsageError('.find', 'what should I look for? e.g. .find consistent hashing (.topics lists lessons by --area, --tag or --difficulty)');
    }
    const limit = args.limit === undefined ? 10 : Number(args.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new UsageError('.find', `--limit needs a whole number from 1 to ${MAX_LIMIT}`);
    }
    const corpus = await ctx.corpus();
    const { tag, area, difficulty } = lessonFilters('find', args, corpus);
    // a big --corpus may still be indexing in the background: search what is there, and say so
    const { index, indexing } = await searchableIndex(corpus);
    // about two lines of snippet at the current width, 160 characters at most (JSON: the most)
    const snippetChars = args.json ? SNIPPET_CHARS : Math.max(80, Math.min(SNIPPET_CHARS, 2 * (ctx.style.width - 6) - 24));
    const result = index.searchDetailed(query, { tag, area, difficulty, limit, snippetChars });
    const out: FindData = {
      query,
      hits: [],
      corrections: result.corrections.map((c) => ({ from: c.from, to: c.to })),
      filters: { ...(tag !== undefined && { tag }), ...(area !== undefined && { area }), ...(difficulty !== undefined && { difficulty }) },
      unfiltered: 0,
      suggestions: [],
      unknownTag: null,
      indexing: indexing ? { done: indexing.done, total: indexing.total } : null,
    };
    if (result.hits.length === 0) {
      ctx.state.lastList = [];
      const filtered = tag !== undefined || area !== undefined || difficulty !== undefined;
      out.unfiltered = filtered ? index.search(query, { limit: MAX_LIMIT }).length : 0;
      if (!out.unfiltered) out.suggestions = index.suggest(query);
      const tags = index.tags();
      if (tag !== undefined && !tags.includes(tag)) out.unknownTag = { tag, near: tags.filter((t) => t.includes(tag) || tag.includes(t)).slice(0, 6) };
      return data('hits', out);
    }
    const lessons = result.hits.map((h) => h.lesson);
    ctx.state.lastList = lessons;
    // .topic N opens the Nth lesson at the section its hit names
    ctx.state.found = { list: lessons, sections: result.hits.map((h) => h.section) };
    const marks = await lessonMarks(ctx, lessons);
    out.hits = result.hits.map((h) => ({
      id: h.lesson.id,
      title: h.lesson.title,
      area: h.lesson.area,
      difficulty: h.lesson.difficulty,
      estimated_time: h.lesson.estimatedTime,
      score: h.score,
      section: h.section,
      snippet: h.snippet,
      ...(marks.has(h.lesson.id) && { marks: marks.get(h.lesson.id)! }),
    }));
    // a list longer than the screen goes through the pager (which returns at once when it fits)
    return data('hits', out, { page: true });
  },
};

// .topic: open a lesson (by id, title words or list number), one section of it, its table of
// contents, or step through it section by section. The lesson read becomes the current topic and
// its reading time is recorded.
import type { Command } from '../command.ts';
import type { Context } from '../context.ts';
import type { Lesson, Section } from '../../corpus/types.ts';
import { matchLesson, matchSection } from '../../corpus/lookup.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import { data, message, type Outcome } from '../outcome.ts';
import { lessonData } from '../views/lesson-data.ts';

/** Open a lesson: it becomes the current topic, and the time spent on it is recorded. */
async function open(lesson: Lesson, ctx: Context): Promise<void> {
  if (ctx.state.current === lesson) return;
  ctx.state.current = lesson;
  ctx.state.stopReading?.();
  ctx.state.stopReading = null;
  try {
    const store = await ctx.progress();
    ctx.state.stopReading = store.lessonOpened(lesson.id);
  } catch {
    // progress is best-effort here; the store reports its own problems
  }
}

/** Read a lesson (or a section): paged on a terminal, long code lines scrolling sideways. */
async function read(lesson: Lesson, ctx: Context, section?: Section): Promise<Outcome> {
  await open(lesson, ctx);
  ctx.state.section = section ? lesson.sections.indexOf(section) : -1;
  return data('lesson', lessonData(lesson, 'lesson', ctx.state.section), { page: 'wide' });
}

const plainSections = (l: Lesson) => `Sections: ${l.sections.map((sec, i) => `${i + 1} ${sec.heading}`).join(' · ')}`;

const NEXT = new Set(['next', 'n']);
const PREV = new Set(['prev', 'p', 'previous']);

function step(ctx: Context, by: 1 | -1): Promise<Outcome> | Outcome {
  const lesson = ctx.state.current!;
  const at = ctx.state.section;
  const n = lesson.sections.length;
  // from the whole lesson, next starts at the first section and prev at the last
  const to = at < 0 ? (by > 0 ? 0 : n - 1) : at + by;
  if (to >= n) return message(`That was the last section of ${lesson.title}.`, 'plain', `.topic ${lesson.id} toc lists them; .next suggests what to study now.`);
  if (to < 0) return message(`This is the first section of ${lesson.title}.`, 'plain', '.topic next goes on.');
  return read(lesson, ctx, lesson.sections[to]);
}

export const topic: Command = {
  name: 'topic',
  summary: 'read a lesson (it becomes the current topic), or one section of it',
  usage: '.topic ID|words|N [SECTION|toc] | next | prev',
  detail:
    'Opens a lesson by id (.topic consistent-hashing), by loose title words (.topic consistent hash), or by its number in the last list shown by .find or .topics (.topic 2). After .find, .topic N opens at the section the hit names. Add a section to show only that part: .topic 2 gotchas, .topic websockets-long-polling key points, or a section number; toc lists the sections. .topic next (or n) and .topic prev (or p) move through the current topic section by section. With no argument, shows where you are in the current topic. On a terminal, long lessons open in a pager ($PAGER, else less), where wide code scrolls sideways. --json prints the lesson: {id, title, area, difficulty, estimated_time, tags, section, sections: [{heading, markdown}]}.',
  flags: {},
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    const words = partial.split(/\s+/);
    if (words.length <= 1) return [...(ctx.state.current ? ['next', 'prev'] : []), ...corpus.lessons.map((l) => l.id)];
    const lesson = corpus.byId.get(words[0]!) ?? ctx.state.lastList[Number(words[0]) - 1];
    return lesson ? ['toc', ...lesson.sections.map((s) => s.slug)] : [];
  },
  async run(args, ctx) {
    const corpus = await ctx.corpus();
    const text = args._.join(' ').trim();
    const current = ctx.state.current;
    if (!text) {
      if (!current) throw new UsageError('.topic', 'which lesson? e.g. .topic 1 after .find, or .topics to list them');
      return data('lesson', lessonData(current, 'where', ctx.state.section));
    }
    const lower = text.toLowerCase();
    if (NEXT.has(lower) || PREV.has(lower)) {
      if (!current) throw new UsageError('.topic', `no lesson open to go through: .topic ID first (.topics lists them)`);
      return step(ctx, NEXT.has(lower) ? 1 : -1);
    }
    if (lower === 'toc') {
      if (!current) throw new UsageError('.topic', 'which lesson? .topic ID toc lists its sections');
      return data('lesson', lessonData(current, 'toc', ctx.state.section));
    }
    const words = text.split(/\s+/);
    // the longest prefix of the words that names one lesson; the rest names a section
    for (let k = words.length; k >= 1; k--) {
      const ref = words.slice(0, k).join(' ');
      const m = matchLesson(corpus.lessons, corpus.byId, ref, ctx.state.lastList);
      if (m.kind !== 'one') {
        if (k === words.length && m.kind === 'many') {
          ctx.state.lastList = m.lessons;
          return data('matches', { query: ref, lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, area: l.area, difficulty: l.difficulty })) });
        }
        continue;
      }
      const rest = words.slice(k).join(' ');
      if (rest.toLowerCase() === 'toc') {
        await open(m.lesson, ctx);
        return data('lesson', lessonData(m.lesson, 'toc', -1));
      }
      let section: Section | undefined;
      if (rest) {
        section = matchSection(m.lesson, rest);
        if (!section) throw new NotFoundError('.topic', `${m.lesson.title} has no section "${rest}". ${plainSections(m.lesson)}`);
      } else if (/^\d+$/.test(ref)) {
        // a number from a .find list: open at the section the hit named
        const found = ctx.state.found;
        const heading = found?.list === ctx.state.lastList ? found.sections[Number(ref) - 1] : undefined;
        if (heading) section = m.lesson.sections.find((sec) => sec.heading === heading);
      }
      return read(m.lesson, ctx, section);
    }
    if (current) {
      const section = matchSection(current, text);
      if (section) return read(current, ctx, section);
    }
    if (/^\d+$/.test(text)) {
      if (!ctx.state.lastList.length) throw new UsageError('.topic', 'no list to pick from yet: run .find or .topics first');
      throw new NotFoundError('.topic', `the last list has ${ctx.state.lastList.length} entries`);
    }
    throw new NotFoundError('.topic', `no lesson matches "${text}" — try .find ${text}`);
  },
};

import type { Command } from '../command.ts';
import type { Context } from '../context.ts';
import type { Lesson, Section } from '../../corpus/types.ts';
import { areaName } from '../../corpus/types.ts';
import { matchLesson, matchSection } from '../../corpus/lookup.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { wrap, type Style } from '../../render/style.ts';
import { cutLines } from '../../render/width.ts';
import { page } from '../pager.ts';

export function headerLine(lesson: Lesson, s: Style): string {
  const meta = [areaName(lesson.area), lesson.difficulty, lesson.estimatedTime, lesson.tags.map((t) => `#${t}`).join(' ')]
    .filter(Boolean)
    .join(' · ');
  return `${wrap(s.bold(lesson.title), s.width)}\n${wrap(s.dim(meta), s.width)}`;
}

export function numberedLessons(lessons: Lesson[], s: Style): string {
  const w = String(lessons.length).length;
  return lessons
    .map((l, i) => wrap(`${s.cyan(String(i + 1).padStart(w + 1))}  ${l.title} ${s.dim(`(${l.id} · ${areaName(l.area)} · ${l.difficulty})`)}`, s.width, ' '.repeat(w + 3)))
    .join('\n');
}

/** The one-line table of contents: "Sections: 1 Overview · 2 When to Use · …", the current one bold. */
export function sectionList(lesson: Lesson, s: Style, current?: Section, tail = ''): string {
  const items = lesson.sections.map((sec, i) => {
    const label = `${i + 1} ${sec.heading}`.replace(/ /g, '\u00a0');
    return sec === current ? s.bold(s.cyan(`[${label}]`)) : label;
  });
  // non-breaking spaces keep "3 Trade-offs & Gotchas" on one line when the list wraps
  return wrap(`${s.dim('Sections:')} ${items.join(s.dim(' · '))}${tail}`, s.width).replace(/\u00a0/g, ' ');
}

function footer(lesson: Lesson, s: Style, current?: Section): string {
  const lines: string[] = [];
  if (current) {
    const i = lesson.sections.indexOf(current);
    const n = lesson.sections.length;
    const next = lesson.sections[i + 1];
    const nav = [
      s.bold(`section ${i + 1}/${n}`),
      next ? `.topic next ${s.dim(`(${next.heading})`)}` : s.dim('last section'),
      ...(i > 0 ? ['.topic prev'] : []),
      `.topic ${lesson.id} toc`,
    ];
    lines.push(wrap(nav.join(s.dim(' · ')), s.width));
  } else {
    lines.push(sectionList(lesson, s, undefined, s.dim(` — .topic ${lesson.id} SECTION`)));
  }
  if (lesson.exercises.length) {
    lines.push(wrap(`${s.dim('Practice:')} ${lesson.exercises.map((e) => `.practice ${e.id}`).join(s.dim(' · '))}`, s.width));
  }
  if (lesson.cards.length) lines.push(wrap(`${s.dim('Drill:')} .drill ${lesson.id} ${s.dim(`(${lesson.cards.length} cards)`)}`, s.width));
  const links = [...lesson.prerequisites.map((p) => `${p} (first)`), ...lesson.related];
  if (links.length) lines.push(wrap(`${s.dim('See also:')} ${links.join(s.dim(' · '))}`, s.width));
  return lines.join('\n');
}

/**
 * A lesson, or one section of it with the table of contents on top and where to go next below.
 * `wide` keeps code lines wider than the screen whole (for a pager that scrolls sideways).
 */
export async function renderLesson(lesson: Lesson, s: Style, section?: Section, opts: { wide?: boolean } = {}): Promise<string> {
  const parts = section ? [section] : lesson.sections;
  const md = parts.map((p) => `## ${p.heading}\n\n${p.body}`).join('\n\n');
  const body = await renderMarkdown(md, s, { wide: opts.wide });
  const toc = section ? [sectionList(lesson, s, section)] : [];
  return [headerLine(lesson, s), ...toc, '', body, '', footer(lesson, s, section)].join('\n');
}


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

/** Show a lesson (or a section): through the pager with long code lines scrolling sideways, else cut to the width. */
async function show(lesson: Lesson, ctx: Context, section?: Section): Promise<string> {
  await open(lesson, ctx);
  ctx.state.section = section ? lesson.sections.indexOf(section) : -1;
  const s = ctx.style;
  const out = await renderLesson(lesson, s, section, { wide: true });
  return page(out, ctx, { wide: true }) ? '' : cutLines(out, s.width, s.dim);
}

function toc(lesson: Lesson, s: Style): string {
  const w = String(lesson.sections.length).length;
  const lines = lesson.sections.map((sec, i) => `${s.cyan(String(i + 1).padStart(w + 1))}  ${sec.heading}`);
  return [headerLine(lesson, s), '', ...lines, '', wrap(s.dim(`.topic ${lesson.id} N opens section N · .topic ${lesson.id} the whole lesson`), s.width)].join('\n');
}

const NEXT = new Set(['next', 'n']);
const PREV = new Set(['prev', 'p', 'previous']);

function step(ctx: Context, by: 1 | -1): Promise<string> | string {
  const lesson = ctx.state.current!;
  const s = ctx.style;
  const at = ctx.state.section;
  const n = lesson.sections.length;
  // from the whole lesson, next starts at the first section and prev at the last
  const to = at < 0 ? (by > 0 ? 0 : n - 1) : at + by;
  if (to >= n) {
    return wrap(`That was the last section of ${s.bold(lesson.title)}. ${s.dim(`.topic ${lesson.id} toc lists them; .next suggests what to study now.`)}`, s.width);
  }
  if (to < 0) return wrap(`This is the first section of ${s.bold(lesson.title)}. ${s.dim('.topic next goes on.')}`, s.width);
  return show(lesson, ctx, lesson.sections[to]);
}

export const topic: Command = {
  name: 'topic',
  summary: 'read a lesson (it becomes the current topic), or one section of it',
  usage: '.topic ID|words|N [SECTION|toc] | next | prev',
  detail:
    'Opens a lesson by id (.topic consistent-hashing), by loose title words (.topic consistent hash), or by its number in the last list shown by .find or .topics (.topic 2). After .find, .topic N opens at the section the hit names. Add a section to show only that part: .topic 2 gotchas, .topic websockets-long-polling key points, or a section number; toc lists the sections. .topic next (or n) and .topic prev (or p) move through the current topic section by section. With no argument, shows where you are in the current topic. On a terminal, long lessons open in a pager ($PAGER, else less), where wide code scrolls sideways.',
  async complete(partial, ctx) {
    const corpus = await ctx.corpus();
    const words = partial.split(/\s+/);
    if (words.length <= 1) return [...(ctx.state.current ? ['next', 'prev'] : []), ...corpus.lessons.map((l) => l.id)];
    const lesson = corpus.byId.get(words[0]!) ?? ctx.state.lastList[Number(words[0]) - 1];
    return lesson ? ['toc', ...lesson.sections.map((s) => s.slug)] : [];
  },
  async run({ raw: args }, ctx) {
    const s = ctx.style;
    const corpus = await ctx.corpus();
    const text = args.trim();
    const current = ctx.state.current;
    if (!text) {
      if (!current) throw new UsageError('.topic', 'which lesson? e.g. .topic 1 after .find, or .topics to list them');
      const at = ctx.state.section;
      const section = current.sections[at];
      return `${headerLine(current, s)}\n${sectionList(current, s, section)}\n\n${footer(current, s, section)}`;
    }
    const lower = text.toLowerCase();
    if (NEXT.has(lower) || PREV.has(lower)) {
      if (!current) throw new UsageError('.topic', `no lesson open to go through: .topic ID first (.topics lists them)`);
      return step(ctx, NEXT.has(lower) ? 1 : -1);
    }
    if (lower === 'toc') {
      if (!current) throw new UsageError('.topic', 'which lesson? .topic ID toc lists its sections');
      return toc(current, s);
    }
    const words = text.split(/\s+/);
    // the longest prefix of the words that names one lesson; the rest names a section
    for (let k = words.length; k >= 1; k--) {
      const ref = words.slice(0, k).join(' ');
      const m = matchLesson(corpus.lessons, corpus.byId, ref, ctx.state.lastList);
      if (m.kind !== 'one') {
        if (k === words.length && m.kind === 'many') {
          ctx.state.lastList = m.lessons;
          return `${wrap(`${m.lessons.length} lessons match "${ref}":`, s.width)}\n${numberedLessons(m.lessons, s)}\n${s.dim('.topic N opens one')}`;
        }
        continue;
      }
      const rest = words.slice(k).join(' ');
      if (rest.toLowerCase() === 'toc') {
        await open(m.lesson, ctx);
        return toc(m.lesson, s);
      }
      let section: Section | undefined;
      if (rest) {
        section = matchSection(m.lesson, rest);
        if (!section) {
          throw new UsageError('.topic', `${m.lesson.title} has no section "${rest}". ${sectionList(m.lesson, { ...s, bold: (x) => x })}`);
        }
      } else if (/^\d+$/.test(ref)) {
        // a number from a .find list: open at the section the hit named
        const found = ctx.state.found;
        const heading = found?.list === ctx.state.lastList ? found.sections[Number(ref) - 1] : undefined;
        if (heading) section = m.lesson.sections.find((sec) => sec.heading === heading);
      }
      return show(m.lesson, ctx, section);
    }
    if (current) {
      const section = matchSection(current, text);
      if (section) return show(current, ctx, section);
    }
    if (/^\d+$/.test(text)) {
      throw new UsageError('.topic', ctx.state.lastList.length ? `the last list has ${ctx.state.lastList.length} entries` : 'no list to pick from yet: run .find or .topics first');
    }
    throw new UsageError('.topic', `no lesson matches "${text}" — try .find ${text}`);
  },
};

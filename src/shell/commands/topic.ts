import type { Command } from '../command.ts';
import type { Session } from '../session.ts';
import type { Lesson, Section } from '../../corpus/types.ts';
import { areaName } from '../../corpus/types.ts';
import { matchLesson, matchSection } from '../../corpus/lookup.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { wrap, type Style } from '../../render/style.ts';
import { page } from '../pager.ts';

export function headerLine(lesson: Lesson, s: Style): string {
  const meta = [areaName(lesson.area), lesson.difficulty, lesson.estimatedTime, lesson.tags.map((t) => `#${t}`).join(' ')]
    .filter(Boolean)
    .join(' · ');
  return `${s.bold(lesson.title)}\n${wrap(s.dim(meta), s.width)}`;
}

export function numberedLessons(lessons: Lesson[], s: Style): string {
  const w = String(lessons.length).length;
  return lessons
    .map((l, i) => `${s.cyan(String(i + 1).padStart(w + 1))}  ${l.title} ${s.dim(`(${l.id} · ${areaName(l.area)} · ${l.difficulty})`)}`)
    .join('\n');
}

function sectionList(lesson: Lesson, s: Style, current?: Section, tail = ''): string {
  const items = lesson.sections.map((sec, i) => {
    const label = `${i + 1} ${sec.heading}`;
    return sec === current ? s.bold(label) : label;
  });
  return wrap(`${s.dim('Sections:')} ${items.join(s.dim(' · '))}${tail}`, s.width);
}

function footer(lesson: Lesson, s: Style, current?: Section): string {
  const lines = [sectionList(lesson, s, current, s.dim(` — .topic ${lesson.id} SECTION`))];
  if (lesson.exercises.length) {
    lines.push(wrap(`${s.dim('Practice:')} ${lesson.exercises.map((e) => `.practice ${e.id}`).join(s.dim(' · '))}`, s.width));
  }
  if (lesson.cards.length) lines.push(`${s.dim('Drill:')} .drill ${lesson.id} ${s.dim(`(${lesson.cards.length} cards)`)}`);
  const links = [...lesson.prerequisites.map((p) => `${p} (first)`), ...lesson.related];
  if (links.length) lines.push(wrap(`${s.dim('See also:')} ${links.join(s.dim(' · '))}`, s.width));
  return lines.join('\n');
}

export async function renderLesson(lesson: Lesson, s: Style, section?: Section): Promise<string> {
  const parts = section ? [section] : lesson.sections;
  const md = parts.map((p) => `## ${p.heading}\n\n${p.body}`).join('\n\n');
  const body = await renderMarkdown(md, s);
  return [headerLine(lesson, s), '', body, '', footer(lesson, s, section)].join('\n');
}

/** Open a lesson: it becomes the current topic, and the time spent on it is recorded. */
async function open(lesson: Lesson, session: Session): Promise<void> {
  session.current = lesson;
  const prev = session.scratch.get('topic:close') as (() => void) | undefined;
  prev?.();
  try {
    const store = await session.progress();
    session.scratch.set('topic:close', store.lessonOpened(lesson.id));
  } catch {
    // progress is best-effort here; the store reports its own problems
  }
}

export const topic: Command = {
  name: 'topic',
  summary: 'read a lesson (it becomes the current topic), or one section of it',
  usage: '.topic ID|words|N [SECTION]',
  detail:
    'Opens a lesson by id (.topic consistent-hashing), by loose title words (.topic consistent hash), or by its number in the last list shown by .find or .topics (.topic 2). Add a section to show only that part: .topic 2 gotchas, .topic websockets-long-polling key points, or a section number. With no argument, lists the sections of the current topic. On a terminal, long lessons open in a pager ($PAGER, else less).',
  async complete(partial, session) {
    const corpus = await session.corpus();
    const words = partial.split(/\s+/);
    if (words.length <= 1) return corpus.lessons.map((l) => l.id);
    const lesson = corpus.byId.get(words[0]!) ?? session.lastList[Number(words[0]) - 1];
    return lesson ? lesson.sections.map((s) => s.slug) : [];
  },
  async run(args, session) {
    const s = session.style;
    const corpus = await session.corpus();
    const text = args.trim();
    if (!text) {
      if (!session.current) throw new UsageError('.topic', 'which lesson? e.g. .topic 1 after .find, or .topics to list them');
      return `${headerLine(session.current, s)}\n\n${footer(session.current, s)}`;
    }
    const words = text.split(/\s+/);
    // the longest prefix of the words that names one lesson; the rest names a section
    for (let k = words.length; k >= 1; k--) {
      const ref = words.slice(0, k).join(' ');
      const m = matchLesson(corpus.lessons, corpus.byId, ref, session.lastList);
      if (m.kind !== 'one') {
        if (k === words.length && m.kind === 'many') {
          session.lastList = m.lessons;
          return `${m.lessons.length} lessons match "${ref}":\n${numberedLessons(m.lessons, s)}\n${s.dim('.topic N opens one')}`;
        }
        continue;
      }
      const rest = words.slice(k).join(' ');
      let section: Section | undefined;
      if (rest) {
        section = matchSection(m.lesson, rest);
        if (!section) {
          throw new UsageError('.topic', `${m.lesson.title} has no section "${rest}". ${sectionList(m.lesson, { ...s, bold: (x) => x })}`);
        }
      }
      await open(m.lesson, session);
      const out = await renderLesson(m.lesson, s, section);
      return page(out, session) ? '' : out;
    }
    if (session.current) {
      const section = matchSection(session.current, text);
      if (section) {
        const out = await renderLesson(session.current, s, section);
        return page(out, session) ? '' : out;
      }
    }
    if (/^\d+$/.test(text)) {
      throw new UsageError('.topic', session.lastList.length ? `the last list has ${session.lastList.length} entries` : 'no list to pick from yet: run .find or .topics first');
    }
    throw new UsageError('.topic', `no lesson matches "${text}" — try .find ${text}`);
  },
};

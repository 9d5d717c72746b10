// .topic: a lesson (or one section of it, with the table of contents on top and where to go next
// below), its table of contents, or where the reader is in it; and a numbered list of lessons when
// words match several.
import { areaName, type Lesson } from '../../corpus/types.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { wrap, type Style } from '../../render/style.ts';
import type { View } from './view.ts';

export { lessonData, type LessonData, type MatchesData } from './lesson-data.ts';
import { lessonData, type LessonData } from './lesson-data.ts';

function headerLine(d: LessonData, s: Style): string {
  const meta = [areaName(d.area), d.difficulty, d.estimated_time, d.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' · ');
  return `${wrap(s.bold(d.title), s.width)}\n${wrap(s.dim(meta), s.width)}`;
}

/** The one-line table of contents: "Sections: 1 Overview · 2 When to Use · …", the current one bold. */
function sectionList(d: LessonData, s: Style, current: number, tail = ''): string {
  const items = d.sections.map((sec, i) => {
    const label = `${i + 1} ${sec.heading}`.replace(/ /g, '\u00a0');
    return i === current ? s.bold(s.cyan(`[${label}]`)) : label;
  });
  // non-breaking spaces keep "3 Trade-offs & Gotchas" on one line when the list wraps
  return wrap(`${s.dim('Sections:')} ${items.join(s.dim(' · '))}${tail}`, s.width).replace(/\u00a0/g, ' ');
}

function footer(d: LessonData, s: Style, current: number): string {
  const lines: string[] = [];
  if (current >= 0) {
    const n = d.sections.length;
    const next = d.sections[current + 1];
    const nav = [
      s.bold(`section ${current + 1}/${n}`),
      next ? `.topic next ${s.dim(`(${next.heading})`)}` : s.dim('last section'),
      ...(current > 0 ? ['.topic prev'] : []),
      `.topic ${d.id} toc`,
    ];
    lines.push(wrap(nav.join(s.dim(' · ')), s.width));
  } else {
    lines.push(sectionList(d, s, -1, s.dim(` — .topic ${d.id} SECTION`)));
  }
  if (d.exercises.length) lines.push(wrap(`${s.dim('Practice:')} ${d.exercises.map((id) => `.practice ${id}`).join(s.dim(' · '))}`, s.width));
  if (d.cards) lines.push(wrap(`${s.dim('Drill:')} .drill ${d.id} ${s.dim(`(${d.cards} cards)`)}`, s.width));
  const links = [...d.prerequisites.map((p) => `${p} (first)`), ...d.related];
  if (links.length) lines.push(wrap(`${s.dim('See also:')} ${links.join(s.dim(' · '))}`, s.width));
  return lines.join('\n');
}

function toc(d: LessonData, s: Style): string {
  const w = String(d.sections.length).length;
  const lines = d.sections.map((sec, i) => `${s.cyan(String(i + 1).padStart(w + 1))}  ${sec.heading}`);
  return [headerLine(d, s), '', ...lines, '', wrap(s.dim(`.topic ${d.id} N opens section N · .topic ${d.id} the whole lesson`), s.width)].join('\n');
}

/**
 * A lesson, or one section of it. `wide` keeps code lines wider than the screen whole (for a pager
 * that scrolls sideways; the effect runner cuts them when it prints straight).
 */
export async function renderLessonData(d: LessonData, s: Style, opts: { wide?: boolean } = {}): Promise<string> {
  const one = d.section >= 0 ? d.sections[d.section] : undefined;
  const parts = one ? [one] : d.sections;
  const md = parts.map((p) => `## ${p.heading}\n\n${p.markdown}`).join('\n\n');
  const body = await renderMarkdown(md, s, { wide: opts.wide });
  const contents = one ? [sectionList(d, s, d.section)] : [];
  return [headerLine(d, s), ...contents, '', body, '', footer(d, s, d.section)].join('\n');
}

/** A Lesson object as .topic shows it (the corpus render tests use it). */
export function renderLesson(lesson: Lesson, s: Style, opts: { wide?: boolean } = {}): Promise<string> {
  return renderLessonData(lessonData(lesson), s, opts);
}

export const lessonView: View<'lesson'> = {
  render(d, s) {
    if (d.show === 'toc') return toc(d, s);
    if (d.show === 'where') return `${headerLine(d, s)}\n${sectionList(d, s, d.section)}\n\n${footer(d, s, d.section)}`;
    return renderLessonData(d, s, { wide: true });
  },
  json(d) {
    const { id, title, area, difficulty, estimated_time, tags } = d;
    const one = d.show === 'lesson' && d.section >= 0;
    return {
      id,
      title,
      area,
      difficulty,
      estimated_time,
      tags,
      section: d.section >= 0 ? { number: d.section + 1, heading: d.sections[d.section]!.heading } : null,
      sections: one ? [d.sections[d.section]!] : d.sections,
    };
  },
};

export const matchesView: View<'matches'> = {
  render(d, s) {
    const w = String(d.lessons.length).length;
    const list = d.lessons.map((l, i) =>
      wrap(`${s.cyan(String(i + 1).padStart(w + 1))}  ${l.title} ${s.dim(`(${l.id} · ${areaName(l.area)} · ${l.difficulty})`)}`, s.width, ' '.repeat(w + 3)),
    );
    return [wrap(`${d.lessons.length} lessons match "${d.query}":`, s.width), ...list, s.dim('.topic N opens one')].join('\n');
  },
};

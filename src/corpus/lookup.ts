// Find lessons and sections from what a user types: an id, a list number, or loose words. Pure.
import type { Lesson, Section } from './types.ts';
import { slugify } from './markdown-blocks.ts';

export type LessonMatch =
  | { kind: 'one'; lesson: Lesson }
  | { kind: 'many'; lessons: Lesson[] }
  | { kind: 'none' };

function words(s: string): string[] {
  return slugify(s).split('-').filter(Boolean);
}

/** Every query word is a prefix of some word of the lesson's id or title. */
function looseScore(lesson: Lesson, query: string[]): number {
  const hay = new Set([...words(lesson.title), ...words(lesson.id)]);
  let score = 0;
  for (const q of query) {
    if (hay.has(q)) score += 2;
    else if ([...hay].some((w) => w.startsWith(q))) score += 1;
    else return 0;
  }
  return score;
}

export function matchLesson(lessons: Lesson[], byId: Map<string, Lesson>, ref: string, lastList: Lesson[]): LessonMatch {
  const text = ref.trim();
  if (!text) return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const l = lastList[Number(text) - 1];
    return l ? { kind: 'one', lesson: l } : { kind: 'none' };
  }
  const exact = byId.get(text) ?? byId.get(slugify(text));
  if (exact) return { kind: 'one', lesson: exact };
  const lower = text.toLowerCase();
  const byTitle = lessons.filter((l) => l.title.toLowerCase() === lower);
  if (byTitle.length === 1) return { kind: 'one', lesson: byTitle[0]! };
  const q = words(text);
  if (q.length === 0) return { kind: 'none' };
  const scored = lessons.map((l) => ({ l, s: looseScore(l, q) })).filter((x) => x.s > 0);
  if (scored.length === 0) return { kind: 'none' };
  scored.sort((a, b) => b.s - a.s);
  const best = scored.filter((x) => x.s === scored[0]!.s);
  if (best.length === 1) return { kind: 'one', lesson: best[0]!.l };
  return { kind: 'many', lessons: scored.map((x) => x.l).slice(0, 20) };
}

/** A section by number (1-based), slug, or loose words ("gotchas" -> "Trade-offs & Gotchas"). */
export function matchSection(lesson: Lesson, ref: string): Section | undefined {
  const text = ref.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return lesson.sections[Number(text) - 1];
  const slug = slugify(text);
  const exact = lesson.sections.find((s) => s.slug === slug);
  if (exact) return exact;
  const q = words(text);
  return lesson.sections.find((s) => {
    const hay = words(s.heading);
    return q.every((w) => hay.some((h) => h.startsWith(w)));
  });
}

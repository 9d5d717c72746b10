// The cards a `.drill` covers: one lesson (id, words, a number from the last list), one card id,
// a tag or an area, and words describing the choice. Pure.
import type { Card, Lesson } from '../corpus/types.ts';
import { matchLesson } from '../corpus/lookup.ts';
import { NotFoundError, UsageError } from '../errors.ts';

export interface DrillRequest {
  /** lesson id, list number, words, or a card id */
  ref?: string;
  tag?: string;
  area?: string;
  newLimit: number;
}

/** The cards a request covers, and words describing them. */
export function selectCards(req: DrillRequest, lessons: Lesson[], byId: Map<string, Lesson>, lastList: Lesson[]): { cards: Card[]; scope: string } {
  let chosen = lessons;
  let scope = 'all lessons';
  if (req.ref) {
    const cardLesson = byId.get(req.ref.split(':')[0] ?? '');
    const card = cardLesson?.cards.find((c) => c.id === req.ref);
    if (card) return { cards: [card], scope: `card ${card.id}` };
    const m = matchLesson(lessons, byId, req.ref, lastList);
    if (m.kind === 'none') throw new NotFoundError('.drill', `no lesson matches "${req.ref}" (.find WORDS searches, .topics lists them)`);
    if (m.kind === 'many') {
      throw new UsageError('.drill', `"${req.ref}" matches ${m.lessons.length} lessons: ${m.lessons.slice(0, 6).map((l) => l.id).join(', ')}${m.lessons.length > 6 ? ', …' : ''}`);
    }
    chosen = [m.lesson];
    scope = m.lesson.title;
  }
  if (req.tag) {
    const tag = req.tag.toLowerCase();
    chosen = chosen.filter((l) => l.tags.includes(tag));
    if (!chosen.length) throw new NotFoundError('.drill', `no lesson has the tag "${req.tag}"`);
    scope = `#${tag}`;
  }
  if (req.area) {
    chosen = chosen.filter((l) => l.area === req.area);
    if (!chosen.length) throw new NotFoundError('.drill', `no lessons in the area "${req.area}"`);
    scope = req.area;
  }
  return { cards: chosen.flatMap((l) => l.cards), scope };
}

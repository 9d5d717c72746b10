// What .topic returns: a lesson as plain data (its view, lesson.ts, draws it). Apart from the view
// so that the command does not load the view's markdown renderer with it.
import type { Lesson } from '../../corpus/types.ts';

export interface LessonData {
  id: string;
  title: string;
  area: string;
  difficulty: string;
  estimated_time: string;
  tags: string[];
  /** every section of the lesson */
  sections: { heading: string; markdown: string }[];
  /** the section shown or read last (0-based), -1: the whole lesson */
  section: number;
  /** the lesson (or its one section), its table of contents, or where the reader is */
  show: 'lesson' | 'toc' | 'where';
  exercises: string[];
  cards: number;
  prerequisites: string[];
  related: string[];
}

export interface MatchesData {
  query: string;
  lessons: { id: string; title: string; area: string; difficulty: string }[];
}

declare module '../outcome.ts' {
  interface OutcomeData {
    lesson: LessonData;
    matches: MatchesData;
  }
}

/** A lesson as plain data (what .topic shows; the reader's position is the caller's). */
export function lessonData(l: Lesson, show: LessonData['show'] = 'lesson', section = -1): LessonData {
  return {
    id: l.id,
    title: l.title,
    area: l.area,
    difficulty: l.difficulty,
    estimated_time: l.estimatedTime,
    tags: [...l.tags],
    sections: l.sections.map((s) => ({ heading: s.heading, markdown: s.body })),
    section,
    show,
    exercises: l.exercises.map((e) => e.id),
    cards: l.cards.length,
    prerequisites: [...l.prerequisites],
    related: [...l.related],
  };
}

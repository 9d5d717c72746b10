// The loaded corpus: lessons in study order, with lookups by id. Pure once built.
import { AREAS, type Exercise, type Lesson, type Problem } from './types.ts';
import type { CorpusFolder } from './folders.ts';

export interface Corpus {
  /** study order: built-in areas in plan order, then other areas; easy before hard */
  lessons: Lesson[];
  byId: Map<string, Lesson>;
  exercises: Map<string, Exercise>;
  problems: Problem[];
  areas: string[];
  /** the folders the lessons came from (built-in first); empty when built from a plain list */
  folders: CorpusFolder[];
}

const DIFFICULTY_RANK = { easy: 0, medium: 1, hard: 2 } as const;

export function areaRank(area: string): number {
  const i = Object.keys(AREAS).indexOf(area);
  return i === -1 ? 100 : i;
}

export function makeCorpus(lessons: Lesson[], problems: Problem[] = []): Corpus {
  const byId = new Map<string, Lesson>();
  const all = [...problems];
  // lessons come in load order (built-in first): a later lesson may take an id only by saying so
  for (const l of lessons) {
    const prev = byId.get(l.id);
    if (prev && l.overrides !== l.id) {
      all.push({
        level: 'error',
        file: l.path,
        line: 2,
        message: `lesson id "${l.id}" is already used by ${prev.path}: rename this lesson (id: or the file name), or add "overrides: ${l.id}" to replace that one`,
      });
      continue;
    }
    if (!prev && l.overrides) {
      all.push({ level: 'warning', file: l.path, line: 2, message: `overrides "${l.overrides}", but no other lesson has that id` });
    }
    byId.set(l.id, l);
  }
  const ordered = [...byId.values()].sort(
    (a, b) =>
      areaRank(a.area) - areaRank(b.area) ||
      a.area.localeCompare(b.area) ||
      DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] ||
      a.title.localeCompare(b.title),
  );
  const exercises = new Map<string, Exercise>();
  for (const l of ordered) {
    for (const ex of l.exercises) {
      // the one check that exercise ids are unique (within a lesson and across lessons)
      const prev = exercises.get(ex.id);
      if (prev) {
        const message = prev.lessonId === l.id ? `exercise id "${ex.id}" is used twice` : `exercise id "${ex.id}" is also used in lesson ${prev.lessonId}`;
        all.push({ level: 'error', file: l.path, line: ex.line, message });
        continue;
      }
      exercises.set(ex.id, ex);
    }
  }
  const areas = [...new Set(ordered.map((l) => l.area))];
  return { lessons: ordered, byId, exercises, problems: all, areas, folders: [] };
}

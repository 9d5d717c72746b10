// One picture of the learner: per-lesson mastery from the memory model (memory-model.ts): its
// reading, its cards (FSRS) and its exercises, each of which fades. Pure, given a snapshot of the store.
import type { Lesson } from '../corpus/types.ts';
import { STRENGTH_WEIGHTS, topicMemory } from './memory-model.ts';
import type { CardRecord, ExerciseStats, ProgressStore, ReadStats, Settings } from '../progress/types.ts';

/** What the study figures are computed from: the store read once, at one moment. */
export interface StudySnapshot {
  now: number;
  cards: Map<string, CardRecord>;
  read: Map<string, ReadStats>;
  exercises: Map<string, ExerciseStats>;
  settings: Settings;
}

/** the last snapshot of each store, reused while the store's revision is unchanged */
const lastRead = new WeakMap<ProgressStore, { revision: string; snap: Omit<StudySnapshot, 'now'> }>();

/**
 * The store's data at `now`. The reads are kept while the store is unchanged (its revision), so
 * that a list that marks progress (.find, .topics) does not re-read every review per command; the
 * figures still fade with `now`. Treat the maps as read-only: they may be shared.
 */
export function takeStudySnapshot(store: ProgressStore, now: number): StudySnapshot {
  const revision = store.revision();
  let kept = lastRead.get(store);
  if (kept?.revision !== revision) {
    kept = { revision, snap: { cards: store.cards(), read: store.readStats(), exercises: store.exerciseStats(), settings: store.settings() } };
    lastRead.set(store, kept);
  }
  return { now, ...kept.snap };
}

/** Weights of the three signals (the memory model's); a lesson without cards or exercises spreads their weight over the rest. */
export const WEIGHTS = STRENGTH_WEIGHTS;

export interface LessonMastery {
  /** 0..1: the topic's memory strength now (every part of it fades; see memory-model.ts) */
  mastery: number;
  read: boolean;
  /** how much of the reading is still fresh, 0..1 (0 when unread) */
  reading: number;
  /** mean recall probability of the lesson's cards (new cards count 0), or null without cards */
  recall: number | null;
  /** mean recall of the checked exercises (a failed or untried one counts 0), or null without any */
  exercises: number | null;
  cardsSeen: number;
  solved: number;
  checked: number;
  /** checked exercises due for re-practice now */
  exercisesDue: number;
}

/** A lesson's mastery from its memory state: reading, cards and exercises, each fading with time. */
export function lessonMastery(lesson: Lesson, snap: StudySnapshot): LessonMastery {
  const m = topicMemory(lesson, { now: snap.now, cards: snap.cards, read: snap.read, exercises: snap.exercises, retention: snap.settings.retention });
  return {
    mastery: m.strength,
    read: snap.read.has(lesson.id),
    reading: m.reading.recall,
    recall: m.cards,
    exercises: m.exerciseRecall,
    cardsSeen: m.cardsSeen,
    solved: m.solved,
    checked: m.checked,
    exercisesDue: m.exercisesDue.length,
  };
}

/** For `topics --json`: cards, exercises and mastery (0..1, two decimals) per lesson id. */
export function lessonSummaries(lessons: Lesson[], snap: StudySnapshot): Map<string, { cards: number; exercises: number; mastery: number }> {
  const out = new Map<string, { cards: number; exercises: number; mastery: number }>();
  for (const l of lessons) out.set(l.id, { cards: l.cards.length, exercises: l.exercises.length, mastery: Math.round(lessonMastery(l, snap).mastery * 100) / 100 });
  return out;
}

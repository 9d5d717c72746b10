// One picture of the learner: per-lesson mastery from reading it, recalling its cards (FSRS
// retrievability now) and passing its exercises. Pure, given a snapshot of the store.
import type { Lesson } from '../corpus/types.ts';
import { retrievability } from '../drill/retrievability.ts';
import type { CardRecord, ExerciseStats, ProgressStore, ReadStats, Settings } from '../progress/types.ts';

/** What the study figures are computed from: the store read once, at one moment. */
export interface StudySnapshot {
  now: number;
  cards: Map<string, CardRecord>;
  read: Map<string, ReadStats>;
  exercises: Map<string, ExerciseStats>;
  settings: Settings;
}

export function takeStudySnapshot(store: ProgressStore, now: number): StudySnapshot {
  return { now, cards: store.cards(), read: store.readStats(), exercises: store.exerciseStats(), settings: store.settings() };
}

/** Weights of the three signals; a lesson without cards or exercises spreads their weight over the rest. */
export const WEIGHTS = { read: 0.2, cards: 0.5, exercises: 0.3 } as const;
/** credit for an exercise attempted but not yet passed */
export const ATTEMPT_CREDIT = 0.2;

export interface LessonMastery {
  /** 0..1 */
  mastery: number;
  read: boolean;
  /** mean recall probability of the lesson's cards (new cards count 0), or null without cards */
  recall: number | null;
  /** share of checked exercises solved (attempts get partial credit), or null without any */
  exercises: number | null;
  cardsSeen: number;
  solved: number;
  checked: number;
}

export function lessonMastery(lesson: Lesson, snap: StudySnapshot): LessonMastery {
  const read = snap.read.has(lesson.id);
  let recall: number | null = null;
  let cardsSeen = 0;
  if (lesson.cards.length) {
    let sum = 0;
    for (const c of lesson.cards) {
      const rec = snap.cards.get(c.id);
      if (rec) {
        cardsSeen++;
        sum += retrievability(rec.fsrs, snap.now);
      }
    }
    recall = sum / lesson.cards.length;
  }
  const checkedEx = lesson.exercises.filter((e) => e.checks.trim());
  let exercises: number | null = null;
  let solved = 0;
  if (checkedEx.length) {
    let sum = 0;
    for (const e of checkedEx) {
      const st = snap.exercises.get(e.id);
      if (st?.solved) {
        solved++;
        sum += 1;
      } else if (st) sum += ATTEMPT_CREDIT;
    }
    exercises = sum / checkedEx.length;
  }
  let total = WEIGHTS.read;
  let score = WEIGHTS.read * (read ? 1 : 0);
  if (recall !== null) {
    total += WEIGHTS.cards;
    score += WEIGHTS.cards * recall;
  }
  if (exercises !== null) {
    total += WEIGHTS.exercises;
    score += WEIGHTS.exercises * exercises;
  }
  return { mastery: score / total, read, recall, exercises, cardsSeen, solved, checked: checkedEx.length };
}

/** For `topics --json`: cards, exercises and mastery (0..1, two decimals) per lesson id. */
export function lessonSummaries(lessons: Lesson[], snap: StudySnapshot): Map<string, { cards: number; exercises: number; mastery: number }> {
  const out = new Map<string, { cards: number; exercises: number; mastery: number }>();
  for (const l of lessons) out.set(l.id, { cards: l.cards.length, exercises: l.exercises.length, mastery: Math.round(lessonMastery(l, snap).mastery * 100) / 100 });
  return out;
}

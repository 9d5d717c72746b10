// One memory state per topic (lesson): its cards, its reading and its exercises, each with a
// recall probability that fades with time on the same forgetting curve FSRS uses for cards. Pure.
//  - Cards: FSRS, as the drill schedules them (recall = mean retrievability, a new card counts 0).
//  - Reading: a read lesson is remembered for READ_STABILITY_DAYS (longer after several reads);
//    reviewing its cards keeps it fresh (the latest card review counts as a touch, and the cards'
//    own stability carries it in proportion to how many of them are reviewed). Unreviewed, it fades.
//  - Exercises: each attempt is a grade. A pass at the first try gives PASS_STABILITY_DAYS; a pass
//    after failed attempts or hints gives less (EFFORT_STABILITY); a pass on a later re-practice
//    multiplies the stability (less after a struggle); a failure makes the exercise due again after
//    FAIL_STABILITY_DAYS, sooner than any pass. An exercise is due when its recall falls to the
//    desired retention, as a card is.
import { FSRS_DECAY, forgettingCurve } from '../drill/retrievability.ts';
import { DAY_MS } from '../progress/day.ts';
import { hasChecks } from '../corpus/types.ts';
import type { CardRecord, ExerciseStats, FsrsState, ReadStats } from '../progress/types.ts';

export const READ_STABILITY_DAYS = 3;
export const PASS_STABILITY_DAYS = 4;
/** first-pass stability by effort (failed attempts + hints before the pass): 1-2, and 3 or more */
export const EFFORT_STABILITY = [PASS_STABILITY_DAYS, 2, 1] as const;
export const FAIL_STABILITY_DAYS = 0.5;
/** growth of an exercise's stability on a later pass, by effort (none, 1-2, 3 or more) */
export const PASS_GROWTH = [2.5, 1.6, 1.15] as const;
/** the three signals of a topic's strength; a topic without cards or exercises spreads their share over the rest */
export const STRENGTH_WEIGHTS = { reading: 0.2, cards: 0.5, exercises: 0.3 } as const;

const DEFAULT_RETENTION = 0.9;

/** Days until recall falls to `retention`, for a memory of this stability (= stability at 0.9). */
export function intervalDays(stability: number, retention = DEFAULT_RETENTION): number {
  const r = Math.min(0.99, Math.max(0.5, retention));
  return (stability * (Math.pow(r, -1 / FSRS_DECAY) - 1)) / (Math.pow(0.9, -1 / FSRS_DECAY) - 1);
}

export interface ExerciseAttempt {
  at: number;
  passed: boolean;
  /** hints shown before this attempt (0 when not recorded) */
  hints?: number;
}

export interface ExerciseMemory {
  exerciseId: string;
  /** days of stability (recall 0.9 after this long) */
  stability: number;
  /** 0..1 now; 0 while the latest attempt failed */
  recall: number;
  /** when to practise it again (ms) */
  due: number;
  lastAt: number;
  passes: number;
  lapses: number;
  lastPassed: boolean;
}

const effortLevel = (effort: number) => (effort <= 0 ? 0 : effort <= 2 ? 1 : 2);

/** Replay an exercise's attempts (oldest first) into its memory state; null when never tried. */
export function exerciseMemory(exerciseId: string, attempts: readonly ExerciseAttempt[], now: number, retention = DEFAULT_RETENTION): ExerciseMemory | null {
  if (!attempts.length) return null;
  let stability = 0;
  let passes = 0;
  let lapses = 0;
  let effort = 0;
  let lastPassAt = 0;
  let lastPassed = false;
  let lastAt = 0;
  for (const a of attempts) {
    effort += a.hints ?? 0;
    if (a.passed) {
      const level = effortLevel(effort);
      if (passes === 0 || stability <= FAIL_STABILITY_DAYS) stability = Math.max(stability, EFFORT_STABILITY[level]);
      else {
        // the spacing effect: a re-practice soon after the last pass adds little
        const spacing = Math.min(1, Math.max(0.25, (a.at - lastPassAt) / DAY_MS / stability));
        stability *= 1 + (PASS_GROWTH[level] - 1) * spacing;
      }
      passes++;
      lastPassAt = a.at;
      lastPassed = true;
      effort = 0;
    } else {
      if (lastPassed) lapses++;
      effort++;
      lastPassed = false;
      stability = FAIL_STABILITY_DAYS;
    }
    lastAt = a.at;
  }
  const elapsed = (now - lastAt) / DAY_MS;
  return {
    exerciseId,
    stability,
    recall: lastPassed ? forgettingCurve(elapsed, stability) : 0,
    due: lastAt + intervalDays(stability, retention) * DAY_MS,
    lastAt,
    passes,
    lapses,
    lastPassed,
  };
}

/**
 * Attempts as the store's aggregate stats allow (when the full history is not at hand): the
 * failed attempts, then the latest one. Good enough for the schedule's shape, not its history.
 */
export function attemptsFromStats(s: ExerciseStats): ExerciseAttempt[] {
  const out: ExerciseAttempt[] = [];
  // the hints seen count against the first pass (where they were needed)
  const hints = s.hints ?? 0;
  if (s.lastPassed) {
    for (let i = 1; i < s.attempts; i++) out.push({ at: Math.min(s.lastFailedAt || s.lastAt, s.lastAt), passed: false });
    out.push({ at: s.lastAt, passed: true, hints });
  } else {
    if (s.solved) out.push({ at: s.lastAt - 1, passed: true, hints });
    for (let i = s.solved ? 1 : 0; i < s.attempts; i++) out.push({ at: s.lastAt, passed: false });
  }
  return out;
}

export interface ReadingMemory {
  /** 0..1 now; 0 when never read */
  recall: number;
  stability: number;
  /** when it has faded to the desired retention (ms), or null when never read */
  due: number | null;
  /** the last read or card review of the lesson */
  lastTouch: number;
}

/** A topic's reading: fades from the last read unless its cards are reviewed. */
export function readingMemory(read: ReadStats | undefined, cardStates: readonly (FsrsState | undefined)[], now: number, retention = DEFAULT_RETENTION): ReadingMemory {
  if (!read) return { recall: 0, stability: 0, due: null, lastTouch: 0 };
  let stability = READ_STABILITY_DAYS * Math.min(3, 1 + 0.5 * (read.views - 1));
  let lastTouch = read.lastAt;
  if (cardStates.length) {
    let sum = 0;
    for (const s of cardStates) {
      if (!s || s.last_review === null) continue;
      sum += s.stability;
      if (s.last_review > lastTouch) lastTouch = Math.min(s.last_review, now);
    }
    stability = Math.max(stability, sum / cardStates.length);
  }
  return {
    recall: forgettingCurve((now - lastTouch) / DAY_MS, stability),
    stability,
    due: lastTouch + intervalDays(stability, retention) * DAY_MS,
    lastTouch,
  };
}

export interface TopicLike {
  id: string;
  cards: readonly { id: string }[];
  /** exercises with checks (writing prompts have no memory state) */
  exercises: readonly { id: string; checks: string }[];
}

export interface MemoryInput {
  now: number;
  cards: Map<string, CardRecord>;
  read: Map<string, ReadStats>;
  exercises: Map<string, ExerciseStats>;
  /** full attempt histories, oldest first, when the store gives them (else the stats are replayed) */
  attempts?: Map<string, ExerciseAttempt[]>;
  retention?: number;
  /** a card's due time (the interview plan may pull it forward); default: FSRS's due */
  cardDue?: (cardId: string, s: FsrsState) => number;
}

export interface TopicMemory {
  lessonId: string;
  reading: ReadingMemory;
  /** mean recall of the cards (a new card counts 0), or null without cards */
  cards: number | null;
  cardsSeen: number;
  cardsDue: number;
  /** per exercise with checks that was tried */
  exercises: ExerciseMemory[];
  /** mean recall of the checked exercises (an untried one counts 0), or null without any */
  exerciseRecall: number | null;
  /** checked exercises, passed at least once */
  solved: number;
  checked: number;
  /** exercises due for re-practice now (failed, or faded) */
  exercisesDue: string[];
  /** 0..1: the three recalls weighed by STRENGTH_WEIGHTS */
  strength: number;
}

export function topicMemory(topic: TopicLike, input: MemoryInput): TopicMemory {
  const { now } = input;
  const retention = input.retention ?? DEFAULT_RETENTION;
  const states: (FsrsState | undefined)[] = [];
  let sum = 0;
  let seen = 0;
  let due = 0;
  for (const c of topic.cards) {
    const rec = input.cards.get(c.id)?.fsrs;
    states.push(rec);
    if (!rec) continue;
    seen++;
    if (rec.state !== 0 && rec.last_review !== null) sum += forgettingCurve((now - rec.last_review) / DAY_MS, rec.stability);
    if ((input.cardDue ? input.cardDue(c.id, rec) : rec.due) <= now) due++;
  }
  const cards = topic.cards.length ? sum / topic.cards.length : null;
  const reading = readingMemory(input.read.get(topic.id), states, now, retention);
  const exercises: ExerciseMemory[] = [];
  let checked = 0;
  let exSum = 0;
  let solved = 0;
  const exercisesDue: string[] = [];
  for (const e of topic.exercises) {
    if (!hasChecks(e)) continue;
    checked++;
    const stats = input.exercises.get(e.id);
    const history = input.attempts?.get(e.id) ?? (stats ? attemptsFromStats(stats) : []);
    const m = exerciseMemory(e.id, history, now, retention);
    if (!m) continue;
    exercises.push(m);
    exSum += m.recall;
    if (m.passes > 0 || stats?.solved) solved++;
    if (m.due <= now) exercisesDue.push(e.id);
  }
  const exerciseRecall = checked ? exSum / checked : null;
  let total = STRENGTH_WEIGHTS.reading;
  let score = STRENGTH_WEIGHTS.reading * reading.recall;
  if (cards !== null) {
    total += STRENGTH_WEIGHTS.cards;
    score += STRENGTH_WEIGHTS.cards * cards;
  }
  if (exerciseRecall !== null) {
    total += STRENGTH_WEIGHTS.exercises;
    score += STRENGTH_WEIGHTS.exercises * exerciseRecall;
  }
  return { lessonId: topic.id, reading, cards, cardsSeen: seen, cardsDue: due, exercises, exerciseRecall, solved, checked, exercisesDue, strength: score / total };
}

// The study plan: a day-by-day schedule from today to the interview that fits a daily budget in
// minutes. Pure, and made afresh from the learner's state each time, so a missed day or a day
// done ahead re-plans the rest by itself. The rule (also in `.help plan`):
//  1. Each day first holds the card reviews FSRS has due on it (REVIEW_SECONDS each; overdue ones
//     today; beyond the budget they move to the next day), and a mock interview when mockDue says so.
//  2. Exercises to practise again (failed, or faded by the memory model) come next, at most
//     RETRIES_PER_DAY a day, EXERCISE_MINUTES each.
//  3. Then unread lessons, most important first: the lesson's priority (high 3, medium 2, low 1)
//     times its area's interview weight (AREA_WEIGHT; doubled for --focus areas; --skip areas are
//     left out), raised by how weak the learner is in that area. A lesson goes on the earliest day
//     with room for its estimated_time plus learning its cards (NEW_CARD_SECONDS each), after its
//     unread prerequisites, which come with it (or it does not go at all). Its new cards bring
//     reviews 1, 3 and 7 days later. Its exercises go on that day or a later one with room.
//     Read lessons the memory model finds faded come back as a shorter refresh, in the same order.
//  4. What does not fit is listed, lowest priority first.
import { hasChecks, lessonPriority, type Lesson, type Priority } from '../corpus/types.ts';
import { dayOf, dayStart, isoDay } from '../progress/day.ts';
import type { FsrsState } from '../progress/types.ts';
import { DEFAULT_MINUTES_PER_DAY } from '../progress/settings.ts';
import { topicMemory, type MemoryInput, type TopicMemory } from './memory-model.ts';
import { mockDays, type MockState } from './mock-due.ts';

export { DEFAULT_MINUTES_PER_DAY };
/** due cards only: the plan counts new cards with their lesson */
export const REVIEW_COMMAND = '.drill --new 0';
export const REVIEW_SECONDS = 10;
export const NEW_CARD_SECONDS = 30;
export const EXERCISE_MINUTES = 15;
export const RETRIES_PER_DAY = 2;
/** days after learning new cards when their first reviews come */
export const NEW_CARD_REVIEWS = [1, 3, 7] as const;
/** a read lesson whose reading recall is below this comes back as a refresh */
export const REFRESH_BELOW = 0.6;
/** interview weight of each built-in area (others: DEFAULT_AREA_WEIGHT) */
export const AREA_WEIGHT: Record<string, number> = {
  'system-design': 1,
  'distributed-systems': 0.9,
  'data-structures': 1,
  algorithms: 1,
  databases: 0.8,
  networking: 0.7,
  'os-concurrency': 0.7,
  behavioral: 0.8,
};
export const DEFAULT_AREA_WEIGHT = 0.8;
export const FOCUS_FACTOR = 2;

/** What the memory model reads (the progress), plus the plan's own inputs. */
export interface PlannerInput extends MemoryInput {
  /** the interview's local day (today or later) */
  interviewDay: number;
  minutesPerDay: number;
  /** areas to weigh double */
  focus?: readonly string[];
  /** areas to leave out */
  skip?: readonly string[];
  /** the corpus's lessons, in study order */
  lessons: readonly Lesson[];
  /** cards reviewed today so far */
  reviewsToday?: number;
  mock?: MockState;
}

interface ItemBase {
  minutes: number;
  /** what to type */
  command: string;
  /** done today (today's items only) */
  done: boolean;
}
export type PlanItem =
  | (ItemBase & { kind: 'review'; cards: number; /** today's: how many are due already (the rest come later today) */ dueNow?: number })
  | (ItemBase & { kind: 'read'; lessonId: string; title: string; area: string; priority: Priority; refresh: boolean })
  | (ItemBase & { kind: 'learn'; lessonId: string; title: string; cards: number })
  | (ItemBase & { kind: 'exercise'; exerciseId: string; lessonId: string; title: string; again: boolean })
  | (ItemBase & { kind: 'mock'; mock: string });

export interface PlanDay {
  day: number;
  date: string;
  items: PlanItem[];
  /** planned minutes (done items included) */
  minutes: number;
}

export interface LeftOut {
  lessonId: string;
  title: string;
  area: string;
  priority: Priority;
  minutes: number;
}

export interface StudyPlan {
  today: string;
  interviewDate: string;
  /** days from today to the interview (0 on the day) */
  daysLeft: number;
  minutesPerDay: number;
  focus: string[];
  skip: string[];
  days: PlanDay[];
  /** unread lessons (and faded ones) in play, and how many of them the plan holds */
  lessons: { total: number; planned: number; skipped: number };
  /** lessons that do not fit, lowest priority first */
  leftOut: LeftOut[];
  /** exercises of planned lessons that do not fit */
  exercisesLeftOut: number;
  /** minutes still to do today within the budget */
  remainingToday: number;
}

const PRIORITY_WEIGHT: Record<Priority, number> = { 1: 1, 2: 2, 3: 3 };
const minutesOf = (seconds: number) => Math.ceil(seconds / 60);

export function areaWeight(area: string): number {
  return AREA_WEIGHT[area] ?? DEFAULT_AREA_WEIGHT;
}

interface Candidate {
  lesson: Lesson;
  score: number;
  refresh: boolean;
  minutes: number;
  order: number;
}

export function makePlan(input: PlannerInput): StudyPlan {
  const { now, minutesPerDay: budget } = input;
  const today = dayOf(now);
  const lastDay = Math.max(today, input.interviewDay - 1);
  const n = lastDay - today + 1;
  const skip = new Set(input.skip ?? []);
  const focus = new Set(input.focus ?? []);
  const byId = new Map(input.lessons.map((l) => [l.id, l]));
  const memory = new Map<string, TopicMemory>();
  const memInput = { now, cards: input.cards, read: input.read, exercises: input.exercises, attempts: input.attempts, retention: input.retention, cardDue: input.cardDue };
  for (const l of input.lessons) memory.set(l.id, topicMemory(l, memInput));

  const used = Array.from({ length: n }, () => 0);
  const days: PlanDay[] = Array.from({ length: n }, (_, i) => ({ day: today + i, date: isoDay(today + i), items: [], minutes: 0 }));
  const room = (i: number) => budget - used[i]!;
  const put = (i: number, item: PlanItem) => {
    days[i]!.items.push(item);
    used[i]! += item.minutes;
  };

  // what was done today counts against today's budget
  const isToday = (ms: number) => dayOf(ms) === today;
  const readToday = new Set(input.lessons.filter((l) => { const r = input.read.get(l.id); return r && isToday(r.firstAt); }).map((l) => l.id));
  const triedToday = new Set([...input.exercises].filter(([, s]) => isToday(s.lastAt)).map(([id]) => id));

  // 1. card reviews by day (overdue today), and today's done reviews
  const reviewSeconds = Array.from({ length: n }, () => 0);
  const cardDue = input.cardDue ?? ((_: string, s: FsrsState) => s.due);
  let dueNow = 0;
  for (const l of input.lessons) {
    for (const c of l.cards) {
      const rec = input.cards.get(c.id);
      if (!rec) continue;
      const due = cardDue(c.id, rec.fsrs);
      if (due <= now) dueNow++;
      const d = Math.max(0, dayOf(due) - today);
      if (d < n) reviewSeconds[d]! += REVIEW_SECONDS;
    }
  }
  const reviewedToday = input.reviewsToday ?? 0;
  if (reviewedToday > 0) put(0, { kind: 'review', cards: reviewedToday, minutes: minutesOf(reviewedToday * REVIEW_SECONDS), command: REVIEW_COMMAND, done: true });
  // mocks, on the days mockDays picks (before the reviews, which can move to the next day)
  if (input.mock) {
    for (const [day, m] of mockDays(input.mock, today, lastDay)) {
      const i = day - today;
      if (m.minutes <= room(i)) put(i, { kind: 'mock', mock: m.kind, minutes: m.minutes, command: m.command, done: false });
    }
  }
  const placeReviews = (from: number) => {
    for (let i = from; i < n; i++) {
      const want = reviewSeconds[i]!;
      if (want <= 0) continue;
      const fit = Math.min(want, Math.max(0, room(i)) * 60);
      const cards = Math.floor(fit / REVIEW_SECONDS);
      if (cards > 0) {
        const existing = days[i]!.items.find((it) => it.kind === 'review' && !it.done);
        if (existing && existing.kind === 'review') {
          used[i]! -= existing.minutes;
          existing.cards += cards;
          existing.minutes = minutesOf(existing.cards * REVIEW_SECONDS);
          used[i]! += existing.minutes;
        } else put(i, { kind: 'review', cards, minutes: minutesOf(cards * REVIEW_SECONDS), command: REVIEW_COMMAND, done: false, ...(i === 0 ? { dueNow } : {}) });
      }
      const rest = want - cards * REVIEW_SECONDS;
      reviewSeconds[i] = 0;
      if (rest > 0 && i + 1 < n) reviewSeconds[i + 1]! += rest;
    }
  };
  placeReviews(0);

  // 2. exercises to practise again: failed ones first, then the most faded
  const again: { ex: Lesson['exercises'][number]; lesson: Lesson; due: number; failed: boolean; prio: number }[] = [];
  for (const l of input.lessons) {
    if (skip.has(l.area)) continue;
    for (const e of memory.get(l.id)!.exercises) {
      if (e.due > dayStart(lastDay + 1)) continue;
      const ex = l.exercises.find((x) => x.id === e.exerciseId)!;
      again.push({ ex, lesson: l, due: e.due, failed: !e.lastPassed, prio: lessonPriority(l) });
    }
  }
  again.sort((a, b) => Number(b.failed) - Number(a.failed) || b.prio - a.prio || a.due - b.due);
  const retries = Array.from({ length: n }, () => 0);
  const titleOf = new Map(input.lessons.flatMap((l) => l.exercises.map((e) => [e.id, { title: e.title, lessonId: l.id }] as const)));
  for (const id of triedToday) {
    const ex = titleOf.get(id);
    if (!ex) continue;
    retries[0]!++;
    put(0, { kind: 'exercise', exerciseId: id, lessonId: ex.lessonId, title: ex.title, minutes: EXERCISE_MINUTES, command: `.practice ${id}`, again: input.exercises.get(id)!.attempts > 1, done: true });
  }
  for (const a of again) {
    const first = Math.max(triedToday.has(a.ex.id) ? 1 : 0, dayOf(a.due) - today);
    for (let i = first; i < n; i++) {
      if (retries[i]! >= RETRIES_PER_DAY || room(i) < EXERCISE_MINUTES) continue;
      retries[i]!++;
      put(i, { kind: 'exercise', exerciseId: a.ex.id, lessonId: a.lesson.id, title: a.ex.title, minutes: EXERCISE_MINUTES, command: `.practice ${a.ex.id}`, again: true, done: false });
      break;
    }
  }

  // 3. lessons: weakness per area (1 - mean strength), then each candidate's score
  const areaStrength = new Map<string, { sum: number; n: number }>();
  for (const l of input.lessons) {
    const a = areaStrength.get(l.area) ?? { sum: 0, n: 0 };
    a.sum += memory.get(l.id)!.strength;
    a.n++;
    areaStrength.set(l.area, a);
  }
  const weakness = (area: string) => {
    const a = areaStrength.get(area);
    return a && a.n ? 1 - a.sum / a.n : 1;
  };
  const score = (l: Lesson) => PRIORITY_WEIGHT[lessonPriority(l)] * areaWeight(l.area) * (focus.has(l.area) ? FOCUS_FACTOR : 1) * (1 + 0.5 * weakness(l.area));
  const candidates: Candidate[] = [];
  let skipped = 0;
  input.lessons.forEach((l, order) => {
    if (skip.has(l.area)) {
      skipped++;
      return;
    }
    const m = memory.get(l.id)!;
    const read = input.read.has(l.id);
    if (read && !readToday.has(l.id)) {
      if (m.reading.recall >= REFRESH_BELOW) return;
      candidates.push({ lesson: l, score: score(l) * (1 - m.strength) * 0.8, refresh: true, minutes: Math.max(5, Math.ceil(l.minutes / 2)), order });
    } else candidates.push({ lesson: l, score: score(l), refresh: false, minutes: l.minutes, order });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);

  const planned = new Map<string, number>(); // lesson id -> day index
  // lessons read today are today's done items
  for (const c of candidates) {
    if (!readToday.has(c.lesson.id)) continue;
    const l = c.lesson;
    put(0, { kind: 'read', lessonId: l.id, title: l.title, area: l.area, priority: lessonPriority(l), refresh: false, minutes: l.minutes, command: `.topic ${l.id}`, done: true });
    planned.set(l.id, 0);
    const fresh = l.cards.filter((k) => !input.cards.has(k.id)).length;
    const learned = l.cards.length - fresh;
    if (learned) put(0, { kind: 'learn', lessonId: l.id, title: l.title, cards: learned, minutes: minutesOf(learned * NEW_CARD_SECONDS), command: `.drill ${l.id}`, done: true });
    if (fresh) addLearn(0, l, fresh);
  }

  function addLearn(i: number, l: Lesson, cards: number) {
    const minutes = minutesOf(cards * NEW_CARD_SECONDS);
    put(i, { kind: 'learn', lessonId: l.id, title: l.title, cards, minutes, command: `.drill ${l.id} --new ${cards}`, done: false });
  }

  const exerciseQueue: { lesson: Lesson; from: number }[] = [];
  const leftOut: LeftOut[] = [];
  const unreadPrereqs = (l: Lesson, seen = new Set<string>()): Lesson[] => {
    const out: Lesson[] = [];
    seen.add(l.id);
    for (const id of l.prerequisites) {
      const p = byId.get(id);
      if (!p || seen.has(p.id) || planned.has(p.id) || input.read.has(p.id) || skip.has(p.area)) continue;
      out.push(...unreadPrereqs(p, seen), p);
    }
    return out;
  };
  for (const c of candidates) {
    if (planned.has(c.lesson.id)) continue;
    const chain = c.refresh ? [] : unreadPrereqs(c.lesson);
    // try the chain on a copy; keep it only when every lesson of it fits
    const trial = [...used];
    const loads: [number, number][] = [];
    const spots: number[] = [];
    let from = 0;
    let ok = true;
    for (const l of [...chain, c.lesson]) {
      const refresh = l === c.lesson && c.refresh;
      const minutes = refresh ? c.minutes : l.minutes;
      const fresh = refresh ? 0 : l.cards.filter((k) => !input.cards.has(k.id)).length;
      const cost = minutes + (fresh ? minutesOf(fresh * NEW_CARD_SECONDS) : 0);
      // never before a prerequisite planned already
      for (const pre of l.prerequisites) from = Math.max(from, planned.get(pre) ?? 0);
      let spot = -1;
      for (let i = from; i < n; i++) if (budget - trial[i]! >= cost) { spot = i; break; }
      if (spot < 0) { ok = false; break; }
      trial[spot]! += cost;
      for (const k of NEW_CARD_REVIEWS) if (fresh && spot + k < n) loads.push([spot + k, fresh * REVIEW_SECONDS]);
      spots.push(spot);
      from = spot;
    }
    if (!ok) {
      if (!c.refresh) leftOut.push({ lessonId: c.lesson.id, title: c.lesson.title, area: c.lesson.area, priority: lessonPriority(c.lesson), minutes: c.lesson.minutes });
      continue;
    }
    [...chain, c.lesson].forEach((l, k) => {
      const i = spots[k]!;
      const refresh = l === c.lesson && c.refresh;
      put(i, { kind: 'read', lessonId: l.id, title: l.title, area: l.area, priority: lessonPriority(l), refresh, minutes: refresh ? c.minutes : l.minutes, command: `.topic ${l.id}`, done: false });
      planned.set(l.id, i);
      const fresh = refresh ? 0 : l.cards.filter((x) => !input.cards.has(x.id)).length;
      if (fresh) addLearn(i, l, fresh);
      if (!refresh) exerciseQueue.push({ lesson: l, from: i });
    });
    // the reviews its new cards bring, where there is room (the rest moves on a day)
    for (const [i, s] of loads) reviewSeconds[i]! += s;
    placeReviews(0);
  }

  // first tries of the planned lessons' exercises, in plan order, on or after the lesson's day
  let exercisesLeftOut = 0;
  for (const { lesson, from } of exerciseQueue) {
    for (const e of lesson.exercises) {
      if (!hasChecks(e) || input.exercises.has(e.id)) continue;
      let placed = false;
      for (let i = from; i < n; i++) {
        if (room(i) < EXERCISE_MINUTES) continue;
        put(i, { kind: 'exercise', exerciseId: e.id, lessonId: lesson.id, title: e.title, minutes: EXERCISE_MINUTES, command: `.practice ${e.id}`, again: false, done: false });
        placed = true;
        break;
      }
      if (!placed) exercisesLeftOut++;
    }
  }

  // each day: what is done first, then mocks, reviews, exercises to practise again, then each
  // lesson followed by its cards and its first exercises
  const ORDER: Record<PlanItem['kind'], number> = { mock: 0, review: 1, exercise: 2, read: 3, learn: 4 };
  for (const d of days) {
    const lead = d.items.filter((x) => x.kind !== 'read' && !(x.kind === 'learn' || (x.kind === 'exercise' && !x.again && !x.done)));
    lead.sort((a, b) => Number(b.done) - Number(a.done) || ORDER[a.kind] - ORDER[b.kind]);
    const ordered: PlanItem[] = [...lead];
    const reads = d.items.filter((x) => x.kind === 'read').sort((a, b) => Number(b.done) - Number(a.done));
    for (const r of reads) ordered.push(r, ...d.items.filter((x) => !ordered.includes(x) && x.kind !== 'read' && 'lessonId' in x && x.lessonId === r.lessonId));
    ordered.push(...d.items.filter((x) => !ordered.includes(x)));
    d.items = ordered;
    d.minutes = d.items.reduce((sum, x) => sum + x.minutes, 0);
  }
  leftOut.sort((a, b) => a.priority - b.priority || areaWeight(a.area) - areaWeight(b.area));
  const total = candidates.filter((c) => !c.refresh).length;
  return {
    today: isoDay(today),
    interviewDate: isoDay(input.interviewDay),
    daysLeft: input.interviewDay - today,
    minutesPerDay: budget,
    focus: [...focus],
    skip: [...skip],
    days,
    lessons: { total, planned: [...planned.keys()].filter((id) => !input.read.has(id) || readToday.has(id)).length, skipped },
    leftOut,
    exercisesLeftOut,
    remainingToday: days[0]!.items.filter((x) => !x.done).reduce((sum, x) => sum + x.minutes, 0),
  };
}

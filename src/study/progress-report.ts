// `.progress`'s figures: mastery per area, reviews per day for the last 12 weeks, the streak,
// cards due, exercises solved. progressData gathers them (store reads); shell/views/progress.ts
// draws them.
import type { Corpus } from '../corpus/corpus.ts';
import { areaName, hasChecks } from '../corpus/types.ts';
import { daysLeft, effectiveDue, planFrom, retentionOn } from '../drill/interview-plan.ts';
import { dayOf, dayStart, weekday } from '../progress/day.ts';
import { lessonMastery, type StudySnapshot } from './mastery.ts';
import { REFRESH_BELOW } from './planner.ts';
import type { ProgressStore } from '../progress/types.ts';
import { mockTrends, type MockTrend } from '../mock/trend.ts';

export const HEATMAP_WEEKS = 12;

export interface AreaProgress {
  area: string;
  name: string;
  /** mean lesson mastery, 0..1 */
  mastery: number;
  lessons: number;
  read: number;
}

export interface ProgressData {
  today: number;
  areas: AreaProgress[];
  /** first day (a Monday) of the heatmap and the reviews per day from it to today */
  heatmapStart: number;
  perDay: Record<number, number>;
  streak: number;
  reviewsToday: number;
  dueToday: number;
  dueWeek: number;
  newCards: number;
  exercises: { solved: number; attempted: number; total: number };
  /** the memory model: exercises due to practise again, and read lessons whose reading has faded */
  memory: { exercisesDue: number; fading: number };
  interview: { date: string; daysLeft: number } | null;
  retention: number;
  notRecording: string | null;
  /** mock interviews: the scores per kind, oldest first (.mock) */
  mocks: MockTrend[];
}

/** Consecutive active days ending today, or ending yesterday when today has no activity yet. */
export function streak(activeDays: Iterable<number>, today: number): number {
  const days = new Set(activeDays);
  let d = days.has(today) ? today : today - 1;
  let n = 0;
  while (days.has(d)) {
    n++;
    d--;
  }
  return n;
}

export function progressData(corpus: Corpus, store: ProgressStore, snap: StudySnapshot): ProgressData {
  const now = snap.now;
  const today = dayOf(now);
  const plan = planFrom(snap.settings, now);
  const heatmapStart = today - weekday(today) - (HEATMAP_WEEKS - 1) * 7;
  const perDay = Object.fromEntries(store.reviewsPerDay(heatmapStart, today));

  let window = 60;
  let active = store.activeDays(today - window);
  let run = streak(active, today);
  while (run >= window - 1 && window < 40_000) {
    window *= 8;
    active = store.activeDays(today - window);
    run = streak(active, today);
  }

  const endToday = dayStart(today + 1);
  const endWeek = dayStart(today + 7);
  let dueToday = 0;
  let dueWeek = 0;
  let newCards = 0;
  const areas = new Map<string, { sum: number; lessons: number; read: number }>();
  let solved = 0;
  let exercisesDue = 0;
  let fading = 0;
  let attempted = 0;
  let total = 0;
  for (const l of corpus.lessons) {
    for (const c of l.cards) {
      const rec = snap.cards.get(c.id);
      if (!rec) {
        newCards++;
        continue;
      }
      const due = effectiveDue(plan, c.id, rec.fsrs);
      if (due < endToday) dueToday++;
      if (due < endWeek) dueWeek++;
    }
    const m = lessonMastery(l, snap);
    exercisesDue += m.exercisesDue;
    if (m.read && m.reading < REFRESH_BELOW) fading++;
    const a = areas.get(l.area) ?? { sum: 0, lessons: 0, read: 0 };
    a.sum += m.mastery;
    a.lessons++;
    if (m.read) a.read++;
    areas.set(l.area, a);
    for (const e of l.exercises) {
      if (!hasChecks(e)) continue;
      total++;
      const st = snap.exercises.get(e.id);
      if (st?.solved) solved++;
      else if (st) attempted++;
    }
  }
  const left = daysLeft(plan, now);
  return {
    today,
    areas: corpus.areas.map((area) => {
      const a = areas.get(area)!;
      return { area, name: areaName(area), mastery: a.sum / a.lessons, lessons: a.lessons, read: a.read };
    }),
    heatmapStart,
    perDay,
    streak: run,
    reviewsToday: perDay[today] ?? 0,
    dueToday,
    dueWeek,
    newCards,
    exercises: { solved, attempted, total },
    memory: { exercisesDue, fading },
    interview: left !== null && snap.settings.interviewDate ? { date: snap.settings.interviewDate, daysLeft: left } : null,
    retention: retentionOn(plan, now),
    notRecording: store.disabledReason,
    mocks: mockTrends(store.mocks()).filter((t) => t.count > 0),
  };
}

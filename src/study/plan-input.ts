// What the planner needs, read from the progress store: the learner's settings, card states,
// reads, exercise results and today's reviews. The only part of the plan that does I/O (store reads).
import type { Lesson } from '../corpus/types.ts';
import { effectiveDue, planFrom, retentionOn } from '../drill/interview-plan.ts';
import { dayOf, parseIsoDay } from '../progress/day.ts';
import type { ProgressStore, Settings } from '../progress/types.ts';
import type { MockState } from './mock-due.ts';
import { DEFAULT_MINUTES_PER_DAY, makePlan, type PlannerInput, type StudyPlan } from './planner.ts';

export interface PlanSettings {
  /** the interview's local day, or null when none is set or it has passed */
  interviewDay: number | null;
  minutesPerDay: number;
  focus: string[];
  skip: string[];
}

export function planSettings(s: Settings, now: number): PlanSettings {
  const day = s.interviewDate ? parseIsoDay(s.interviewDate) : null;
  return {
    interviewDay: day !== null && day >= dayOf(now) ? day : null,
    minutesPerDay: s.minutesPerDay ?? DEFAULT_MINUTES_PER_DAY,
    focus: s.focus ?? [],
    skip: s.skip ?? [],
  };
}

/** The planner's input from the store, or null when no interview date is set. */
/** The store read once (a StudySnapshot has these): pass it to read the store no second time. */
export interface StoreReads {
  cards: PlannerInput['cards'];
  read: PlannerInput['read'];
  exercises: PlannerInput['exercises'];
  settings: Settings;
}

export function plannerInput(lessons: readonly Lesson[], store: ProgressStore, now: number, opts: { mock?: Omit<MockState, 'interviewDay'>; settings?: Settings; reads?: StoreReads } = {}): PlannerInput | null {
  const settings = opts.reads?.settings ?? opts.settings ?? store.settings();
  const ps = planSettings(settings, now);
  if (ps.interviewDay === null) return null;
  const interview = planFrom(settings, now);
  const today = dayOf(now);
  return {
    now,
    interviewDay: ps.interviewDay,
    minutesPerDay: ps.minutesPerDay,
    focus: ps.focus,
    skip: ps.skip,
    lessons,
    cards: opts.reads?.cards ?? store.cards(),
    read: opts.reads?.read ?? store.readStats(),
    exercises: opts.reads?.exercises ?? store.exerciseStats(),
    retention: retentionOn(interview, now),
    cardDue: (id, s) => effectiveDue(interview, id, s),
    reviewsToday: store.reviewsPerDay(today, today).get(today) ?? 0,
    mock: opts.mock ? { ...opts.mock, interviewDay: ps.interviewDay } : undefined,
  };
}

/** The study plan for today, or null when no interview date is set. */
export function studyPlan(lessons: readonly Lesson[], store: ProgressStore, now: number, opts: { mock?: Omit<MockState, 'interviewDay'>; reads?: StoreReads } = {}): StudyPlan | null {
  const input = plannerInput(lessons, store, now, opts);
  return input ? makePlan(input) : null;
}

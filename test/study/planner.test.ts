import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadFolder } from '../../src/corpus/load.ts';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { lessonPriority } from '../../src/corpus/types.ts';
import { DAY_MS, dayOf } from '../../src/progress/day.ts';
import type { CardRecord, ExerciseStats, FsrsState, ReadStats } from '../../src/progress/types.ts';
import { makePlan, type PlannerInput, type StudyPlan } from '../../src/study/planner.ts';
import { ROOT } from '../helpers/pty.ts';

const p = suite('study/planner');
const corpus = makeCorpus(loadFolder(join(ROOT, 'corpus'), { builtin: true }).lessons);
const NOW = new Date(2026, 11, 3, 9).getTime();
const TODAY = dayOf(NOW);

function input(over: Partial<PlannerInput> = {}): PlannerInput {
  return { now: NOW, interviewDay: TODAY + 10, minutesPerDay: 60, lessons: corpus.lessons, cards: new Map(), read: new Map(), exercises: new Map(), ...over };
}
const reads = (plan: StudyPlan) => plan.days.flatMap((d) => d.items.filter((i) => i.kind === 'read').map((i) => (i.kind === 'read' ? i.lessonId : '')));
/** the lessons' own estimates plus the other items, per day */
function assertInBudget(plan: StudyPlan, budget: number) {
  for (const d of plan.days) {
    const lessonMinutes = d.items.filter((i) => i.kind === 'read').reduce((s, i) => s + corpus.byId.get((i as { lessonId: string }).lessonId)!.minutes, 0);
    assert.ok(lessonMinutes <= budget, `${d.date}: lessons alone ${lessonMinutes} min`);
    assert.ok(d.minutes <= budget, `${d.date}: ${d.minutes} min planned`);
    assert.is(d.minutes, d.items.reduce((s, i) => s + i.minutes, 0));
  }
}

p('a 10-day plan at 60 min a day: every day within 60 minutes by the lessons\' own estimates; the rest is listed, lowest priority first', () => {
  const plan = makePlan(input());
  assert.is(plan.days.length, 10);
  assert.is(plan.daysLeft, 10);
  assertInBudget(plan, 60);
  const planned = reads(plan);
  assert.ok(planned.length >= 10, `${planned.length} lessons planned`);
  assert.is(new Set(planned).size, planned.length, 'no lesson twice');
  assert.is(plan.lessons.planned, planned.length);
  assert.is(plan.lessons.planned + plan.leftOut.length, corpus.lessons.length, 'every lesson is planned or listed');
  assert.ok(plan.leftOut.length > 60);
  for (let i = 1; i < plan.leftOut.length; i++) assert.ok(plan.leftOut[i - 1]!.priority <= plan.leftOut[i]!.priority, 'lowest priority first');
  // the most important come first: the first days hold only high-priority lessons or their prerequisites
  const firstDay = plan.days.find((d) => d.items.some((i) => i.kind === 'read'))!;
  for (const i of firstDay.items) if (i.kind === 'read') assert.ok(i.priority === 3 || corpus.lessons.some((l) => lessonPriority(l) === 3 && l.prerequisites.includes(i.lessonId)), i.lessonId);
  const plannedHigh = planned.filter((id) => lessonPriority(corpus.byId.get(id)!) === 3).length;
  assert.ok(plannedHigh >= planned.length * 0.7, `${plannedHigh} of ${planned.length} high`);
});

p('prerequisites are planned before the lesson that needs them', () => {
  const plan = makePlan(input({ interviewDay: TODAY + 30 }));
  const at = new Map<string, [number, number]>();
  plan.days.forEach((d, di) => d.items.forEach((i, ii) => { if (i.kind === 'read') at.set(i.lessonId, [di, ii]); }));
  let checked = 0;
  for (const [id, [d, i]] of at) {
    for (const pre of corpus.byId.get(id)!.prerequisites) {
      const q = at.get(pre);
      assert.ok(q, `${pre} (prerequisite of ${id}) is planned`);
      assert.ok(q![0] < d || (q![0] === d && q![1] < i), `${pre} before ${id}`);
      checked++;
    }
  }
  assert.ok(checked > 5);
});

p('re-planning after a skipped day keeps every day within budget, and so does a day done ahead', () => {
  const first = makePlan(input());
  // nothing done on day 1: the plan made the next morning has one day less and still fits
  const skipped = makePlan(input({ now: NOW + DAY_MS }));
  assert.is(skipped.days.length, 9);
  assertInBudget(skipped, 60);
  assert.ok(skipped.leftOut.length >= first.leftOut.length, 'a missed day leaves more out, never crams');
  // day 1 done, and day 2's lessons too: the next plan starts after them and fits
  const ahead = [...first.days[0]!.items, ...first.days[1]!.items].filter((i) => i.kind === 'read').map((i) => (i as { lessonId: string }).lessonId);
  assert.ok(ahead.length > 0);
  const read = new Map<string, ReadStats>(ahead.map((id) => [id, { views: 1, firstAt: NOW, lastAt: NOW, totalMs: 1 }]));
  const next = makePlan(input({ now: NOW + DAY_MS, read }));
  assertInBudget(next, 60);
  for (const id of ahead) assert.not.ok(reads(next).includes(id), `${id} is not planned again`);
  assert.ok(next.lessons.planned >= skipped.lessons.planned - ahead.length);
});

p('today: what was done counts (done marks), and the remaining minutes are the rest', () => {
  const first = makePlan(input());
  const todays = first.days[0]!.items.find((i) => i.kind === 'read')!;
  assert.ok(todays.kind === 'read');
  const read = new Map<string, ReadStats>([[todays.lessonId, { views: 1, firstAt: NOW + 3_600_000, lastAt: NOW + 3_600_000, totalMs: 1 }]]);
  const later = makePlan(input({ now: NOW + 2 * 3_600_000, read, reviewsToday: 12 }));
  const day0 = later.days[0]!;
  const done = day0.items.filter((i) => i.done);
  assert.ok(done.some((i) => i.kind === 'read' && i.lessonId === todays.lessonId));
  assert.ok(done.some((i) => i.kind === 'review' && i.cards === 12));
  assert.is(later.remainingToday, day0.items.filter((i) => !i.done).reduce((s, i) => s + i.minutes, 0));
  assert.ok(day0.minutes <= 60);
});

p('--skip leaves an area out; --focus brings an area forward', () => {
  const plain = makePlan(input());
  const skip = makePlan(input({ skip: ['system-design'] }));
  assert.not.ok(reads(skip).some((id) => corpus.byId.get(id)!.area === 'system-design'));
  assert.not.ok(skip.leftOut.some((l) => l.area === 'system-design'), 'skipped lessons are not "left out"');
  assert.is(skip.lessons.skipped, corpus.lessons.filter((l) => l.area === 'system-design').length);
  const count = (plan: StudyPlan, area: string) => reads(plan).filter((id) => corpus.byId.get(id)!.area === area).length;
  const focus = makePlan(input({ focus: ['networking'] }));
  assert.ok(count(focus, 'networking') > count(plain, 'networking'), `${count(plain, 'networking')} -> ${count(focus, 'networking')}`);
});

p('due cards take their time first; more than the budget moves on to the next day', () => {
  const state = (due: number): FsrsState => ({ due, stability: 3, difficulty: 5, elapsed_days: 3, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: due - 3 * DAY_MS });
  const cards = new Map<string, CardRecord>();
  for (const l of corpus.lessons) for (const c of l.cards) cards.set(c.id, { cardId: c.id, lessonId: l.id, fsrs: state(NOW - DAY_MS) });
  const read = new Map<string, ReadStats>(corpus.lessons.map((l) => [l.id, { views: 1, firstAt: NOW - 5 * DAY_MS, lastAt: NOW - 5 * DAY_MS, totalMs: 1 }]));
  const plan = makePlan(input({ cards, read }));
  assertInBudget(plan, 60);
  const reviews = plan.days.map((d) => d.items.filter((i) => i.kind === 'review').reduce((s, i) => s + (i as { cards: number }).cards, 0));
  assert.ok(reviews[0]! >= 300, `${reviews[0]} reviews today`);
  assert.ok(reviews[1]! > 0, 'the overflow goes on to tomorrow');
});

p('exercises: a failed one comes back to practise; a new lesson\'s exercise follows its reading', () => {
  const failed: ExerciseStats = { attempts: 1, solved: false, lastAt: NOW - 2 * DAY_MS, lastPassed: false, lastFailedAt: NOW - 2 * DAY_MS };
  const withEx = corpus.lessons.find((l) => l.exercises.some((e) => e.checks.trim()))!;
  const ex = withEx.exercises.find((e) => e.checks.trim())!;
  const plan = makePlan(input({ exercises: new Map([[ex.id, failed]]), read: new Map([[withEx.id, { views: 1, firstAt: NOW - 2 * DAY_MS, lastAt: NOW - 2 * DAY_MS, totalMs: 1 }]]) }));
  const today = plan.days[0]!.items;
  assert.ok(today.some((i) => i.kind === 'exercise' && i.exerciseId === ex.id && i.again), 'the failed exercise is today');
  for (const d of plan.days) {
    d.items.forEach((i, k) => {
      if (i.kind !== 'exercise' || i.again) return;
      const readAt = plan.days.findIndex((dd) => dd.items.some((x) => x.kind === 'read' && x.lessonId === i.lessonId));
      const here = plan.days.indexOf(d);
      assert.ok(readAt >= 0 && (readAt < here || d.items.findIndex((x) => x.kind === 'read' && x.lessonId === i.lessonId) < k), `${i.exerciseId} after its lesson`);
    });
  }
});

p('a mock is planned in the final two weeks only when the .mock command exists', () => {
  const none = makePlan(input());
  assert.not.ok(none.days.some((d) => d.items.some((i) => i.kind === 'mock')));
  const some = makePlan(input({ mock: { available: true, interviewDay: TODAY + 10, mocks: [] } }));
  const mocks = some.days.flatMap((d) => d.items.filter((i) => i.kind === 'mock'));
  assert.ok(mocks.length >= 2);
  assertInBudget(some, 60);
});

p('an interview today: a one-day plan of reviews, nothing crammed in beyond the budget', () => {
  const plan = makePlan(input({ interviewDay: TODAY, minutesPerDay: 30 }));
  assert.is(plan.days.length, 1);
  assert.is(plan.daysLeft, 0);
  assertInBudget(plan, 30);
});

p.run();

import { nextFromPlan } from '../../src/study/plan-next.ts';
const n = suite('study/plan-next');
n('.next takes the first open item of today, and its counts are the command\'s', () => {
  const plan = makePlan(input());
  const step = nextFromPlan(plan)!;
  const first = plan.days[0]!.items.find((i) => !i.done)!;
  assert.is(step.command, first.command);
  const learn = plan.days[0]!.items.find((i) => i.kind === 'learn')!;
  assert.ok(learn.kind === 'learn');
  assert.is(learn.command, `.drill ${learn.lessonId} --new ${learn.cards}`, 'learning N cards opens N new cards');
  // with everything of today marked done, .next has nothing from the plan
  for (const i of plan.days[0]!.items) i.done = true;
  assert.is(nextFromPlan(plan), null);
});
n.run();

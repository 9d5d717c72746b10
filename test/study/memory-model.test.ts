import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DAY_MS } from '../../src/progress/day.ts';
import type { CardRecord, FsrsState, ReadStats } from '../../src/progress/types.ts';
import { exerciseMemory, intervalDays, readingMemory, topicMemory, attemptsFromStats } from '../../src/study/memory-model.ts';

const m = suite('study/memory-model');
const T0 = Date.UTC(2026, 0, 10, 12);
const day = (n: number) => T0 + n * DAY_MS;
const read = (at: number, views = 1): ReadStats => ({ views, firstAt: at, lastAt: at, totalMs: 60_000 });
const card = (lastReview: number, stability: number): FsrsState => ({
  due: lastReview + stability * DAY_MS,
  stability,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: stability,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  last_review: lastReview,
});

m('a passed exercise falls due again: recall fades and the due time comes', () => {
  const ex = exerciseMemory('e', [{ at: T0, passed: true }], day(1))!;
  assert.ok(ex.due > day(1), 'not due the next day');
  assert.ok(ex.recall > 0.9);
  const later = exerciseMemory('e', [{ at: T0, passed: true }], day(30))!;
  assert.ok(later.due <= day(30), 'due again within a month');
  assert.ok(later.recall < ex.recall, 'recall fades');
  assert.ok(later.recall > 0);
});

m('a pass after failed attempts or hints comes back sooner; a failure sooner still', () => {
  const clean = exerciseMemory('e', [{ at: T0, passed: true }], T0)!;
  const struggled = exerciseMemory('e', [{ at: T0 - 60_000, passed: false }, { at: T0 - 30_000, passed: false }, { at: T0, passed: true }], T0)!;
  const hinted = exerciseMemory('e', [{ at: T0, passed: true, hints: 2 }], T0)!;
  const failed = exerciseMemory('e', [{ at: T0, passed: false }], T0)!;
  assert.ok(struggled.due < clean.due, 'two failed attempts first: sooner');
  assert.ok(hinted.due < clean.due, 'two hints: sooner');
  assert.ok(failed.due < struggled.due, 'a failure: sooner than any pass');
  assert.is(failed.recall, 0);
  assert.ok(failed.due > T0, 'but not at once');
});

m('a later pass on re-practice lengthens the interval; a lapse shortens it', () => {
  const first = exerciseMemory('e', [{ at: T0, passed: true }], T0)!;
  const again = exerciseMemory('e', [{ at: T0, passed: true }, { at: first.due, passed: true }], first.due)!;
  assert.ok(again.due - first.due > first.due - T0, 'the second interval is longer than the first');
  const lapse = exerciseMemory('e', [{ at: T0, passed: true }, { at: first.due, passed: false }], first.due)!;
  assert.is(lapse.lapses, 1);
  assert.ok(lapse.due - first.due < first.due - T0);
});

m('reading decays when its cards are not reviewed, and holds when they are', () => {
  const fresh = readingMemory(read(T0), [undefined, undefined], day(1));
  const month = readingMemory(read(T0), [undefined, undefined], day(30));
  assert.ok(fresh.recall > 0.9);
  assert.ok(month.recall < fresh.recall - 0.1, `read a month ago: ${month.recall}`);
  assert.ok(month.due! <= day(30), 'a faded lesson is due for a refresh');
  const reviewed = readingMemory(read(T0), [card(day(25), 20), card(day(26), 20)], day(30));
  assert.ok(reviewed.recall > month.recall + 0.1, `cards reviewed: ${reviewed.recall}`);
  assert.ok(reviewed.due! > day(30));
  assert.equal(readingMemory(undefined, [], day(1)), { recall: 0, stability: 0, due: null, lastTouch: 0 });
});

m('a topic: strength falls with time though nothing changed; due counts', () => {
  const topic = { id: 'l', cards: [{ id: 'c1' }, { id: 'c2' }], exercises: [{ id: 'e1', checks: 'x' }, { id: 'w', checks: '' }] };
  const cards = new Map<string, CardRecord>([['c1', { cardId: 'c1', lessonId: 'l', fsrs: card(T0, 5) }]]);
  const input = (now: number) => ({
    now,
    cards,
    read: new Map([['l', read(T0)]]),
    exercises: new Map([['e1', { attempts: 1, solved: true, lastAt: T0, lastPassed: true, lastFailedAt: 0 }]]),
  });
  const soon = topicMemory(topic, input(day(1)));
  const late = topicMemory(topic, input(day(60)));
  assert.is(soon.checked, 1, 'a writing prompt has no memory state');
  assert.is(soon.solved, 1);
  assert.is(soon.cardsSeen, 1);
  assert.is(soon.cardsDue, 0);
  assert.equal(soon.exercisesDue, []);
  assert.is(late.cardsDue, 1);
  assert.equal(late.exercisesDue, ['e1']);
  assert.ok(late.strength < soon.strength - 0.2, `${soon.strength} -> ${late.strength}`);
  assert.ok(late.reading.recall < soon.reading.recall);
});

m('aggregate stats replay to the same shape: a pass after fails, a failure after a pass', () => {
  assert.equal(attemptsFromStats({ attempts: 3, solved: true, lastAt: T0, lastPassed: true, lastFailedAt: T0 - 1000 }).map((a) => a.passed), [false, false, true]);
  assert.equal(attemptsFromStats({ attempts: 2, solved: true, lastAt: T0, lastPassed: false, lastFailedAt: T0 }).map((a) => a.passed), [true, false]);
});

m('the store\'s stats replay their hints: a pass that needed hints falls due sooner than one without', () => {
  const plain = exerciseMemory('e', attemptsFromStats({ attempts: 1, solved: true, lastAt: T0, lastPassed: true, lastFailedAt: 0, hints: 0 }), T0)!;
  const hinted = exerciseMemory('e', attemptsFromStats({ attempts: 1, solved: true, lastAt: T0, lastPassed: true, lastFailedAt: 0, hints: 3 }), T0)!;
  assert.ok(hinted.due < plain.due, `${new Date(hinted.due).toISOString()} before ${new Date(plain.due).toISOString()}`);
  assert.is(attemptsFromStats({ attempts: 2, solved: true, lastAt: T0, lastPassed: false, lastFailedAt: T0, hints: 1 })[0]!.hints, 1, 'the hints count against the pass');
});

m('intervalDays: stability is the 0.9 interval; higher retention, shorter interval', () => {
  assert.ok(Math.abs(intervalDays(10, 0.9) - 10) < 1e-9);
  assert.ok(intervalDays(10, 0.95) < 10);
  assert.ok(intervalDays(10, 0.8) > 10);
});

m.run();

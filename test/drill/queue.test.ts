import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildQueue } from '../../src/drill/queue.ts';
import { planFrom } from '../../src/drill/interview-plan.ts';
import type { CardRecord, FsrsState } from '../../src/progress/types.ts';
import { miniCorpus } from '../progress/helpers.ts';

const DAY = 86_400_000;
const NOW = new Date(2025, 8, 1, 9).getTime();
const corpus = miniCorpus();
const cards = corpus.lessons.flatMap((l) => l.cards);
const st = (due: number, lastReview = NOW - 10 * DAY): FsrsState => ({ due, stability: 9, difficulty: 5, elapsed_days: 0, scheduled_days: 9, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: lastReview });
const rec = (i: number, s: FsrsState): [string, CardRecord] => [cards[i]!.id, { cardId: cards[i]!.id, lessonId: cards[i]!.lessonId, fsrs: s }];
const noPlan = planFrom({ interviewDate: null, retention: 0.9 }, NOW);

const q = suite('drill queue');

q('due cards first, most overdue first; cards not due yet are left out', () => {
  const states = new Map([rec(0, st(NOW - DAY)), rec(1, st(NOW - 5 * DAY)), rec(2, st(NOW + DAY))]);
  const r = buildQueue(cards, states, { now: NOW, plan: noPlan, newLimit: 10 });
  assert.equal(r.due.map((d) => d.card.id), [cards[1]!.id, cards[0]!.id]);
  assert.equal(r.fresh.map((d) => d.card.id), [cards[3]!.id, cards[4]!.id], 'the rest are new, in study order');
  assert.ok(r.fresh.every((d) => d.state === null));
});

q('--new bounds new cards, and new cards of lessons already read come first', () => {
  const r = buildQueue(cards, new Map(), { now: NOW, plan: noPlan, newLimit: 2, read: new Set(['sharding']) });
  assert.equal(r.fresh.map((d) => d.card.lessonId), ['sharding', 'load-balancing']);
  assert.is(r.newAvailable, 5);
  assert.equal(buildQueue(cards, new Map(), { now: NOW, plan: noPlan, newLimit: 0 }).fresh, []);
});

q('with an interview date, a card scheduled after it is due in the final week', () => {
  const d = new Date(NOW + 10 * DAY);
  const plan = planFrom({ interviewDate: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, retention: 0.9 }, NOW);
  const states = new Map([rec(0, st(NOW + 60 * DAY))]);
  assert.is(buildQueue(cards, states, { now: NOW, plan, newLimit: 0 }).due.length, 0, 'not yet: the final week starts in 3 days');
  assert.is(buildQueue(cards, states, { now: NOW + 9 * DAY + 3600_000, plan, newLimit: 0 }).due.length, 1, 'the day before the interview it is due');
  assert.is(buildQueue(cards, states, { now: NOW + 9 * DAY, plan: noPlan, newLimit: 0 }).due.length, 0, 'without the date it would not be');
});

q.run();

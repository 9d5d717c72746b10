import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lessonMastery, lessonSummaries, WEIGHTS, type StudySnapshot } from '../../src/study/mastery.ts';
import type { FsrsState } from '../../src/progress/types.ts';
import { miniCorpus } from '../progress/helpers.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1, 12);
const reviewed = (daysAgo: number, stability: number): FsrsState => ({
  due: NOW + DAY,
  stability,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  last_review: NOW - daysAgo * DAY,
});

function snap(over: Partial<StudySnapshot> = {}): StudySnapshot {
  return { now: NOW, cards: new Map(), read: new Map(), exercises: new Map(), settings: { interviewDate: null, retention: 0.9 }, ...over };
}

const m = suite('mastery');
const corpus = miniCorpus();
const caching = corpus.byId.get('caching')!; // 1 card, 1 exercise
const lb = corpus.byId.get('load-balancing')!; // 2 cards, no exercise

m('nothing done is 0; reading alone counts for its weight share', () => {
  assert.is(lessonMastery(caching, snap()).mastery, 0);
  const read = snap({ read: new Map([['caching', { views: 1, firstAt: NOW, lastAt: NOW, totalMs: 1 }]]) });
  assert.ok(Math.abs(lessonMastery(caching, read).mastery - WEIGHTS.read) < 1e-9);
  // without exercises, reading weighs read / (read + cards)
  const readLb = snap({ read: new Map([['load-balancing', { views: 1, firstAt: NOW, lastAt: NOW, totalMs: 1 }]]) });
  assert.ok(Math.abs(lessonMastery(lb, readLb).mastery - WEIGHTS.read / (WEIGHTS.read + WEIGHTS.cards)) < 1e-9);
});

m('card recall comes from FSRS retrievability and fades with time', () => {
  const [c1, c2] = lb.cards;
  const fresh = snap({ cards: new Map([[c1!.id, { cardId: c1!.id, lessonId: lb.id, fsrs: reviewed(0, 10) }]]) });
  const r = lessonMastery(lb, fresh);
  assert.is(r.cardsSeen, 1);
  assert.ok(Math.abs(r.recall! - 0.5) < 1e-9, 'one of two cards, just reviewed: recall 0.5');
  const both = (days: number) =>
    lessonMastery(
      lb,
      snap({
        cards: new Map([
          [c1!.id, { cardId: c1!.id, lessonId: lb.id, fsrs: reviewed(days, 10) }],
          [c2!.id, { cardId: c2!.id, lessonId: lb.id, fsrs: reviewed(days, 10) }],
        ]),
      }),
    ).mastery;
  assert.ok(both(0) > both(10) && both(10) > both(100), 'mastery fades as recall does');
  assert.ok(Math.abs(both(10) - (WEIGHTS.cards * 0.9) / (WEIGHTS.read + WEIGHTS.cards)) < 1e-6, 'recall 0.9 after one stability-length');
});

m('exercises: solved counts fully, a failed attempt a little', () => {
  const ex = (solved: boolean) => new Map([['lru-cache', { attempts: 1, solved, lastAt: NOW, lastPassed: solved, lastFailedAt: solved ? 0 : NOW }]]);
  const solved = lessonMastery(caching, snap({ exercises: ex(true) }));
  const failed = lessonMastery(caching, snap({ exercises: ex(false) }));
  assert.is(solved.solved, 1);
  assert.is(solved.exercises, 1);
  assert.ok(failed.exercises! > 0 && failed.exercises! < 0.5);
  assert.ok(solved.mastery > failed.mastery);
});

m('lessonSummaries gives cards, exercises and mastery for every lesson', () => {
  const all = lessonSummaries(corpus.lessons, snap({ read: new Map([['sharding', { views: 1, firstAt: NOW, lastAt: NOW, totalMs: 1 }]]) }));
  assert.equal([...all.keys()], corpus.lessons.map((l) => l.id));
  assert.equal(all.get('caching'), { cards: 1, exercises: 1, mastery: 0 });
  assert.equal(all.get('sharding'), { cards: 1, exercises: 0, mastery: Math.round((WEIGHTS.read / (WEIGHTS.read + WEIGHTS.cards)) * 100) / 100 });
});

m.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lessonMastery, lessonSummaries, takeStudySnapshot, WEIGHTS, type StudySnapshot } from '../../src/study/mastery.ts';
import { openStore } from '../../src/progress/open.ts';
import type { FsrsState } from '../../src/progress/types.ts';
import { miniCorpus, tempDir } from '../progress/helpers.ts';

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
  assert.ok(Math.abs(lessonMastery(caching, read).mastery - WEIGHTS.reading) < 1e-9);
  // without exercises, reading weighs read / (read + cards)
  const readLb = snap({ read: new Map([['load-balancing', { views: 1, firstAt: NOW, lastAt: NOW, totalMs: 1 }]]) });
  assert.ok(Math.abs(lessonMastery(lb, readLb).mastery - WEIGHTS.reading / (WEIGHTS.reading + WEIGHTS.cards)) < 1e-9);
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
  assert.ok(Math.abs(both(10) - (WEIGHTS.cards * 0.9) / (WEIGHTS.reading + WEIGHTS.cards)) < 1e-6, 'recall 0.9 after one stability-length');
});

m('exercises: a pass counts fully and fades; a failure counts nothing and is due again', () => {
  const ex = (solved: boolean, daysAgo = 0) => new Map([['lru-cache', { attempts: 1, solved, lastAt: NOW - daysAgo * DAY, lastPassed: solved, lastFailedAt: solved ? 0 : NOW - daysAgo * DAY }]]);
  const solved = lessonMastery(caching, snap({ exercises: ex(true) }));
  const failed = lessonMastery(caching, snap({ exercises: ex(false, 1) }));
  assert.is(solved.solved, 1);
  assert.is(solved.exercises, 1);
  assert.is(failed.exercises, 0);
  assert.is(failed.exercisesDue, 1);
  assert.ok(solved.mastery > failed.mastery);
  const month = lessonMastery(caching, snap({ exercises: ex(true, 30) }));
  assert.ok(month.exercises! < 0.9, `a pass a month ago has faded: ${month.exercises}`);
  assert.is(month.exercisesDue, 1);
});

m('a lesson read a month ago is no longer fresh (reading fades unless its cards are reviewed)', () => {
  const readAt = (daysAgo: number) => snap({ read: new Map([['load-balancing', { views: 1, firstAt: NOW - daysAgo * DAY, lastAt: NOW - daysAgo * DAY, totalMs: 1 }]]) });
  const today = lessonMastery(lb, readAt(0));
  const month = lessonMastery(lb, readAt(30));
  assert.ok(month.read && today.read);
  assert.ok(month.reading < today.reading - 0.1, `${today.reading} -> ${month.reading}`);
  assert.ok(month.mastery < today.mastery);
});

m('lessonSummaries gives cards, exercises and mastery for every lesson', () => {
  const all = lessonSummaries(corpus.lessons, snap({ read: new Map([['sharding', { views: 1, firstAt: NOW, lastAt: NOW, totalMs: 1 }]]) }));
  assert.equal([...all.keys()], corpus.lessons.map((l) => l.id));
  assert.equal(all.get('caching'), { cards: 1, exercises: 1, mastery: 0 });
  assert.equal(all.get('sharding'), { cards: 1, exercises: 0, mastery: Math.round((WEIGHTS.reading / (WEIGHTS.reading + WEIGHTS.cards)) * 100) / 100 });
});

m('the snapshot is read once while the store is unchanged, and again after this or another session writes', async () => {
  const dir = tempDir();
  const store = await openStore(dir);
  const other = await openStore(dir);
  try {
    const first = takeStudySnapshot(store, NOW);
    const again = takeStudySnapshot(store, NOW + DAY);
    assert.is(again.cards, first.cards, 'unchanged: the same reads');
    assert.is(again.now, NOW + DAY, 'but at the new moment');
    store.lessonOpened('caching', NOW)();
    const mine = takeStudySnapshot(store, NOW);
    assert.ok(mine.read.has('caching'), 'after this session read a lesson');
    other.lessonOpened('load-balancing', NOW)();
    const theirs = takeStudySnapshot(store, NOW);
    assert.ok(theirs.read.has('load-balancing'), "after another session's commit");
    other.setSettings({ retention: 0.85 });
    assert.is(takeStudySnapshot(store, NOW).settings.retention, 0.85);
  } finally {
    store.close();
    other.close();
  }
});

m.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { candidates, recommend, unreadPrerequisite } from '../../src/study/recommend.ts';
import type { StudySnapshot } from '../../src/study/mastery.ts';
import type { FsrsState, ReadStats } from '../../src/progress/types.ts';
import { miniCorpus } from '../progress/helpers.ts';

const DAY = 86_400_000;
const NOW = new Date(2025, 5, 10, 12).getTime();
const corpus = miniCorpus();
const read = (...ids: string[]): Map<string, ReadStats> => new Map(ids.map((id) => [id, { views: 1, firstAt: NOW - 5 * DAY, lastAt: NOW - 5 * DAY, totalMs: 60_000 }]));
const due = (daysFromNow: number): FsrsState => ({
  due: NOW + daysFromNow * DAY,
  stability: 30,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 30,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  last_review: NOW - 5 * DAY,
});
const allCards = (daysFromNow: number) => new Map(corpus.lessons.flatMap((l) => l.cards.map((c) => [c.id, { cardId: c.id, lessonId: l.id, fsrs: due(daysFromNow) }])));
const snap = (over: Partial<StudySnapshot> = {}): StudySnapshot => ({ now: NOW, cards: new Map(), read: new Map(), exercises: new Map(), settings: { interviewDate: null, retention: 0.9 }, ...over });
const iso = (days: number) => {
  const d = new Date(NOW + days * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const rec = suite('.next recommendation');

rec('a beginner starts with the first lesson of the plan', () => {
  const r = recommend(corpus, snap());
  assert.equal(r.command, '.topic load-balancing');
  assert.match(r.reason, /^start load balancing \(next in System design, easy\)$/);
});

rec('an unread prerequisite comes before the lesson that needs it', () => {
  const r = recommend(corpus, snap({ read: read('load-balancing', 'caching') }));
  assert.is(r.command, '.topic consistent-hashing', 'next in order anyway');
  const skipAhead = snap({ read: read('load-balancing', 'caching'), cards: allCards(30) });
  // pretend consistent-hashing came after sharding: ask for sharding's prerequisite directly
  const p = unreadPrerequisite(corpus.byId.get('sharding')!, corpus, (id) => skipAhead.read.has(id));
  assert.is(p?.id, 'consistent-hashing');
  const reordered = { ...corpus, lessons: corpus.lessons.filter((l) => l.id !== 'consistent-hashing').concat(corpus.byId.get('consistent-hashing')!) };
  const r2 = recommend(reordered, skipAhead);
  assert.is(r2.command, '.topic consistent-hashing');
  assert.match(r2.reason, /start consistent hashing \(unread, prerequisite of sharding\)/);
});

rec('due cards win: "N cards due — .drill"', () => {
  const r = recommend(corpus, snap({ read: read('load-balancing'), cards: allCards(-1) }));
  assert.is(r.command, '.drill');
  assert.is(r.reason, '5 cards due');
});

rec('a failed exercise is retried, naming when it failed', () => {
  const exercises = new Map([['lru-cache', { attempts: 2, solved: false, lastAt: NOW - DAY, lastPassed: false, lastFailedAt: NOW - DAY }]]);
  const r = recommend(corpus, snap({ read: read('load-balancing', 'caching'), cards: allCards(20), exercises }));
  assert.is(r.command, '.practice lru-cache');
  assert.is(r.reason, 'retry Exercise lru-cache (failed yesterday)');
  const solved = new Map([['lru-cache', { attempts: 3, solved: true, lastAt: NOW, lastPassed: true, lastFailedAt: NOW - DAY }]]);
  assert.not.equal(recommend(corpus, snap({ read: read('load-balancing', 'caching'), cards: allCards(20), exercises: solved })).kind, 'retry');
});

rec('new cards of a lesson just read come before the next lesson', () => {
  const justRead = new Map([['load-balancing', { views: 1, firstAt: NOW - 3600_000, lastAt: NOW - 3600_000, totalMs: 60_000 }]]);
  const r = recommend(corpus, snap({ read: justRead }));
  assert.is(r.command, '.drill load-balancing --new 2', 'the command opens exactly the cards the reason counts');
  assert.match(r.reason, /learn the 2 new cards of load balancing \(read today\)/);
});

rec('with the interview days away, even a few due cards beat new material', () => {
  const one = new Map([[corpus.lessons[0]!.cards[0]!.id, { cardId: corpus.lessons[0]!.cards[0]!.id, lessonId: 'load-balancing', fsrs: due(-1) }]]);
  const far = candidates(corpus, snap({ cards: one }));
  const near = candidates(corpus, snap({ cards: one, settings: { interviewDate: iso(5), retention: 0.9 } }));
  const score = (list: typeof far, kind: string) => list.find((c) => c.kind === kind)!.score;
  assert.ok(score(near, 'drill') > score(far, 'drill'), 'due cards weigh more near the interview');
  assert.ok(score(near, 'start') < score(far, 'start'), 'new lessons weigh less in the final week');
  assert.is(near[0]!.kind, 'drill');
  assert.match(near[0]!.reason, /1 card due, interview in 5 days/);
});

rec('all done: says so and points at .progress', () => {
  const everything = read(...corpus.lessons.map((l) => l.id));
  const exercises = new Map(['lru-cache', 'hash-ring'].map((id) => [id, { attempts: 1, solved: true, lastAt: NOW, lastPassed: true, lastFailedAt: 0 }]));
  const fresh = new Map(corpus.lessons.flatMap((l) => l.cards.map((c) => [c.id, { cardId: c.id, lessonId: l.id, fsrs: { ...due(30), last_review: NOW } }])));
  const r = recommend(corpus, snap({ read: everything, exercises, cards: fresh }));
  assert.is(r.kind, 'done');
  assert.is(r.command, '.progress');
});

rec.run();

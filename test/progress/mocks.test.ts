import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { MIGRATIONS } from '../../src/progress/schema.ts';
import { dayOf } from '../../src/progress/day.ts';
import { NullStore } from '../../src/progress/null-store.ts';
import type { MockRecord } from '../../src/progress/types.ts';
import { tempDir } from './helpers.ts';

const T0 = Date.UTC(2025, 0, 6, 12);
const s = suite('progress/mocks');

const mock = (id: string, at: number, extra: Partial<MockRecord> = {}): MockRecord => ({
  id,
  kind: 'design',
  title: 'URL shortener',
  topic: 'url-shortener',
  startedAt: at,
  endedAt: at + 60_000,
  plannedMs: 40 * 60_000,
  usedMs: 60_000,
  status: 'completed',
  score: 70,
  file: `mocks/${id}.md`,
  ...extra,
});

s('mocks are stored, listed oldest first, survive a reopen and count as a day of study', () => {
  const dir = tempDir();
  const store = openStoreWith(Database, dir);
  store.recordMock(mock('b', T0 + 5000, { kind: 'coding', score: null, status: 'abandoned' }));
  store.recordMock(mock('a', T0));
  store.close();
  const again = openStoreWith(Database, dir);
  assert.equal(again.mocks().map((m) => [m.id, m.kind, m.status, m.score]), [
    ['a', 'design', 'completed', 70],
    ['b', 'coding', 'abandoned', null],
  ]);
  assert.equal(again.mocks()[0], mock('a', T0));
  assert.equal(again.mockHistory(), [
    { kind: 'design', at: T0 },
    { kind: 'coding', at: T0 + 5000 },
  ], 'the plan reads kind and start only');
  assert.ok(again.activeDays(dayOf(T0) - 1).includes(dayOf(T0)));
  again.recordMock(mock('a', T0, { score: 90 }));
  assert.equal(again.mocks().map((m) => m.score), [90, null], 'the same id replaces its row');
  again.close();
});

s('a version 2 database gains the mocks table and keeps its data', () => {
  const dir = tempDir();
  const db = new Database(join(dir, 'progress.db'));
  db.exec(MIGRATIONS[0]!);
  db.exec(MIGRATIONS[1]!);
  db.pragma('user_version = 2');
  db.prepare("INSERT INTO reviews (id, card_id, lesson_id, grade, at, day, state_after) VALUES ('r1', 'c', 'l', 3, ?, ?, '[]')").run(T0, dayOf(T0));
  db.close();
  const store = openStoreWith(Database, dir);
  assert.is(store.reviewCount(), 1);
  assert.equal(store.mocks(), []);
  store.recordMock(mock('x', T0));
  assert.is(store.mocks().length, 1);
  store.close();
});

s('a store that records nothing keeps this session\'s mocks in memory', () => {
  const store = new NullStore('read-only');
  store.recordMock(mock('a', T0));
  assert.is(store.mocks().length, 1);
  assert.equal(store.mockHistory(), [{ kind: 'design', at: T0 }]);
});

s.run();

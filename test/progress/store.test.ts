import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, openStoreWith } from '../../src/progress/open.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/progress/schema.ts';
import { dayOf } from '../../src/progress/day.ts';
import type { FsrsState, ProgressStore } from '../../src/progress/types.ts';
import { tempDir } from './helpers.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 12); // a Monday, noon UTC

function state(due: number, extra: Partial<FsrsState> = {}): FsrsState {
  return { due, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: due - 3 * DAY, ...extra };
}

function fresh(opts: Parameters<typeof openStoreWith>[2] = {}): { store: ProgressStore; dir: string } {
  const dir = tempDir();
  return { store: openStoreWith(Database, dir, opts), dir };
}

const store = suite('progress store');

store('a review is stored with its states, and the card takes the state after it', async () => {
  const { store: s } = fresh();
  assert.is(s.disabledReason, null);
  const r = await s.recordReview({ cardId: 'l:1', lessonId: 'l', grade: 3, at: T0, durationMs: 1234, before: null, after: state(T0 + 3 * DAY) });
  assert.ok(r.saved);
  assert.ok(r.record.id.length >= 16, 'a unique id is made at review time');
  assert.is(s.reviewCount(), 1);
  const card = s.cards().get('l:1');
  assert.ok(card);
  assert.is(card!.fsrs.due, T0 + 3 * DAY);
  assert.is(card!.lessonId, 'l');
  const exp = s.exportData(T0);
  assert.equal(exp.reviews[0]!.before, null);
  assert.equal(exp.reviews[0]!.after, state(T0 + 3 * DAY));
  assert.is(exp.reviews[0]!.durationMs, 1234);
  s.close();
});

store('undo deletes the review and puts the card back to the state before it', async () => {
  const { store: s } = fresh();
  const first = state(T0 + DAY, { reps: 1 });
  const second = state(T0 + 9 * DAY, { reps: 2 });
  await s.recordReview({ cardId: 'c', lessonId: 'l', grade: 3, at: T0, before: null, after: first });
  const r2 = await s.recordReview({ cardId: 'c', lessonId: 'l', grade: 4, at: T0 + DAY, before: first, after: second });
  assert.is(s.cards().get('c')!.fsrs.reps, 2);
  assert.ok(s.undoReview(r2.record.id));
  assert.is(s.reviewCount(), 1);
  assert.equal(s.cards().get('c')!.fsrs, first);
  const r1 = s.exportData().reviews[0]!;
  assert.ok(s.undoReview(r1.id));
  assert.is(s.cards().has('c'), false, 'a card with no reviews left is new again');
  assert.is(s.undoReview('no-such-id'), false);
  s.close();
});

store('two reviews of a card in the same millisecond: the later one is current, and undo goes back to the earlier', async () => {
  const { store: s } = fresh();
  const states = Array.from({ length: 6 }, (_, i) => state(T0 + (i + 1) * DAY, { reps: i + 1 }));
  const ids: string[] = [];
  for (const [i, after] of states.entries()) ids.push((await s.recordReview({ cardId: 'c', lessonId: 'l', grade: 3, at: T0, before: i ? states[i - 1]! : null, after })).record.id);
  assert.is(s.cards().get('c')!.fsrs.reps, 6);
  assert.ok(s.undoReview(ids[5]!));
  assert.is(s.cards().get('c')!.fsrs.reps, 5);
  assert.equal(s.exportData().reviews.map((r) => r.after.reps), [1, 2, 3, 4, 5], 'export keeps the order they were made in');
  s.close();
});

store('lesson views record when and for how long', async () => {
  let now = T0;
  const { store: s } = fresh({ now: () => now });
  const done = s.lessonOpened('caching');
  now += 90_000;
  done();
  done(); // a second call changes nothing
  s.lessonOpened('caching', T0 + DAY)();
  const r = s.readStats().get('caching')!;
  assert.is(r.views, 2);
  assert.is(r.firstAt, T0);
  assert.is(r.totalMs, 90_000);
  s.close();
});

store('attempts: solved needs every check passed; the last failure is remembered', async () => {
  const { store: s } = fresh();
  const base = { lessonId: 'caching', codeHash: 'h', durationMs: 30 };
  s.recordAttempt({ ...base, exerciseId: 'lru', passed: 2, failed: 1, at: T0 });
  s.recordAttempt({ ...base, exerciseId: 'ring', passed: 0, failed: 3, at: T0 });
  s.recordAttempt({ ...base, exerciseId: 'lru', passed: 3, failed: 0, at: T0 + DAY, hints: 2 });
  s.recordAttempt({ ...base, exerciseId: 'ring', passed: 1, failed: 2, at: T0 + 2 * DAY });
  assert.equal(Object.fromEntries(s.exerciseStatus()), { lru: 'solved', ring: 'attempted' });
  const st = s.exerciseStats();
  assert.equal(st.get('lru'), { attempts: 2, solved: true, lastAt: T0 + DAY, lastPassed: true, lastFailedAt: T0, hints: 2 });
  assert.equal(st.get('ring'), { attempts: 2, solved: false, lastAt: T0 + 2 * DAY, lastPassed: false, lastFailedAt: T0 + 2 * DAY, hints: 0 });
  // the hints travel in an export
  assert.equal(s.exportData().attempts.map((a) => a.hints), [0, 0, 2, 0]);
  s.close();
});

store('settings default to retention 0.9 and no date; set and clear them', async () => {
  const { store: s, dir } = fresh();
  assert.equal(s.settings(), { interviewDate: null, retention: 0.9 });
  s.setSettings({ interviewDate: '2031-05-01', retention: 0.93 });
  s.close();
  const again = openStoreWith(Database, dir);
  assert.equal(again.settings(), { interviewDate: '2031-05-01', retention: 0.93 });
  again.setSettings({ interviewDate: null });
  assert.equal(again.settings(), { interviewDate: null, retention: 0.93 });
  again.close();
});

store('the study plan settings: minutes a day, focus and skip areas; kept, cleared, and unreadable values ignored', async () => {
  const { store: s, dir } = fresh();
  s.setSettings({ minutesPerDay: 45, focus: ['databases'], skip: ['behavioral', 'networking'] });
  s.close();
  const again = openStoreWith(Database, dir);
  assert.equal(again.settings(), { interviewDate: null, retention: 0.9, minutesPerDay: 45, focus: ['databases'], skip: ['behavioral', 'networking'] });
  again.setSettings({ minutesPerDay: null, focus: null });
  assert.equal(again.settings(), { interviewDate: null, retention: 0.9, skip: ['behavioral', 'networking'] });
  again.setSettings({ minutesPerDay: -3, skip: [1, 2] as unknown as string[] });
  assert.equal(again.settings(), { interviewDate: null, retention: 0.9 });
  again.close();
});

store('reviews per day and active days follow the local calendar', async () => {
  const { store: s } = fresh();
  const d0 = dayOf(T0);
  for (let i = 0; i < 3; i++) await s.recordReview({ cardId: `c${i}`, lessonId: 'l', grade: 3, at: T0 + i * 1000, before: null, after: state(T0 + DAY) });
  await s.recordReview({ cardId: 'c9', lessonId: 'l', grade: 1, at: T0 + 2 * DAY, before: null, after: state(T0 + 3 * DAY) });
  s.recordAttempt({ exerciseId: 'e', lessonId: 'l', codeHash: 'h', passed: 1, failed: 0, durationMs: 1, at: T0 + 5 * DAY });
  assert.equal(Object.fromEntries(s.reviewsPerDay(d0, d0 + 10)), { [d0]: 3, [d0 + 2]: 1 });
  assert.equal(s.activeDays(d0 - 1), [d0, d0 + 2, d0 + 5]);
  assert.equal(s.activeDays(d0 + 1), [d0 + 2, d0 + 5]);
  s.close();
});

store('the schema is versioned with user_version and data survives a reopen', async () => {
  const { store: s, dir } = fresh();
  await s.recordReview({ cardId: 'c', lessonId: 'l', grade: 3, at: T0, before: null, after: state(T0 + DAY) });
  s.close();
  const db = new Database(join(dir, 'progress.db'));
  assert.is(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.is(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
  const again = openStoreWith(Database, dir);
  assert.is(again.reviewCount(), 1);
  again.close();
});

store('a version 1 database is migrated forward and keeps its data', async () => {
  const dir = tempDir();
  const db = new Database(join(dir, 'progress.db'));
  db.exec(MIGRATIONS[0]!);
  db.pragma('user_version = 1');
  const d = dayOf(T0);
  db.prepare("INSERT INTO reviews (id, card_id, lesson_id, grade, at, day, state_after) VALUES ('r1', 'c', 'l', 3, ?, ?, '[]')").run(T0, d);
  db.prepare("INSERT INTO lesson_views (id, lesson_id, at, day) VALUES ('v1', 'l', ?, ?)").run(T0 + 3 * DAY, d + 3);
  db.close();
  const s = openStoreWith(Database, dir);
  assert.is(s.disabledReason, null);
  assert.is(s.reviewCount(), 1);
  assert.equal(s.activeDays(d - 5), [d, d + 3], 'the new table is filled from the old rows');
  s.close();
  const check = new Database(join(dir, 'progress.db'));
  assert.is(check.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  check.close();
  assert.ok(SCHEMA_VERSION >= 2);
});

store('a database from a newer swelearn is left alone and nothing is recorded', async () => {
  const dir = tempDir();
  const db = new Database(join(dir, 'progress.db'));
  db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
  db.close();
  const s = openStoreWith(Database, dir);
  assert.match(s.disabledReason ?? '', /newer swelearn/);
  assert.is(s.path, null);
  assert.ok(existsSync(join(dir, 'progress.db')));
  assert.equal(readdirSync(dir).filter((f) => f.includes('corrupt')), []);
});

store('a file that is not SQLite is moved aside, named in a message, and a fresh store starts', async () => {
  const dir = tempDir();
  const garbage = 'this is not a database\n'.repeat(500);
  writeFileSync(join(dir, 'progress.db'), garbage);
  const warned: string[] = [];
  const s = openStoreWith(Database, dir, { warn: (m) => warned.push(m) });
  assert.is(s.disabledReason, null);
  const aside = readdirSync(dir).filter((f) => f.startsWith('progress.db.corrupt-'));
  assert.is(aside.length, 1);
  assert.is(readFileSync(join(dir, aside[0]!), 'utf8'), garbage, 'the damaged file is kept, unchanged');
  assert.is(warned.length, 1);
  assert.ok(warned[0]!.includes(aside[0]!), 'the message names the new file');
  assert.equal(s.notices, warned);
  assert.ok((await s.recordReview({ cardId: 'c', lessonId: 'l', grade: 3, before: null, after: state(T0) })).saved);
  s.close();
});

store('a damaged file with a valid header is moved aside when first read', async () => {
  const { store: s0, dir } = fresh();
  for (let i = 0; i < 200; i++) await s0.recordReview({ cardId: `c${i}`, lessonId: 'l', grade: 3, at: T0, before: null, after: state(T0 + DAY) });
  s0.close();
  const path = join(dir, 'progress.db');
  const bytes = readFileSync(path);
  // keep the 100-byte header, scribble over every page after the first
  for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
  writeFileSync(path, bytes);
  const warned: string[] = [];
  const s = openStoreWith(Database, dir, { warn: (m) => warned.push(m) });
  let cards: number | undefined;
  try {
    cards = s.cards().size;
  } catch (e) {
    assert.unreachable(`reading a damaged store threw: ${(e as Error).message}`);
  }
  assert.is(cards, 0, 'a fresh store');
  assert.is(readdirSync(dir).filter((f) => f.startsWith('progress.db.corrupt-')).length, 1);
  assert.match(warned.join('\n'), /moved it to .*progress\.db\.corrupt-/);
  s.close();
});

store('a full disk: a clear error once, the review kept in the journal, then the session goes on recording nothing and says so', async () => {
  const { store: s, dir } = fresh({ maxPageCount: 40 });
  let failed: Awaited<ReturnType<ProgressStore['recordReview']>> | undefined;
  let saved = 0;
  const big = 'x'.repeat(3000);
  for (let i = 0; i < 500 && !failed; i++) {
    const r = await s.recordReview({ cardId: `c${i}-${big}`, lessonId: 'l', grade: 3, before: null, after: state(T0) });
    if (r.saved) saved++;
    else failed = r;
  }
  assert.ok(failed, 'a review was not saved');
  assert.match(failed!.error ?? '', /disk is full/);
  assert.is(failed!.journal, join(dir, 'unsaved-reviews.jsonl'), 'kept in the journal');
  assert.match(s.disabledReason ?? '', /not being recorded/);
  const after = await s.recordReview({ cardId: 'later', lessonId: 'l', grade: 3, before: null, after: state(T0) });
  assert.is(after.saved, false, 'later reviews are not saved, without throwing');
  assert.is(after.error, null, 'the reason was told once');
  assert.is(s.reviewCount(), saved, 'what was saved before is still there');
  s.close();
});

store('openStore loads better-sqlite3 lazily and gives a working store', async () => {
  const s = await openStore(tempDir());
  assert.is(s.disabledReason, null);
  assert.ok(s.path?.endsWith('progress.db'));
  s.close();
});

store('a data directory that cannot be created gives a store that records nothing and says why', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'file'), '');
  const warned: string[] = [];
  const s = openStoreWith(Database, join(dir, 'file', 'data'), { warn: (m) => warned.push(m), journal: [join(dir, 'kept.jsonl')] });
  assert.match(s.disabledReason ?? '', /not being recorded this session: cannot create .*ENOTDIR/);
  assert.equal(warned, [s.disabledReason]);
  const r = await s.recordReview({ cardId: 'c', lessonId: 'l', grade: 3, before: null, after: state(T0) });
  assert.is(r.saved, false);
  s.lessonOpened('l')();
  s.setSettings({ retention: 0.85 });
  assert.is(s.settings().retention, 0.85, 'settings hold for the session');
  try {
    await s.importData(s.exportData());
    assert.unreachable('import into a store that records nothing');
  } catch (e) {
    assert.match((e as Error).message, /nothing imported/);
  }
});

/** better-sqlite3 as in a data directory that cannot be written: any open of a file in `dir` fails as SQLite fails there. */
function readOnlyDir(dir: string): typeof Database {
  return class extends Database {
    constructor(path: string, opts?: Database.Options) {
      if (path.startsWith(dir)) throw Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY_DIRECTORY' });
      super(path, opts);
    }
  } as unknown as typeof Database;
}

store('a data directory that cannot be written: progress is shown and exported read-only; a grade is kept and replayed at the next start', async () => {
  const { store: s0, dir } = fresh();
  // a second connection keeps the WAL from being checkpointed: the last reviews live only there
  const keeper = new Database(join(dir, 'progress.db'));
  keeper.prepare('SELECT count(*) FROM sqlite_master').get();
  for (let i = 0; i < 3; i++) await s0.recordReview({ cardId: `c${i}`, lessonId: 'l', grade: 3, at: T0 + i, before: null, after: state(T0 + DAY) });
  s0.setSettings({ retention: 0.8 });
  s0.close();
  assert.ok(existsSync(join(dir, 'progress.db-wal')));
  const journal = [join(dir, 'kept.jsonl')];
  const warned: string[] = [];
  const ro = openStoreWith(readOnlyDir(dir), dir, { journal, warn: (m) => warned.push(m) });
  keeper.close();
  assert.match(ro.disabledReason ?? '', /not being recorded this session: the data directory cannot be written \(SQLITE_READONLY_DIRECTORY\).*shown read-only/);
  assert.equal(warned, [ro.disabledReason]);
  assert.is(ro.reviewCount(), 3, 'the reviews are shown');
  assert.is(ro.exportData().reviews.length, 3, 'and exported');
  assert.is(ro.settings().retention, 0.8);
  const r = await ro.recordReview({ cardId: 'c9', lessonId: 'l', grade: 2, at: T0 + 9, before: null, after: state(T0 + 2 * DAY) });
  assert.is(r.saved, false);
  assert.is(r.journal, journal[0]);
  const undone = await ro.recordReview({ cardId: 'c8', lessonId: 'l', grade: 1, at: T0 + 8, before: null, after: state(T0 + DAY) });
  assert.ok(ro.undoReview(undone.record.id), 'a kept review can be taken back');
  ro.close();
  const rw = openStoreWith(Database, dir, { journal, warn: (m) => warned.push(m) });
  assert.is(warned[1], 'replayed 1 review saved while the store was unavailable');
  assert.is(rw.reviewCount(), 4);
  assert.is(rw.cards().get('c9')!.fsrs.due, T0 + 2 * DAY);
  assert.is(rw.cards().has('c8'), false, 'the undone one is not replayed');
  assert.is(existsSync(journal[0]!), false, 'the journal is cleared');
  rw.close();
});

store('a progress file that exists but cannot be read is not exported as empty', async () => {
  const { store: s0, dir } = fresh();
  await s0.recordReview({ cardId: 'c', lessonId: 'l', grade: 3, at: T0, before: null, after: state(T0 + DAY) });
  s0.close();
  const broken = function () {
    throw Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
  } as unknown as typeof Database;
  const s = openStoreWith(broken, dir, { journal: [join(dir, 'kept.jsonl')] });
  assert.match(s.disabledReason ?? '', /not being recorded/);
  assert.throws(() => s.exportData(), /cannot export: .*progress\.db cannot be read/);
});

store.run();

// Two sessions on one progress file (two store handles in one process, or a raw connection
// holding the write lock): no lost update, a grade waits for the lock instead of failing, and a
// big import lets another session write between its chunks. No timing: every wait is on an event.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { DrillRun } from '../../src/drill/drill-session.ts';
import { createScheduler } from '../../src/drill/scheduler.ts';
import { planFrom } from '../../src/drill/interview-plan.ts';
import type { Card } from '../../src/corpus/types.ts';
import type { FsrsState, ProgressExport, ProgressStore } from '../../src/progress/types.ts';
import { tempDir } from './helpers.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 5, 8);
const card: Card = { id: 'l:1', lessonId: 'l', kind: 'qa', question: 'Q?', answer: 'A.' };
const mature = (due: number): FsrsState => ({ due, stability: 20, difficulty: 4, elapsed_days: 20, scheduled_days: 20, learning_steps: 0, reps: 4, lapses: 0, state: 2, last_review: due - 20 * DAY });

/** A drill of one card in a session whose store is `store`, showing the card as that store has it now. */
function session(store: ProgressStore, now: () => number): DrillRun {
  const state = store.cards().get(card.id)?.fsrs ?? null;
  return new DrillRun({
    items: [{ card, state }],
    store,
    scheduler: createScheduler({ retention: 0.9, fuzz: false }),
    plan: planFrom({ interviewDate: null, retention: 0.9 }, T0),
    now,
  });
}

/** Fail (not hang) when an awaited event never comes. */
function within<T>(p: Promise<T>, what: string, ms = 60_000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

const conc = suite('two sessions on one progress file');

conc('A grades "again", then B (showing the same card) grades "easy": both take effect, in time order', async () => {
  const dir = tempDir();
  const seed = openStoreWith(Database, dir);
  await seed.recordReview({ cardId: card.id, lessonId: 'l', grade: 3, at: T0 - 20 * DAY, before: null, after: mature(T0) });
  seed.close();
  let now = T0;
  const a = openStoreWith(Database, dir);
  const b = openStoreWith(Database, dir);
  // both sessions show the card before either grades it
  const runA = session(a, () => now);
  const runB = session(b, () => now);
  now += 5_000;
  const ga = await runA.grade(1);
  now += 5_000;
  const gb = await runB.grade(4);
  assert.ok(ga.saved && gb.saved);
  assert.is(ga.record.after.lapses, 1, 'A lapsed the card');
  assert.equal(gb.record.before, ga.record.after, "B's review is built on A's");
  const stored = a.cards().get(card.id)!.fsrs;
  assert.equal(stored, gb.record.after, 'the card has the state of the later review');
  assert.is(stored.lapses, 1, "A's lapse is not lost");
  assert.is(stored.reps, 6, 'both reviews count');
  const reviews = a.exportData().reviews.filter((r) => r.cardId === card.id);
  assert.equal(
    reviews.map((r) => r.grade),
    [3, 1, 4],
  );
  a.close();
  b.close();
});

conc('a review whose clock is behind the review it builds on is placed after it', async () => {
  const dir = tempDir();
  const a = openStoreWith(Database, dir);
  const b = openStoreWith(Database, dir);
  await a.recordReview({ cardId: card.id, lessonId: 'l', grade: 3, at: T0 - 20 * DAY, before: null, after: mature(T0) });
  const runB = session(b, () => T0 + 1000);
  const runA = session(a, () => T0 + 2000);
  await runA.grade(1);
  const gb = await runB.grade(3);
  assert.is(gb.record.at, T0 + 2000, 'B took its time before A but is stored after A');
  assert.equal(a.cards().get(card.id)!.fsrs, gb.record.after);
  a.close();
  b.close();
});

conc('a grade while another connection holds the write lock waits, says so, and lands when the lock is released', async () => {
  const dir = tempDir();
  const store = openStoreWith(Database, dir, { busyTimeoutMs: 50 });
  const holder = new Database(join(dir, 'progress.db'));
  holder.exec('BEGIN IMMEDIATE');
  holder.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('retention', '0.85', 0)").run();
  let waited!: () => void;
  const told = new Promise<void>((resolve) => (waited = resolve));
  const run = session(store, () => T0);
  const grading = run.grade(3, { onWait: () => waited() });
  await within(told, 'the grade never said it was waiting');
  holder.exec('COMMIT');
  holder.close();
  const o = await within(grading, 'the grade never landed');
  assert.ok(o.saved, o.error ?? '');
  assert.is(store.reviewCount(), 1);
  assert.is(store.settings().retention, 0.85, "the other connection's write landed too");
  store.close();
});

conc('a big import commits in chunks: another session grades while it runs', async () => {
  const dir = tempDir();
  const importer = openStoreWith(Database, dir);
  const other = openStoreWith(Database, dir);
  const n = 3000;
  const data: ProgressExport = {
    format: 'swelearn-progress',
    version: 1,
    exportedAt: '',
    settings: {},
    lessonViews: [],
    attempts: [],
    reviews: Array.from({ length: n }, (_, i) => ({ id: `imp-${i}`, cardId: `m:${i}`, lessonId: 'm', grade: 3 as const, at: T0 - DAY, durationMs: null, before: null, after: mature(T0 + DAY) })),
  };
  let importedWhenGraded = -1;
  const importing = importer.importData(data, { chunk: 100 });
  const grading = session(other, () => T0)
    .grade(3)
    .then((o) => {
      importedWhenGraded = importer.reviewCount() - 1;
      return o;
    });
  const [r, o] = await within(Promise.all([importing, grading]), 'import and grade');
  assert.ok(o.saved);
  assert.is(r.reviews.added, n);
  assert.ok(importedWhenGraded < n, `the grade landed before the import finished (${importedWhenGraded} of ${n} imported then)`);
  assert.is(other.reviewCount(), n + 1);
  importer.close();
  other.close();
});

conc('a grade still waiting when its session ends is kept in the journal and replayed at the next start', async () => {
  const dir = tempDir();
  const journal = [join(dir, 'journal.jsonl')];
  const store = openStoreWith(Database, dir, { busyTimeoutMs: 10, journal });
  const holder = new Database(join(dir, 'progress.db'));
  holder.exec('BEGIN IMMEDIATE');
  let waited!: () => void;
  const told = new Promise<void>((resolve) => (waited = resolve));
  const grading = session(store, () => T0).grade(2, { onWait: () => waited() });
  await within(told, 'the grade never said it was waiting');
  store.close();
  // the process may exit right after closing the store: the grade is already kept
  assert.ok(existsSync(journal[0]!), 'kept in the journal when the store closes');
  const o = await within(grading, 'the grade never returned');
  holder.exec('ROLLBACK');
  holder.close();
  assert.is(o.saved, false);
  assert.ok(o.journaled, o.error ?? '');
  const warned: string[] = [];
  const next = openStoreWith(Database, dir, { journal, warn: (m) => warned.push(m) });
  assert.is(next.reviewCount(), 1, 'replayed');
  assert.equal(warned, ['replayed 1 review saved while the store was unavailable']);
  assert.is(next.cards().get(card.id)!.fsrs.reps, 1);
  next.close();
  const again = openStoreWith(Database, dir, { journal, warn: (m) => warned.push(m) });
  assert.is(again.reviewCount(), 1, 'the journal is replayed once');
  assert.is(warned.length, 1);
  again.close();
});

conc.run();

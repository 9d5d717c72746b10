// The progress store on SQLite (better-sqlite3, opened by open.ts). Every write is one IMMEDIATE
// transaction, committed before the method returns, so a review acknowledged on screen is on
// disk. A grade is recomputed inside its transaction from the card's latest stored state (another
// session may have graded the card meanwhile). SQLITE_BUSY (another session holds the write lock)
// is retried with backoff: without limit for a grade, up to SYNC_BUSY_LIMIT_MS for the small
// synchronous writes. A write that fails because the disk is full or the directory became
// read-only turns writing off for the session (disabledReason says why; reads go on), and a
// review that could not be stored is kept in the journal (journal.ts) for the next start.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../errors.ts';
import { dayOf } from './day.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.ts';
import type { Journal } from './journal.ts';
import { settingsFrom } from './settings.ts';
import { classifyError, describeFailure } from './sqlite-errors.ts';
import { packState, unpackState } from './state-codec.ts';
import { backoff, sleep, sleepSync } from './wait.ts';
import type {
  AttemptInput,
  AttemptRecord,
  CardRecord,
  ExerciseStats,
  ExerciseStatus,
  Grade,
  ImportOptions,
  ImportResult,
  LessonViewRecord,
  MockRecord,
  ProgressExport,
  ProgressStore,
  ReadStats,
  ReviewInput,
  ReviewOptions,
  ReviewRecord,
  ReviewSave,
  Settings,
} from './types.ts';

type Db = BetterSqlite3.Database;
type Stmt = BetterSqlite3.Statement;

interface ReviewRow {
  id: string;
  card_id: string;
  lesson_id: string;
  grade: number;
  at: number;
  duration_ms: number | null;
  state_before: string | null;
  state_after: string;
}

/** how long a synchronous write (lesson view, attempt, settings, undo) waits for another session */
export const SYNC_BUSY_LIMIT_MS = 30_000;
/** a grade waiting this long for another session says so (onWait) */
export const WAIT_NOTICE_MS = 1_500;
/** entries per import transaction */
export const IMPORT_CHUNK = 1_000;
/** the pause between import chunks, in which another session's grade (polling every few ms) takes the lock */
const IMPORT_PAUSE_MS = 10;

export interface SqliteStoreOptions {
  now?: () => number;
  newId?: () => string;
  notices?: string[];
  /** move a damaged database aside and return a fresh one (open.ts); tried once per session */
  recover?: (e: unknown) => Db;
  /** where reviews that cannot be stored are kept */
  journal?: Journal;
  /** opened read-only: why writing is off (reads work) */
  readOnly?: string;
  /** busy_timeout of the connection, restored after each grade attempt (grades poll with busy_timeout 0) */
  busyTimeoutMs?: number;
  /** called after close (a read-only copy's temp directory is removed) */
  onClose?: () => void;
}

class Busy extends Error {}

export class SqliteStore implements ProgressStore {
  disabledReason: string | null = null;
  readonly notices: string[];
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly stmts = new Map<string, Stmt>();
  private recover: ((e: unknown) => Db) | undefined;
  private readonly journal: Journal | undefined;
  private readonly busyTimeoutMs: number;
  private readonly onClose: (() => void) | undefined;
  private closed = false;
  /** this connection's transactions and recoveries so far (see revision()) */
  private writes = 0;
  private readonly waiting = new Set<{ record: ReviewRecord; kept?: string | null }>();

  constructor(
    private db: Db,
    readonly path: string,
    opts: SqliteStoreOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.newId = opts.newId ?? randomUUID;
    this.notices = opts.notices ?? [];
    this.recover = opts.recover;
    this.journal = opts.journal;
    this.busyTimeoutMs = opts.busyTimeoutMs ?? 1000;
    this.onClose = opts.onClose;
    if (opts.readOnly) this.disabledReason = opts.readOnly;
  }

  /** A damaged file found mid-session: move it aside once and go on with a fresh database. */
  private recovered(e: unknown): boolean {
    if (classifyError(e) !== 'corrupt' || !this.recover) return false;
    const recover = this.recover;
    this.recover = undefined;
    try {
      this.db.close();
    } catch {
      // the damaged handle may refuse to close cleanly
    }
    this.stmts.clear();
    this.writes++;
    try {
      this.db = recover(e);
      return true;
    } catch {
      return false;
    }
  }

  private stmt(sql: string): Stmt {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** One IMMEDIATE transaction (a damaged file is moved aside once); throws Busy when another session holds the lock. */
  private attempt<T>(fn: () => T): T {
    this.writes++;
    try {
      try {
        return this.db.transaction(fn).immediate();
      } catch (e) {
        if (!this.recovered(e)) throw e;
        return this.db.transaction(fn).immediate();
      }
    } catch (e) {
      if (classifyError(e) === 'busy') throw new Busy(describeFailure('busy', e));
      throw e;
    }
  }

  /** A failed write as a StoreError; a full disk or a read-only directory turns writing off. */
  private failure(what: string, e: unknown): StoreError {
    if (e instanceof StoreError) return e;
    if (e instanceof Busy) return new StoreError(`could not save ${what}: ${e.message} for more than ${SYNC_BUSY_LIMIT_MS / 1000} s`);
    const kind = classifyError(e);
    const reason = describeFailure(kind, e);
    if (kind === 'full' || kind === 'unwritable' || kind === 'corrupt') {
      this.disabledReason = `${reason}; progress is not being recorded for the rest of this session`;
      return new StoreError(`could not save ${what}: ${this.disabledReason}`);
    }
    return new StoreError(`could not save ${what}: ${reason}`);
  }

  /** A synchronous write: retried with backoff while another session writes (up to SYNC_BUSY_LIMIT_MS). */
  private write<T>(what: string, fn: () => T): T {
    if (!this.db.open) throw new StoreError(`could not save ${what}: the progress store is closed`);
    const started = Date.now();
    // we poll the lock ourselves (busy_timeout 0): SQLite's sleeps (up to 100 ms) would miss the
    // short pauses between another session's import chunks
    this.db.pragma('busy_timeout = 0');
    try {
      for (let n = 0; ; n++) {
        try {
          return this.attempt(fn);
        } catch (e) {
          if (!(e instanceof Busy) || Date.now() - started > SYNC_BUSY_LIMIT_MS) throw this.failure(what, e);
        }
        sleepSync(backoff(n, 10));
      }
    } finally {
      if (this.db.open) this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    }
  }

  /** An asynchronous write that waits for the lock without limit; polls the lock so that a pause between another session's chunks is enough. */
  private async writeAsync<T>(fn: () => T, onWait?: () => void): Promise<T> {
    const started = Date.now();
    let told = false;
    for (let n = 0; ; n++) {
      if (this.closed) throw new StoreError('the progress store was closed while waiting for another session');
      // busy_timeout 0: SQLite's own wait would block the event loop (no redraw, no Ctrl-C), and
      // its sleeps (up to 100 ms) miss the short pauses between another session's import chunks
      this.db.pragma('busy_timeout = 0');
      try {
        return this.attempt(fn);
      } catch (e) {
        if (!(e instanceof Busy)) throw e;
      } finally {
        if (this.db.open) this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
      }
      if (!told && Date.now() - started >= WAIT_NOTICE_MS) {
        told = true;
        onWait?.();
      }
      await sleep(backoff(n, 8));
    }
  }

  private read<T>(what: string, fn: () => T): T {
    try {
      try {
        return fn();
      } catch (e) {
        if (!this.recovered(e)) throw e;
        return fn();
      }
    } catch (e) {
      throw new StoreError(`could not read ${what} from ${this.path}: ${describeFailure(classifyError(e), e)}`);
    }
  }

  lessonOpened(lessonId: string, at = this.now()): () => void {
    if (this.disabledReason) return () => {};
    const id = this.newId();
    try {
      this.write('the lesson view', () => {
        this.stmt('INSERT INTO lesson_views (id, lesson_id, at, day, duration_ms) VALUES (?, ?, ?, ?, NULL)').run(id, lessonId, at, dayOf(at));
        this.active(at);
      });
    } catch {
      return () => {};
    }
    let done = false;
    return () => {
      if (done || this.disabledReason) return;
      done = true;
      const ms = Math.max(0, Math.round(this.now() - at));
      try {
        this.write('the reading time', () => this.stmt('UPDATE lesson_views SET duration_ms = ? WHERE id = ?').run(ms, id));
      } catch {
        // the view itself is recorded; losing its duration is not worth interrupting the reader
      }
    };
  }

  recordAttempt(a: AttemptInput): void {
    if (this.disabledReason) return;
    const at = a.at ?? this.now();
    this.write('the exercise attempt', () => {
      this.stmt(
        'INSERT INTO attempts (id, exercise_id, lesson_id, code_hash, passed, failed, duration_ms, at, day, hints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(this.newId(), a.exerciseId, a.lessonId, a.codeHash, a.passed, a.failed, Math.round(a.durationMs), at, dayOf(at), Math.max(0, Math.round(a.hints ?? 0)));
      this.active(at);
    });
  }

  exerciseStatus(): Map<string, ExerciseStatus> {
    const out = new Map<string, ExerciseStatus>();
    for (const [id, s] of this.exerciseStats()) out.set(id, s.solved ? 'solved' : 'attempted');
    return out;
  }

  exerciseStats(): Map<string, ExerciseStats> {
    return this.read('exercise attempts', () => {
      const rows = this.stmt(
        `SELECT exercise_id AS id, count(*) AS n, max(passed > 0 AND failed = 0) AS solved, max(at) AS last_at, max(hints) AS hints,
                (SELECT c.passed > 0 AND c.failed = 0 FROM attempts c WHERE c.exercise_id = a.exercise_id ORDER BY c.at DESC, c.rowid DESC LIMIT 1) AS last_passed,
                (SELECT max(b.at) FROM attempts b WHERE b.exercise_id = a.exercise_id AND NOT (b.passed > 0 AND b.failed = 0)) AS last_failed_at
         FROM attempts a GROUP BY exercise_id`,
      ).all() as { id: string; n: number; solved: number; last_at: number; last_passed: number; last_failed_at: number | null; hints: number | null }[];
      return new Map(
        rows.map((r) => [r.id, { attempts: r.n, solved: r.solved === 1, lastAt: r.last_at, lastPassed: r.last_passed === 1, lastFailedAt: r.last_failed_at ?? 0, hints: r.hints ?? 0 }]),
      );
    });
  }

  async recordReview(r: ReviewInput, opts: ReviewOptions = {}): Promise<ReviewSave> {
    const record: ReviewRecord = {
      id: r.id ?? this.newId(),
      cardId: r.cardId,
      lessonId: r.lessonId,
      grade: r.grade,
      at: r.at ?? this.now(),
      durationMs: r.durationMs === undefined ? null : Math.round(r.durationMs),
      before: r.before,
      after: r.after,
    };
    if (this.disabledReason) return { record, saved: false, journal: this.keep(record), error: null };
    let stored: ReviewRecord;
    // a grade still waiting when the store closes (the session ends) is kept in the journal then
    const waiting: { record: ReviewRecord; kept?: string | null } = { record };
    this.waiting.add(waiting);
    try {
      stored = await this.writeAsync(() => {
        const rec = { ...record };
        if (r.recompute) {
          // the card as stored now: another session may have graded it since this one showed it
          const cur = this.stmt('SELECT fsrs, (SELECT max(at) FROM reviews WHERE card_id = ?) AS at FROM cards WHERE card_id = ?').get(rec.cardId, rec.cardId) as
            | { fsrs: string; at: number | null }
            | undefined;
          // another session stored a review of this card since this one read it: build on that
          // (a card with no stored state has nothing newer than what this session knew)
          if (cur && cur.fsrs !== (rec.before ? packState(rec.before) : null)) {
            rec.before = unpackState(cur.fsrs);
            // in time order: a review is never placed before the one it builds on
            rec.at = Math.max(rec.at, cur.at ?? 0);
            rec.after = r.recompute(rec.before, rec.at);
          }
        }
        this.insertReview(rec);
        this.putCard(rec.cardId, rec.lessonId, rec.id, packState(rec.after), rec.after.due);
        return rec;
      }, opts.onWait);
    } catch (e) {
      const err = e instanceof StoreError && this.closed ? e : this.failure('the review', e);
      const journal = waiting.kept !== undefined ? waiting.kept : this.keep(record);
      return { record, saved: false, journal, error: journal ? `${err.message}; the review is kept in ${journal} and saved at the next start` : err.message };
    } finally {
      this.waiting.delete(waiting);
    }
    return { record: stored, saved: true, journal: null, error: null };
  }

  /** Keep an unsaved review in the journal; returns its file, or null. */
  private keep(record: ReviewRecord): string | null {
    return this.journal?.append(record) ?? null;
  }

  /** Store reviews kept in the journal (as an import would: same ids are skipped, each card follows its latest review). */
  replay(reviews: ReviewRecord[]): number {
    if (!reviews.length) return 0;
    return this.write('the reviews kept in the journal', () => {
      let added = 0;
      const touched = new Set<string>();
      for (const r of reviews) {
        if (this.insertReview(r)) {
          added++;
          touched.add(r.cardId);
        }
      }
      for (const c of touched) this.refreshCard(c);
      return added;
    });
  }

  private active(at: number): void {
    this.stmt('INSERT OR IGNORE INTO activity_days (day) VALUES (?)').run(dayOf(at));
  }

  private insertReview(r: ReviewRecord): boolean {
    const info = this.stmt(
      `INSERT OR IGNORE INTO reviews (id, card_id, lesson_id, grade, at, day, duration_ms, state_before, state_after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(r.id, r.cardId, r.lessonId, r.grade, r.at, dayOf(r.at), r.durationMs, r.before ? packState(r.before) : null, packState(r.after));
    if (info.changes > 0) this.active(r.at);
    return info.changes > 0;
  }

  private putCard(cardId: string, lessonId: string, reviewId: string, fsrs: string, due: number): void {
    this.stmt(
      `INSERT INTO cards (card_id, lesson_id, review_id, due, fsrs) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (card_id) DO UPDATE SET lesson_id = excluded.lesson_id, review_id = excluded.review_id, due = excluded.due, fsrs = excluded.fsrs`,
    ).run(cardId, lessonId, reviewId, due, fsrs);
  }

  /** Make a card's current state that of its latest remaining review (or forget the card). */
  private refreshCard(cardId: string): void {
    const last = this.stmt('SELECT id, lesson_id, state_after FROM reviews WHERE card_id = ? ORDER BY at DESC, rowid DESC LIMIT 1').get(cardId) as
      | { id: string; lesson_id: string; state_after: string }
      | undefined;
    if (!last) {
      this.stmt('DELETE FROM cards WHERE card_id = ?').run(cardId);
      return;
    }
    this.putCard(cardId, last.lesson_id, last.id, last.state_after, unpackState(last.state_after).due);
  }

  undoReview(id: string): boolean {
    if (this.disabledReason) return this.journal?.undo(id) ?? false;
    return this.write('the undo', () => {
      const row = this.stmt('SELECT card_id FROM reviews WHERE id = ?').get(id) as { card_id: string } | undefined;
      if (!row) return false;
      this.stmt('DELETE FROM reviews WHERE id = ?').run(id);
      this.refreshCard(row.card_id);
      return true;
    });
  }

  cards(): Map<string, CardRecord> {
    return this.read('card states', () => {
      const rows = this.stmt('SELECT card_id, lesson_id, fsrs FROM cards').all() as { card_id: string; lesson_id: string; fsrs: string }[];
      return new Map(rows.map((r) => [r.card_id, { cardId: r.card_id, lessonId: r.lesson_id, fsrs: unpackState(r.fsrs) }]));
    });
  }

  settings(): Settings {
    return this.read('settings', () => settingsFrom(this.stmt('SELECT key, value FROM settings').all() as { key: string; value: string }[]));
  }

  setSettings(s: Partial<Settings>): void {
    if (this.disabledReason) throw new StoreError(`settings not saved: ${this.disabledReason}`);
    this.write('the settings', () => {
      for (const [key, value] of Object.entries(s)) {
        if (value === undefined) continue;
        if (value === null) this.stmt('DELETE FROM settings WHERE key = ?').run(key);
        else {
          this.stmt('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(
            key,
            JSON.stringify(value),
            this.now(),
          );
        }
      }
    });
  }

  reviewsPerDay(fromDay: number, toDay: number): Map<number, number> {
    return this.read('review history', () => {
      const rows = this.stmt('SELECT day, count(*) AS n FROM reviews WHERE day BETWEEN ? AND ? GROUP BY day').all(fromDay, toDay) as { day: number; n: number }[];
      return new Map(rows.map((r) => [r.day, r.n]));
    });
  }

  activeDays(fromDay: number): number[] {
    return this.read('activity', () =>
      (
        this.stmt('SELECT day FROM activity_days WHERE day >= ? ORDER BY day').all(fromDay) as { day: number }[]
      ).map((r) => r.day),
    );
  }

  readStats(): Map<string, ReadStats> {
    return this.read('lesson views', () => {
      const rows = this.stmt(
        'SELECT lesson_id, count(*) AS n, min(at) AS first_at, max(at) AS last_at, sum(coalesce(duration_ms, 0)) AS ms FROM lesson_views GROUP BY lesson_id',
      ).all() as { lesson_id: string; n: number; first_at: number; last_at: number; ms: number }[];
      return new Map(rows.map((r) => [r.lesson_id, { views: r.n, firstAt: r.first_at, lastAt: r.last_at, totalMs: r.ms }]));
    });
  }

  reviewCount(): number {
    return this.read('review count', () => (this.stmt('SELECT count(*) AS n FROM reviews').get() as { n: number }).n);
  }

  recordMock(m: MockRecord): void {
    if (this.disabledReason) return;
    this.write('the mock interview', () => {
      this.stmt(
        `INSERT OR REPLACE INTO mocks (id, kind, title, topic, started_at, ended_at, day, planned_ms, used_ms, status, score, file)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(m.id, m.kind, m.title, m.topic, m.startedAt, m.endedAt, dayOf(m.startedAt), Math.round(m.plannedMs), Math.round(m.usedMs), m.status, m.score, m.file);
      this.active(m.endedAt);
    });
  }

  mocks(): MockRecord[] {
    return this.read('mock interviews', () =>
      (
        this.stmt('SELECT * FROM mocks ORDER BY started_at, rowid').all() as {
          id: string;
          kind: MockRecord['kind'];
          title: string;
          topic: string;
          started_at: number;
          ended_at: number;
          planned_ms: number;
          used_ms: number;
          status: MockRecord['status'];
          score: number | null;
          file: string | null;
        }[]
      ).map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        topic: r.topic,
        startedAt: r.started_at,
        endedAt: r.ended_at,
        plannedMs: r.planned_ms,
        usedMs: r.used_ms,
        status: r.status,
        score: r.score,
        file: r.file,
      })),
    );
  }

  mockHistory(): { kind: MockRecord['kind']; at: number }[] {
    return this.read('mock interviews', () => this.stmt('SELECT kind, started_at AS at FROM mocks ORDER BY started_at, rowid').all() as { kind: MockRecord['kind']; at: number }[]);
  }

  exportData(now = this.now()): ProgressExport {
    return this.read('progress', () => {
      // only the settings the learner set (defaults are not carried to another machine)
      const s = this.settings();
      const set = new Set((this.stmt('SELECT key FROM settings').all() as { key: string }[]).map((r) => r.key));
      const settings: Partial<Settings> = {};
      if (set.has('retention')) settings.retention = s.retention;
      if (set.has('interviewDate') && s.interviewDate) settings.interviewDate = s.interviewDate;
      const reviews = (this.stmt('SELECT * FROM reviews ORDER BY at, rowid').all() as ReviewRow[]).map(
        (r): ReviewRecord => ({
          id: r.id,
          cardId: r.card_id,
          lessonId: r.lesson_id,
          grade: r.grade as Grade,
          at: r.at,
          durationMs: r.duration_ms,
          before: r.state_before ? unpackState(r.state_before) : null,
          after: unpackState(r.state_after),
        }),
      );
      const lessonViews = (
        this.stmt('SELECT id, lesson_id, at, duration_ms FROM lesson_views ORDER BY at, rowid').all() as { id: string; lesson_id: string; at: number; duration_ms: number | null }[]
      ).map((r): LessonViewRecord => ({ id: r.id, lessonId: r.lesson_id, at: r.at, durationMs: r.duration_ms }));
      const attempts = (
        this.stmt('SELECT * FROM attempts ORDER BY at, rowid').all() as {
          id: string;
          exercise_id: string;
          lesson_id: string;
          code_hash: string;
          passed: number;
          failed: number;
          duration_ms: number;
          at: number;
          hints: number;
        }[]
      ).map(
        (r): AttemptRecord => ({
          hints: r.hints ?? 0,
          id: r.id,
          exerciseId: r.exercise_id,
          lessonId: r.lesson_id,
          codeHash: r.code_hash,
          passed: r.passed,
          failed: r.failed,
          durationMs: r.duration_ms,
          at: r.at,
        }),
      );
      return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), settings, lessonViews, reviews, attempts };
    });
  }

  async importData(data: ProgressExport, opts: ImportOptions = {}): Promise<ImportResult> {
    if (this.disabledReason) throw new StoreError(`nothing imported: ${this.disabledReason}`);
    const chunk = Math.max(1, opts.chunk ?? IMPORT_CHUNK);
    const result: ImportResult = {
      reviews: { added: 0, skipped: 0 },
      lessonViews: { added: 0, skipped: 0 },
      attempts: { added: 0, skipped: 0 },
      settings: [],
    };
    const total = data.reviews.length + data.lessonViews.length + data.attempts.length;
    let done = 0;
    // one transaction per chunk, and a pause between them, so that another session's grade gets
    // the lock; an interrupted import is finished by importing again (entries here are skipped)
    const step = async (fn: () => void, n: number) => {
      try {
        await this.writeAsync(fn);
      } catch (e) {
        const err = this.failure('the import', e);
        throw new StoreError(done ? `${err.message} (after ${done} of ${total} entries were imported: import the file again to finish)` : err.message);
      }
      done += n;
      await sleep(IMPORT_PAUSE_MS);
    };
    // each card is brought to its latest review once, after all reviews are in (per chunk, a card
    // with reviews in many chunks would be refreshed many times: 17 s instead of 3 for 100,000)
    const touched = new Set<string>();
    for (let i = 0; i < data.reviews.length; i += chunk) {
      const part = data.reviews.slice(i, i + chunk);
      await step(() => {
        for (const r of part) {
          if (this.insertReview(r)) {
            result.reviews.added++;
            touched.add(r.cardId);
          } else result.reviews.skipped++;
        }
      }, part.length);
    }
    const cards = [...touched];
    for (let i = 0; i < cards.length; i += chunk) {
      const part = cards.slice(i, i + chunk);
      await step(() => {
        for (const cardId of part) this.refreshCard(cardId);
      }, 0);
    }
    for (let i = 0; i < data.lessonViews.length; i += chunk) {
      const part = data.lessonViews.slice(i, i + chunk);
      await step(() => {
        const view = this.stmt('INSERT OR IGNORE INTO lesson_views (id, lesson_id, at, day, duration_ms) VALUES (?, ?, ?, ?, ?)');
        for (const v of part) {
          if (view.run(v.id, v.lessonId, v.at, dayOf(v.at), v.durationMs).changes) {
            result.lessonViews.added++;
            this.active(v.at);
          } else result.lessonViews.skipped++;
        }
      }, part.length);
    }
    for (let i = 0; i < data.attempts.length; i += chunk) {
      const part = data.attempts.slice(i, i + chunk);
      await step(() => {
        const attempt = this.stmt(
          'INSERT OR IGNORE INTO attempts (id, exercise_id, lesson_id, code_hash, passed, failed, duration_ms, at, day, hints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        for (const a of part) {
          if (attempt.run(a.id, a.exerciseId, a.lessonId, a.codeHash, a.passed, a.failed, a.durationMs, a.at, dayOf(a.at), a.hints ?? 0).changes) {
            result.attempts.added++;
            this.active(a.at);
          } else result.attempts.skipped++;
        }
      }, part.length);
    }
    await step(() => {
      const have = new Set((this.stmt('SELECT key FROM settings').all() as { key: string }[]).map((r) => r.key));
      const put = this.stmt('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
      for (const [key, value] of Object.entries(data.settings)) {
        if (value === undefined || value === null || have.has(key)) continue;
        put.run(key, JSON.stringify(value), this.now());
        result.settings.push(key);
      }
    }, 0);
    return result;
  }

  revision(): string {
    // data_version changes when another connection commits; this connection's own writes are counted
    try {
      // a prepared statement: db.pragma() prepares one per call, several times the cost of the read
      return `${this.writes}:${this.db.open ? this.stmt('PRAGMA data_version').pluck().get() : 'closed'}`;
    } catch {
      return `${this.writes}:?${Math.random()}`; // unreadable: never equal, so nothing stale is kept
    }
  }

  close(): void {
    this.closed = true;
    // the process may exit right after: keep waiting grades now, synchronously
    for (const w of this.waiting) w.kept ??= this.keep(w.record);
    try {
      if (this.db.open) this.db.close();
    } catch {
      // closing is best effort: every write is already committed
    }
    this.onClose?.();
  }
}

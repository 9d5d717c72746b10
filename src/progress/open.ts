// Open <dataDir>/progress.db: WAL mode, a busy timeout so that two sessions can share it, and
// forward migrations. A file that is not a readable SQLite database is moved aside and a fresh
// store starts. A directory that cannot be written (or a full disk) opens the progress read-only,
// so that it is still shown and exported, with writing off; only when even that fails does a
// NullStore say why. Reviews kept in the journal while the store was unavailable are replayed
// when it opens writable. Notices go to stderr (stdout may be an export's JSON).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal, journalPaths } from './journal.ts';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
import { NullStore } from './null-store.ts';
import { SqliteStore } from './store.ts';
import { classifyError, describeFailure } from './sqlite-errors.ts';
import type { ProgressStore } from './types.ts';
import { messageOf } from '../errors.ts';

export const STORE_FILE = 'progress.db';

type DatabaseClass = typeof BetterSqlite3;
type Db = BetterSqlite3.Database;

export interface OpenOptions {
  now?: () => number;
  newId?: () => string;
  /** how long a write waits for another session's write to finish (ms) */
  busyTimeoutMs?: number;
  /** tests: cap the database size (pages of 4 KB) to simulate a full disk */
  maxPageCount?: number;
  /** called with each message the learner should see (file moved aside, nothing recorded…) */
  warn?: (message: string) => void;
  /** the journal files (tests); default journalPaths(dataDir) */
  journal?: string[];
}

const DEFAULT_BUSY_TIMEOUT_MS = 1000;

class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`it was written by a newer swelearn (schema ${found}; this one knows up to ${SCHEMA_VERSION})`);
  }
}

const busyTimeout = (opts: OpenOptions) => Math.max(0, Math.round(opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));

function configure(db: Db, opts: OpenOptions): void {
  db.pragma(`busy_timeout = ${busyTimeout(opts)}`);
  db.pragma('journal_mode = WAL');
  // FULL: each commit is synced to the WAL before the review is acknowledged (survives power loss too)
  db.pragma('synchronous = FULL');
  if (opts.maxPageCount) db.pragma(`max_page_count = ${opts.maxPageCount}`);
  // reads page 1: a file that is not a database fails here
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

export function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version);
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      // another session may have migrated meanwhile: re-check inside the write lock
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-');
}

/** Rename a damaged database (and its WAL) aside; returns the new name. */
export function moveAside(path: string, now: number): string {
  const target = `${path}.corrupt-${stamp(now)}`;
  renameSync(path, target);
  if (existsSync(`${path}-wal`)) renameSync(`${path}-wal`, `${target}-wal`);
  try {
    unlinkSync(`${path}-shm`);
  } catch {
    // no shared-memory file: nothing to remove
  }
  return target;
}

/** Open (or create) the store with a given better-sqlite3 class. Never throws. */
export function openStoreWith(Database: DatabaseClass, dataDir: string, opts: OpenOptions = {}): ProgressStore {
  const now = opts.now ?? Date.now;
  const path = join(dataDir, STORE_FILE);
  const notices: string[] = [];
  const notice = (m: string) => {
    notices.push(m);
    opts.warn?.(m);
  };
  const journal = new Journal(opts.journal ?? journalPaths(dataDir));
  const disabled = (why: string) => {
    const reason = `progress is not being recorded this session: ${why}`;
    notice(reason);
    // a progress file that exists but cannot be read must not be exported as empty
    const unreadable = existsSync(path) ? `${path} cannot be read (${why})` : undefined;
    return new NullStore(reason, notices, now, { journal, unreadable });
  };
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    return disabled(`cannot create ${dataDir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }

  const openDb = (): Db => {
    let db: Db | undefined;
    try {
      db = new Database(path);
      configure(db, opts);
      migrate(db);
      return db;
    } catch (e) {
      try {
        db?.close();
      } catch {
        // already unusable
      }
      throw e;
    }
  };

  /** Move a damaged file aside and start a fresh database in its place. */
  const recover = (e: unknown): Db => {
    const target = moveAside(path, now());
    notice(`${path} is damaged (${describeFailure('corrupt', e).replace(/^the progress file is damaged \((.*)\)$/, '$1')}); moved it to ${target} and started a fresh progress store.`);
    return openDb();
  };

  let db: Db;
  try {
    db = openDb();
  } catch (e) {
    if (e instanceof NewerSchemaError) return disabled(`${path}: ${e.message}`);
    const kind = classifyError(e);
    if ((kind === 'unwritable' || kind === 'full') && existsSync(path)) {
      const why = `${describeFailure(kind, e)} at ${path}`;
      try {
        const ro = openReadOnly(Database, path);
        const reason = `progress is not being recorded this session: ${why}; your progress is shown read-only, and reviews are kept to be saved at the next start`;
        notice(reason);
        return new SqliteStore(ro.db, path, { now, newId: opts.newId, notices, journal, readOnly: reason, onClose: ro.cleanup });
      } catch (e2) {
        return disabled(`${why}; reading it failed too (${e2 instanceof NewerSchemaError ? e2.message : describeFailure(classifyError(e2), e2)})`);
      }
    }
    if (kind !== 'corrupt') return disabled(`${describeFailure(kind, e)} at ${path}`);
    try {
      db = recover(e);
    } catch (e2) {
      return disabled(`${path} is damaged and could not be replaced (${describeFailure(classifyError(e2), e2)})`);
    }
  }
  const store = new SqliteStore(db, path, { now, newId: opts.newId, notices, recover, journal, busyTimeoutMs: busyTimeout(opts) });
  replayJournal(store, journal, notice);
  return store;
}

/** Save the reviews kept while the store was unavailable, and say so. */
function replayJournal(store: SqliteStore, journal: Journal, notice: (m: string) => void): void {
  const kept = journal.read();
  if (!kept.files.length) return;
  try {
    const added = store.replay(kept.reviews);
    journal.clear(kept.files);
    if (!kept.reviews.length && !kept.bad) return; // every kept review was undone
    const bad = kept.bad ? ` (${kept.bad} damaged line${kept.bad === 1 ? '' : 's'} skipped)` : '';
    notice(`replayed ${added} review${added === 1 ? '' : 's'} saved while the store was unavailable${bad}`);
  } catch (e) {
    notice(`${kept.reviews.length} reviews kept while the store was unavailable are not saved yet (${messageOf(e)}); they stay in ${kept.files.join(', ')}`);
  }
}

/**
 * The progress file opened read-only. In a directory that cannot be written SQLite cannot make
 * the WAL index (-shm) it needs even to read, so the file (and its WAL) is copied to a private
 * temp directory and read there; cleanup removes the copy.
 */
function openReadOnly(Database: DatabaseClass, path: string): { db: Db; cleanup?: () => void } {
  const check = (db: Db) => {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== SCHEMA_VERSION) throw version > SCHEMA_VERSION ? new NewerSchemaError(version) : new Error(`schema ${version} needs an upgrade, which needs writing`);
  };
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      check(db);
      return { db };
    } catch (e) {
      db.close();
      throw e;
    }
  } catch (e) {
    if (e instanceof NewerSchemaError || classifyError(e) === 'corrupt') throw e;
  }
  const dir = mkdtempSync(join(tmpdir(), 'swelearn-readonly-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, STORE_FILE);
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      check(db);
    } catch (e) {
      db.close();
      throw e;
    }
    return { db, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** Open the store, loading better-sqlite3 only now (start-up never pays for it). */
export async function openStore(dataDir: string, opts: OpenOptions = {}): Promise<ProgressStore> {
  let Database: DatabaseClass;
  try {
    Database = (await import('better-sqlite3')).default;
  } catch (e) {
    return new NullStore(`progress is not being recorded this session: cannot load better-sqlite3 (${(e as Error).message})`);
  }
  return openStoreWith(Database, dataDir, opts);
}

// Open <dataDir>/progress.db: WAL mode, a busy timeout so that two sessions can share it, and
// forward migrations. A file that is not a readable SQLite database is moved aside and a fresh
// store starts; a directory that cannot be written gives a NullStore that says why.
import { existsSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
import { NullStore } from './null-store.ts';
import { SqliteStore } from './store.ts';
import { classifyError, describeFailure } from './sqlite-errors.ts';
import type { ProgressStore } from './types.ts';

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
}

class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`it was written by a newer swelearn (schema ${found}; this one knows up to ${SCHEMA_VERSION})`);
  }
}

function configure(db: Db, opts: OpenOptions): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.round(opts.busyTimeoutMs ?? 5000))}`);
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
  const disabled = (why: string) => {
    const reason = `progress is not being recorded this session: ${why}`;
    notice(reason);
    return new NullStore(reason, notices, now);
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
    if (kind !== 'corrupt') return disabled(`${describeFailure(kind, e)} at ${path}`);
    try {
      db = recover(e);
    } catch (e2) {
      return disabled(`${path} is damaged and could not be replaced (${describeFailure(classifyError(e2), e2)})`);
    }
  }
  return new SqliteStore(db, path, { now, newId: opts.newId, notices, recover });
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

/** What the session calls (src/app.ts): open the store and print its notices to the session's output. */
export async function openProgress(opts: {
  dataDir: string;
  output: NodeJS.WritableStream;
  style: { yellow(s: string): string };
}): Promise<ProgressStore> {
  return openStore(opts.dataDir, { warn: (m) => opts.output.write(`${opts.style.yellow(m)}\n`) });
}

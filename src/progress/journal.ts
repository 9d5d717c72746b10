// Reviews that could not be stored (read-only data directory, full disk, a store closed while a
// grade waited for another session) are appended here, one JSON line each, and replayed into the
// store the next time it opens. The journal lives in the data directory when that can be written,
// else in the system temp directory under a name tied to this user and this data directory.
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortHash } from '../util/hash.ts';
import { checkReview } from './export-format.ts';
import type { ReviewRecord } from './types.ts';

export const JOURNAL_FILE = 'unsaved-reviews.jsonl';
/** a journal bigger than this is not replayed (it cannot be ours) */
const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

export function journalPaths(dataDir: string, uid: number = process.getuid?.() ?? 0): string[] {
  return [join(dataDir, JOURNAL_FILE), join(tmpdir(), `swelearn-${uid}-${shortHash(dataDir)}-${JOURNAL_FILE}`)];
}

export class Journal {
  constructor(readonly paths: string[]) {}

  /** Append a review (synced to disk); returns the file it went to, or null when no place would take it. */
  append(r: ReviewRecord): string | null {
    return this.write(JSON.stringify({ v: 1, review: r }) + '\n');
  }

  /** Take back a kept review (the learner pressed undo): it is not replayed. */
  undo(id: string): boolean {
    return this.write(JSON.stringify({ v: 1, undo: id }) + '\n') !== null;
  }

  private write(line: string): string | null {
    for (const path of this.paths) {
      let fd: number | undefined;
      try {
        fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
        if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
        writeSync(fd, line);
        fsyncSync(fd);
        return path;
      } catch {
        // try the next place
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    }
    return null;
  }

  /** Every review kept in the journal files that exist, with the files they came from. Bad lines are skipped. */
  read(): { reviews: ReviewRecord[]; files: string[]; bad: number } {
    const reviews: ReviewRecord[] = [];
    const files: string[] = [];
    let bad = 0;
    const undone = new Set<string>();
    const uid = process.getuid?.();
    for (const path of this.paths) {
      if (!existsSync(path)) continue;
      let text: string;
      let fd: number | undefined;
      try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
        const st = fstatSync(fd);
        // the temp directory is shared: only a regular file of ours is replayed
        if (!st.isFile() || st.size > MAX_JOURNAL_BYTES || (uid !== undefined && st.uid !== uid)) continue;
        text = readFileSync(fd, 'utf8');
      } catch {
        continue;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
      files.push(path);
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as { review?: unknown; undo?: unknown };
          if (typeof entry.undo === 'string') {
            undone.add(entry.undo);
            continue;
          }
          const r = checkReview(entry.review, Date.now());
          if (typeof r === 'string') bad++;
          else reviews.push(r);
        } catch {
          bad++; // a line torn by a crash mid-append
        }
      }
    }
    return { reviews: reviews.filter((r) => !undone.has(r.id)), files, bad };
  }

  clear(files: string[]): void {
    for (const f of files) {
      try {
        unlinkSync(f);
      } catch {
        // already gone, or the directory is read-only: replaying twice adds nothing (same ids)
      }
    }
  }
}

// Transcripts on disk: `mocks/<date>-<kind>-<id>.md` under the data directory, written whole
// (a temp file renamed into place), never over another mock's file.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MOCKS_DIR = 'mocks';

/** Write a transcript; returns its path relative to the data directory. */
export function saveTranscript(dataDir: string, name: string, text: string): string {
  const dir = join(dataDir, MOCKS_DIR);
  mkdirSync(dir, { recursive: true });
  let file = name;
  for (let n = 2; existsSync(join(dir, file)); n++) file = name.replace(/\.md$/, `-${n}.md`);
  const tmp = join(dir, `.${file}.${process.pid}.tmp`);
  writeFileSync(tmp, text.endsWith('\n') ? text : text + '\n');
  renameSync(tmp, join(dir, file));
  return `${MOCKS_DIR}/${file}`;
}

/** A transcript's text, or null when it is gone. */
export function readTranscript(dataDir: string, file: string): string | null {
  try {
    return readFileSync(join(dataDir, file), 'utf8');
  } catch {
    return null;
  }
}

/** The transcripts in the folder, newest name first (for a store that keeps nothing). */
export function listTranscripts(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, MOCKS_DIR))
      .filter((f) => f.endsWith('.md') && !f.startsWith('.'))
      .sort()
      .reverse()
      .map((f) => `${MOCKS_DIR}/${f}`);
  } catch {
    return [];
  }
}

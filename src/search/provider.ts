// One search index per loaded corpus, opened on first use: from the build's snapshot when one
// is available (the built-in lessons), plus the lessons the snapshot lacks (--corpus folders);
// otherwise built from scratch. Building yields to the event loop, so it can run in the
// background while the prompt is up. This module is light: FlexSearch and the index code are
// imported only when an index is first opened, so start-up may call setSnapshotLoader().
import { readFile } from 'node:fs/promises';
import type { Corpus } from '../corpus/corpus.ts';
import { messageOf } from '../errors.ts';
import type { LessonIndex } from './lesson-index.ts';

/** Returns a snapshot made by LessonIndex.export() (parsed JSON), or null when there is none. */
export type SnapshotLoader = () => Promise<unknown>;

export interface IndexInfo {
  /** 'snapshot': imported (plus lessons it lacked); 'built': indexed from the lessons */
  source: 'snapshot' | 'built';
  lessons: number;
  ms: number;
  /** why a snapshot was not used, when one was offered */
  note?: string;
}

let loader: SnapshotLoader | null = null;
let cache = new WeakMap<Corpus, Promise<LessonIndex>>();
const infos = new WeakMap<Corpus, IndexInfo>();

/** Where the prebuilt index comes from. Resets the indexes opened so far. */
export function setSnapshotLoader(fn: SnapshotLoader | null): void {
  loader = fn;
  cache = new WeakMap();
}

/** A loader that reads a snapshot JSON file; a missing file means no snapshot. */
export function snapshotFile(path: string | URL): SnapshotLoader {
  return async () => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return JSON.parse(text) as unknown;
  };
}

/** The search index of `corpus`, opened once and shared. */
export function indexFor(corpus: Corpus): Promise<LessonIndex> {
  let p = cache.get(corpus);
  if (!p) {
    p = open(corpus);
    cache.set(corpus, p);
  }
  return p;
}

/** Start opening the index now (e.g. once the prompt is shown) without waiting for it. */
export function warmIndex(corpus: Corpus): void {
  indexFor(corpus).catch(() => {
    // the next indexFor() call reports the problem to the command that needs it
    cache.delete(corpus);
  });
}

/** How the index of `corpus` was opened, once it is open. */
export function indexInfo(corpus: Corpus): IndexInfo | undefined {
  return infos.get(corpus);
}

async function open(corpus: Corpus): Promise<LessonIndex> {
  const t0 = performance.now();
  const { LessonIndex } = await import('./lesson-index.ts');
  let note: string | undefined;
  if (loader) {
    try {
      const snapshot = await loader();
      if (snapshot) {
        const index = await LessonIndex.load(snapshot, corpus.lessons);
        infos.set(corpus, { source: 'snapshot', lessons: index.size, ms: performance.now() - t0 });
        return index;
      }
    } catch (e) {
      // a stale or unreadable snapshot is not an error: the index is rebuilt from the lessons
      note = messageOf(e);
    }
  }
  const index = await LessonIndex.buildAsync(corpus.lessons);
  infos.set(corpus, { source: 'built', lessons: index.size, ms: performance.now() - t0, ...(note ? { note } : {}) });
  return index;
}

// One search index per loaded corpus, opened on first use: from the build's snapshot when one
// is available (the built-in lessons), plus the lessons the snapshot lacks (--corpus folders);
// otherwise built from scratch. Building yields to the event loop, so it can run in the
// background while the prompt is up. This module is light: FlexSearch and the index code are
// imported only when an index is first opened, so start-up may call setSnapshotLoader().
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

/** Searching while the index is still being filled: how far it has got. */
export interface Indexing {
  done: number;
  total: number;
}

interface Opening {
  /** the index as soon as it exists (built-ins from the snapshot, then more added in slices) */
  early: Promise<LessonIndex>;
  /** the index once every lesson is in */
  ready: Promise<LessonIndex>;
  /** lessons still to add, while that goes on */
  total: number;
  done: boolean;
}

let loader: SnapshotLoader | null = null;
let cache = new WeakMap<Corpus, Opening>();
const infos = new WeakMap<Corpus, IndexInfo>();

/** Where the prebuilt index comes from. Resets the indexes opened so far. */
export function setSnapshotLoader(fn: SnapshotLoader | null): void {
  loader = fn;
  cache = new WeakMap();
}

/** the most work between yields to the event loop while an index opens (a keystroke waits at most this) */
const SLICE_MS = 8;

/** A loader that reads a snapshot file (snapshot-file.ts, or one JSON document); a missing file means no snapshot. */
export function snapshotFile(path: string | URL): SnapshotLoader {
  return async () => {
    let text: string;
    try {
      const { readFile } = await import('node:fs/promises');
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    const [{ parseSnapshotText }, { timeSlicer }] = await Promise.all([import('./snapshot-file.ts'), import('../util/time-slice.ts')]);
    return parseSnapshotText(text, timeSlicer(SLICE_MS));
  };
}

function opening(corpus: Corpus): Opening {
  let o = cache.get(corpus);
  if (!o) {
    o = open(corpus);
    cache.set(corpus, o);
    // a failure is reported to whoever awaits; the next call tries again
    o.ready.catch(() => cache.delete(corpus));
  }
  return o;
}

/** The search index of `corpus` with every lesson in it, opened once and shared. */
export function indexFor(corpus: Corpus): Promise<LessonIndex> {
  return opening(corpus).ready;
}

/**
 * The index to search now: complete if it gets there within `waitMs`, else as far as it has got
 * (the built-in lessons first, from the snapshot; the rest keep being added in the background).
 * `indexing` says how far that is, or is null when the index is complete.
 */
export async function searchableIndex(corpus: Corpus, waitMs = 500): Promise<{ index: LessonIndex; indexing: Indexing | null }> {
  const o = opening(corpus);
  if (!o.done) {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs);
      timer.unref?.();
    });
    await Promise.race([o.ready, waited]);
    clearTimeout(timer);
  }
  const index = await o.early;
  return { index, indexing: o.done ? null : { done: index.size, total: o.total } };
}

/** Start opening the index now (e.g. once the prompt is shown) without waiting for it. */
export function warmIndex(corpus: Corpus): void {
  opening(corpus).ready.catch(() => {
    // reported to the next command that needs the index
  });
}

/** How the index of `corpus` was opened, once it is complete. */
export function indexInfo(corpus: Corpus): IndexInfo | undefined {
  return infos.get(corpus);
}

function open(corpus: Corpus): Opening {
  const t0 = performance.now();
  const total = new Set(corpus.lessons.map((l) => l.id)).size;
  let markEarly!: (index: LessonIndex) => void;
  let failEarly!: (e: unknown) => void;
  const early = new Promise<LessonIndex>((resolve, reject) => {
    markEarly = resolve;
    failEarly = reject;
  });
  const o: Opening = { early, ready: early, total, done: false };
  o.ready = (async () => {
    const [{ LessonIndex }, { timeSlicer }] = await Promise.all([import('./lesson-index.ts'), import('../util/time-slice.ts')]);
    let note: string | undefined;
    let index: LessonIndex | null = null;
    if (loader) {
      try {
        const snapshot = await loader();
        if (snapshot) index = await LessonIndex.fromSnapshotAsync(snapshot, corpus.lessons, timeSlicer(SLICE_MS));
      } catch (e) {
        // a stale or unreadable snapshot is not an error: the index is built from the lessons
        note = messageOf(e);
      }
    }
    const source = index ? 'snapshot' : 'built';
    index ??= LessonIndex.empty();
    markEarly(index);
    await index.addAsync(index.missing(corpus.lessons), SLICE_MS);
    o.done = true;
    infos.set(corpus, { source, lessons: index.size, ms: performance.now() - t0, ...(note ? { note } : {}) });
    return index;
  })();
  o.ready.catch(failEarly);
  return o;
}

// Lesson search: the index (build, snapshot, query) and the per-corpus index the shell uses.
export {
  LessonIndex,
  buildSnapshot,
  lessonFingerprint,
  SNAPSHOT_VERSION,
  type Hit,
  type SearchOptions,
  type SearchResult,
  type Correction,
  type Snapshot,
} from './lesson-index.ts';
export { indexFor, warmIndex, indexInfo, setSnapshotLoader, snapshotFile, type SnapshotLoader, type IndexInfo } from './provider.ts';
export { snippetText, type Segment } from './snippet.ts';

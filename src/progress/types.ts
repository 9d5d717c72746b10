// What the rest of swelearn needs from the progress store. The store (store.ts) implements it;
// when the data directory cannot be written, a NullStore records nothing and says why.

export interface AttemptInput {
  exerciseId: string;
  lessonId: string;
  /** sha256 of the code that was checked */
  codeHash: string;
  passed: number;
  failed: number;
  durationMs: number;
  /** hints shown before this check (0 when none, or not known) */
  hints?: number;
  /** ms since epoch; defaults to now */
  at?: number;
}

export type ExerciseStatus = 'solved' | 'attempted';

/**
 * A card's FSRS scheduling state (ts-fsrs `Card`, with dates as ms since epoch so that it
 * survives JSON). state: 0 New, 1 Learning, 2 Review, 3 Relearning.
 */
export interface FsrsState {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review: number | null;
}

/** 1 Again, 2 Hard, 3 Good, 4 Easy */
export type Grade = 1 | 2 | 3 | 4;

export interface ReviewInput {
  /** stable unique id; made at review time when absent (export/import dedupe on it) */
  id?: string;
  cardId: string;
  lessonId: string;
  grade: Grade;
  /** ms since epoch; defaults to now */
  at?: number;
  /** time from question shown to grade */
  durationMs?: number;
  /** null for a new card */
  before: FsrsState | null;
  after: FsrsState;
  /**
   * A grade: the state after it, from the card's latest stored state. The store calls it inside
   * the write transaction, so that a review another session stored meanwhile is built upon, not
   * overwritten (before/after then become the stored state and this result).
   */
  recompute?: (latest: FsrsState | null, at: number) => FsrsState;
}

/** What recordReview did with a review. */
export interface ReviewSave {
  record: ReviewRecord;
  /** committed to the database */
  saved: boolean;
  /** not saved, but kept in this journal file to be saved the next time the store opens */
  journal: string | null;
  /** why it was not saved, when this review is the one that found out (told once) */
  error: string | null;
}

export interface ReviewOptions {
  /** called once when the grade has waited long for another session's write (the caller says so) */
  onWait?: () => void;
}

export interface ReviewRecord {
  id: string;
  cardId: string;
  lessonId: string;
  grade: Grade;
  at: number;
  durationMs: number | null;
  before: FsrsState | null;
  after: FsrsState;
}

/** The current state of a card that has been reviewed at least once. */
export interface CardRecord {
  cardId: string;
  lessonId: string;
  fsrs: FsrsState;
}

export interface LessonViewRecord {
  id: string;
  lessonId: string;
  at: number;
  durationMs: number | null;
}

export interface AttemptRecord extends Required<Omit<AttemptInput, 'hints'>> {
  id: string;
  /** hints seen before the check (absent in exports made before hints were recorded) */
  hints?: number;
}

export interface Settings {
  /** "YYYY-MM-DD" or null */
  interviewDate: string | null;
  /** desired retention, 0.7–0.99 (0.9 by default) */
  retention: number;
  /** the study plan's daily budget in minutes (absent: the planner's default) */
  minutesPerDay?: number | null;
  /** areas the study plan weighs double */
  focus?: string[] | null;
  /** areas the study plan leaves out */
  skip?: string[] | null;
}

export interface ReadStats {
  views: number;
  firstAt: number;
  lastAt: number;
  totalMs: number;
}

export interface ExerciseStats {
  attempts: number;
  solved: boolean;
  lastAt: number;
  /** whether the most recent attempt passed every check */
  lastPassed: boolean;
  /** time of the most recent failing attempt (0 if none) */
  lastFailedAt: number;
  /** the most hints seen at any attempt (a sitting's hints add up, so this is its total); 0 when none or not known */
  hints?: number;
}

export type MockKind = 'coding' | 'design' | 'behavioral';

/** One mock interview (.mock), as the store keeps it. */
export interface MockRecord {
  /** unique: the transcript's name without .md (`2026-12-03-design-url-shortener-174205`) */
  id: string;
  kind: MockKind;
  title: string;
  /** the lesson (design, behavioural) or the exercise ids (coding, comma-separated) */
  topic: string;
  startedAt: number;
  endedAt: number;
  plannedMs: number;
  usedMs: number;
  status: 'completed' | 'timeout' | 'abandoned';
  /** 0–100; null when abandoned */
  score: number | null;
  /** the transcript, relative to the data directory (null when it could not be written) */
  file: string | null;
}

/** Versioned JSON written by `swelearn export`. */
export interface ProgressExport {
  format: 'swelearn-progress';
  version: 1;
  exportedAt: string;
  settings: Partial<Settings>;
  lessonViews: LessonViewRecord[];
  reviews: ReviewRecord[];
  attempts: AttemptRecord[];
}

export interface ImportResult {
  reviews: { added: number; skipped: number };
  lessonViews: { added: number; skipped: number };
  attempts: { added: number; skipped: number };
  /** settings taken from the file (only those not set here) */
  settings: string[];
}

export interface ImportOptions {
  /** entries per transaction: a big import lets other sessions write between its chunks */
  chunk?: number;
}

export interface ProgressStore {
  /** why nothing is being recorded, or null when the store works */
  readonly disabledReason: string | null;
  /** a lesson was opened; returns a function to call when the reader moves on (records the time spent) */
  lessonOpened(lessonId: string, at?: number): () => void;
  recordAttempt(a: AttemptInput): void;
  /** solved = some attempt passed every check */
  exerciseStatus(): Map<string, ExerciseStatus>;
  close(): void;

  /** the database file, or null for a store that records nothing */
  readonly path: string | null;
  /** things the learner should be told once (e.g. a damaged file moved aside) */
  readonly notices: string[];
  /**
   * Record one review; when it resolves with saved = true the review is committed to disk. While
   * another session holds the write lock it waits, without limit (opts.onWait says when it is
   * long). A review that cannot be stored (disk full, read-only directory) is kept in a journal
   * and saved the next time the store opens; the store then records nothing more this session.
   */
  recordReview(r: ReviewInput, opts?: ReviewOptions): Promise<ReviewSave>;
  /** Delete a review and put its card back to the state before it. */
  undoReview(id: string): boolean;
  /** current state of every card reviewed at least once, by card id */
  cards(): Map<string, CardRecord>;
  settings(): Settings;
  setSettings(s: Partial<Settings>): void;
  /** reviews per local day for days in [fromDay, toDay] */
  reviewsPerDay(fromDay: number, toDay: number): Map<number, number>;
  /** local days since `fromDay` with any activity (a review, a lesson read, an attempt), ascending */
  activeDays(fromDay: number): number[];
  /** per lesson: how it was read */
  readStats(): Map<string, ReadStats>;
  /** per exercise: attempts and results */
  exerciseStats(): Map<string, ExerciseStats>;
  reviewCount(): number;
  /**
   * A token that changes whenever what the store holds may have changed: this session's writes
   * and other sessions' commits. Equal tokens mean reads would return the same data, so derived
   * views (the study snapshot behind list marks) can be kept between commands.
   */
  revision(): string;
  /** a mock interview ended (replaces one with the same id) */
  recordMock(m: MockRecord): void;
  /** every mock, oldest first */
  mocks(): MockRecord[];
  /** each mock's kind and start, oldest first: what the study plan needs (a light read for the start-up line) */
  mockHistory(): { kind: MockKind; at: number }[];
  exportData(now?: number): ProgressExport;
  /** Merge an export; commits in chunks so that other sessions can write meanwhile. */
  importData(data: ProgressExport, opts?: ImportOptions): Promise<ImportResult>;
}

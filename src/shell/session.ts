// The one session state every command shares: corpus, current lesson, last list, exercise.
import type { REPLServer } from 'node:repl';
import type { Corpus } from '../corpus/corpus.ts';
import type { Exercise, Lesson } from '../corpus/types.ts';
import type { Style } from '../render/style.ts';
import type { ProgressStore } from '../progress/types.ts';

export interface ActiveExercise {
  exercise: Exercise;
  /** learner code (TypeScript) entered since .practice, in order; each chunk also evaluated in the REPL */
  chunks: string[];
  hintsShown: number;
  /** true once every check passed in this session (or before) */
  solved: boolean;
  /** the learner asked to give up and confirmed */
  gaveUp: boolean;
}

export interface Session {
  /** resolves when the corpus (built-in + --corpus folders) is loaded */
  corpus(): Promise<Corpus>;
  style: Style;
  /** the data directory (progress, history, workspaces) */
  dataDir: string;
  /** true when a person is at a terminal (stdin and stdout are TTYs) */
  interactive: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** set once the REPL runs; one-shot commands have none */
  repl?: REPLServer;
  current: Lesson | null;
  /** the last numbered list shown (.find, .topics, …): `.topic 3` opens its third entry */
  lastList: Lesson[];
  exercise: ActiveExercise | null;
  /** the progress store, opened on first use */
  progress(): Promise<ProgressStore>;
  /**
   * Run TypeScript in the REPL's context, as if typed at the prompt (definitions persist).
   * While an exercise is active the code is also kept in exercise.chunks for .check.
   * Throws TranspileError on a syntax error; rethrows what the code throws.
   */
  evaluate(ts: string): Promise<unknown>;
  /** end the session: closes the progress store if it was opened */
  close(): Promise<void>;
  /** anything a command wants to keep for the session (keyed by command name) */
  scratch: Map<string, unknown>;
}

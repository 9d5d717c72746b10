// The one session state every command shares: corpus, current lesson, last list, exercise.
import type { REPLServer } from 'node:repl';
import type { Corpus } from '../corpus/corpus.ts';
import type { Exercise, Lesson } from '../corpus/types.ts';
import type { Style } from '../render/style.ts';
import type { ProgressStore } from '../progress/types.ts';

export interface ActiveExercise {
  exercise: Exercise;
  /**
   * The learner's code: the workspace file as the shell knows it, one definition per name (a
   * definition typed at the prompt replaces the earlier one). .check judges this.
   */
  code: string;
  /** the workspace file */
  path: string;
  /** the file's text when we last wrote or read it (a different text on disk was edited elsewhere) */
  saved: string | null;
  /** the lesson's code may run in the shell (built-in, or from a folder the learner trusts) */
  trusted: boolean;
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
   * Run TypeScript in the REPL's context, as if typed at the prompt (definitions persist), under
   * the same Ctrl-C and piped-mode time limit. While an exercise is active its definitions go into
   * the workspace (exercise.code), unless `record` is false (loading the workspace itself).
   * Throws TranspileError on a syntax error; rethrows what the code throws.
   */
  evaluate(ts: string, opts?: { record?: boolean }): Promise<unknown>;
  /** end the session: closes the progress store if it was opened */
  close(): Promise<void>;
  /** anything a command wants to keep for the session (keyed by command name) */
  scratch: Map<string, unknown>;
}

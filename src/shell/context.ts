// What every command runs against: ports to the outside world (corpus, search index, progress
// store, sandbox, clock, streams, env), passed in as ink passes its streams in, and the typed state
// the shell's commands share (current lesson, last list, exercise in progress). app.ts builds the
// real one; test/helpers/context.ts builds one for tests.
import type { REPLServer } from 'node:repl';
import type { Corpus } from '../corpus/corpus.ts';
import type { Lesson } from '../corpus/types.ts';
import type { Style } from '../render/style.ts';
import type { ProgressStore } from '../progress/types.ts';
import type { ActiveExercise } from '../practice/active-exercise.ts';
import type { ExerciseEntry } from '../practice/pick.ts';
import type { Sandbox } from '../practice/sandbox.ts';
import type { LineInput } from './line-input.ts';
import type { MockRun } from '../mock/run.ts';

export type { ActiveExercise };

export interface Streams {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  error: NodeJS.WritableStream;
}

export interface Clock {
  now(): number;
}

/** The state the shell's commands share for one session. */
export interface ShellState {
  /** the lesson being read */
  current: Lesson | null;
  /** the section of `current` shown last (-1: the whole lesson) */
  section: number;
  /** the last numbered list shown (.find, .topics, …): `.topic 3` opens its third entry */
  lastList: Lesson[];
  /** the sections .find matched, parallel to `found.list` (which is lastList when .find made it) */
  found: { list: Lesson[]; sections: string[] } | null;
  /** ends the reading time of the lesson being read */
  stopReading: (() => void) | null;
  /** the exercise in progress */
  exercise: ActiveExercise | null;
  /** the last numbered list shown by .exercises */
  exerciseList: ExerciseEntry[];
  /** lines of piped input, shared by the shell and commands that read answers */
  lines: LineInput | null;
  /** the mock interview in progress (.mock) */
  mock: MockRun | null;
}

export interface Context {
  /** resolves when the corpus (built-in + --corpus folders) is loaded */
  corpus(): Promise<Corpus>;
  /** the progress store, opened on first use */
  progress(): Promise<ProgressStore>;
  /** the session's sandbox for checks, started on first use */
  sandbox(): Promise<Sandbox>;
  clock: Clock;
  streams: Streams;
  env: NodeJS.ProcessEnv;
  style: Style;
  /** the data directory (progress, history, workspaces) */
  dataDir: string;
  /** true when a person is at a terminal (stdin and stdout are TTYs) */
  interactive: boolean;
  state: ShellState;
  /** set once the REPL runs; one-shot commands have none */
  repl?: REPLServer;
  /**
   * Run TypeScript in the REPL's context, as if typed at the prompt (definitions persist), under
   * the same Ctrl-C and piped-mode time limit. While an exercise is active its definitions go into
   * the workspace (exercise.code), unless `record` is false (loading the workspace itself).
   * Throws TranspileError on a syntax error; rethrows what the code throws.
   */
  evaluate(ts: string, opts?: { record?: boolean }): Promise<unknown>;
  /** end the session: releases the progress store, the sandbox and the lesson being read */
  close(): Promise<void>;
}

export function emptyState(): ShellState {
  return { current: null, section: -1, lastList: [], found: null, stopReading: null, exercise: null, exerciseList: [], lines: null, mock: null };
}

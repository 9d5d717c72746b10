// The exercise in progress: the learner's code as the shell knows it, and what happened so far.
import type { Exercise } from '../corpus/types.ts';

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

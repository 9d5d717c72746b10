// .exercises: every exercise, numbered and grouped by area, with solved / attempted / new marks.
import { wrap } from '../../render/style.ts';
import type { ExerciseRow } from '../../practice/pick.ts';
import { formatExerciseList } from './practice-text.ts';
import type { View } from './view.ts';

export interface ExercisesData {
  solved: number;
  attempted: number;
  /** exercises with checks (writing prompts are not counted) */
  total: number;
  exercises: ExerciseRow[];
  /** why progress is not recorded, when it is not */
  progressOff?: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    exercises: ExercisesData;
  }
}

export const exercisesView: View<'exercises'> = {
  render(d, s) {
    if (d.exercises.length === 0) return 'No exercises in this corpus yet.';
    const note = d.progressOff ? [wrap(s.yellow(`progress is not recorded: ${d.progressOff}`), s.width)] : [];
    return [formatExerciseList(d.exercises, d, s), ...note].join('\n');
  },
  json: (d) => ({ solved: d.solved, attempted: d.attempted, total: d.total, exercises: d.exercises }),
};

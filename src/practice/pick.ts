// Which exercise the learner means: by id, lesson id, list number or loose words, or the next
// unsolved one. Pure: corpus and progress in, exercises out.
import type { Corpus } from '../corpus/corpus.ts';
import { hasChecks, type Exercise, type Lesson } from '../corpus/types.ts';
import { slugify } from '../corpus/markdown-blocks.ts';
import type { ExerciseStatus } from '../progress/types.ts';

export interface ExerciseEntry {
  exercise: Exercise;
  lesson: Lesson;
}

export type ExercisePick = { kind: 'one'; entry: ExerciseEntry } | { kind: 'many'; entries: ExerciseEntry[] } | { kind: 'none' };

/** A writing prompt (behavioural lessons) has no checks: nothing to run. */
export function isWritingPrompt(ex: Exercise): boolean {
  return !hasChecks(ex);
}

/** Every exercise in corpus (study) order. */
export function allExercises(corpus: Corpus): ExerciseEntry[] {
  return corpus.lessons.flatMap((lesson) => lesson.exercises.map((exercise) => ({ exercise, lesson })));
}

const words = (s: string) => slugify(s).split('-').filter(Boolean);

function score(e: ExerciseEntry, query: string[]): number {
  const strong = new Set([...words(e.exercise.id), ...words(e.exercise.title)]);
  const weak = new Set([...words(e.lesson.id), ...words(e.lesson.title)]);
  let total = 0;
  for (const q of query) {
    if (strong.has(q)) total += 3;
    else if ([...strong].some((w) => w.startsWith(q))) total += 2;
    else if (weak.has(q) || [...weak].some((w) => w.startsWith(q))) total += 1;
    else return 0;
  }
  return total;
}

export function findExercise(
  corpus: Corpus,
  ref: string,
  opts: { status?: Map<string, ExerciseStatus>; lastList?: ExerciseEntry[] } = {},
): ExercisePick {
  const text = ref.trim();
  if (!text) return { kind: 'none' };
  const entries = allExercises(corpus);
  if (/^\d+$/.test(text) && opts.lastList) {
    const e = opts.lastList[Number(text) - 1];
    return e ? { kind: 'one', entry: e } : { kind: 'none' };
  }
  const id = slugify(text);
  const exact = entries.find((e) => e.exercise.id === id);
  if (exact) return { kind: 'one', entry: exact };
  const lesson = corpus.byId.get(id);
  if (lesson && lesson.exercises.length) {
    const own = entries.filter((e) => e.lesson.id === lesson.id);
    return { kind: 'one', entry: own.find((e) => opts.status?.get(e.exercise.id) !== 'solved') ?? own[0]! };
  }
  const q = words(text);
  if (q.length === 0) return { kind: 'none' };
  const scored = entries.map((e) => ({ e, s: score(e, q) })).filter((x) => x.s > 0);
  if (scored.length === 0) return { kind: 'none' };
  const best = Math.max(...scored.map((x) => x.s));
  const top = scored.filter((x) => x.s === best).map((x) => x.e);
  if (top.length === 1) return { kind: 'one', entry: top[0]! };
  // "backoff" names backoff-full-jitter, not every exercise that merely mentions backoff
  const prefixed = top.filter((e) => e.exercise.id.startsWith(id));
  if (prefixed.length === 1) return { kind: 'one', entry: prefixed[0]! };
  return { kind: 'many', entries: top };
}

/**
 * `.practice` with no argument: the current topic's first unsolved exercise, else the first
 * unsolved exercise with checks in corpus order. Null when everything is solved.
 */
export function nextExercise(corpus: Corpus, current: Lesson | null, status: Map<string, ExerciseStatus>): ExerciseEntry | null {
  const entries = allExercises(corpus);
  const unsolved = (e: ExerciseEntry) => status.get(e.exercise.id) !== 'solved';
  if (current) {
    const own = entries.find((e) => e.lesson.id === current.id && unsolved(e));
    if (own) return own;
  }
  return entries.find((e) => !isWritingPrompt(e.exercise) && unsolved(e)) ?? null;
}

export interface ExerciseCounts {
  solved: number;
  attempted: number;
  /** exercises with checks (writing prompts are not counted) */
  total: number;
}

export function countExercises(entries: ExerciseEntry[], status: Map<string, ExerciseStatus>): ExerciseCounts {
  const checked = entries.filter((e) => !isWritingPrompt(e.exercise));
  return {
    solved: checked.filter((e) => status.get(e.exercise.id) === 'solved').length,
    attempted: checked.filter((e) => status.get(e.exercise.id) === 'attempted').length,
    total: checked.length,
  };
}

export type ExerciseMark = ExerciseStatus | 'new' | 'prompt';

/** An exercise as plain data: what lists and headers show of it (and --json prints). */
export interface ExerciseSummary {
  id: string;
  title: string;
  /** its lesson's id */
  lesson: string;
  area: string;
  difficulty: string;
  /** checks: run by .check; writing: a prompt judged by the learner */
  kind: 'checks' | 'writing';
}

/** A row of the exercise list: the summary and the learner's status (a writing prompt is 'new'). */
export interface ExerciseRow extends ExerciseSummary {
  status: ExerciseStatus | 'new';
}

export function summaryOf(e: ExerciseEntry): ExerciseSummary {
  return {
    id: e.exercise.id,
    title: e.exercise.title,
    lesson: e.lesson.id,
    area: e.lesson.area,
    difficulty: e.lesson.difficulty,
    kind: isWritingPrompt(e.exercise) ? 'writing' : 'checks',
  };
}

export function rowOf(e: ExerciseEntry, status: Map<string, ExerciseStatus>): ExerciseRow {
  return { ...summaryOf(e), status: isWritingPrompt(e.exercise) ? 'new' : (status.get(e.exercise.id) ?? 'new') };
}

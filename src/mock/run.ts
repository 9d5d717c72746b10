// A mock in progress, as plain data with the functions that move it on: notes taken, checks run,
// hints used, the rubric marked, and the result. Pure (the clock's `now` comes in); the shell
// keeps the one running mock in its state and shows what these functions return.
import type { MockRubricItem } from '../corpus/types.ts';
import type { MockRecord } from '../progress/types.ts';
import { indexNotes, matchedTerms } from './match.ts';
import type { PickedExercise } from './pick.ts';
import type { MockKind } from './rubric.ts';
import { codingScore, rubricScore, type CodingRun, type Score } from './score.ts';
import { MockTimer, type StageBox } from './timer.ts';

export interface MockNote {
  elapsedMs: number;
  stage: string;
  text: string;
}

export interface MockCheckResult {
  name: string;
  ok: boolean;
  message?: string;
}

export interface MockCheck {
  elapsedMs: number;
  exerciseId: string;
  passed: number;
  failed: number;
  /** every check of the run; a `.check` during the mock shows only the visible ones */
  results: MockCheckResult[];
  /** how many of `results` were shown (the visible checks) */
  shown: number;
  /** why the run stopped early (time or memory limit), if it did */
  stopped?: string;
  /** the run at submit (the full checks) */
  final?: boolean;
}

export interface MockHint {
  elapsedMs: number;
  exerciseId: string;
  /** 1-based */
  n: number;
  text: string;
}

export interface RubricMark {
  item: MockRubricItem;
  /** the item's terms the notes mention */
  noted: string[];
  /** the learner's answer: covered or not (null until asked) */
  covered: boolean | null;
}

/** The wrong-solution proof at submit: did the checks reject every known-wrong solution? */
export interface Proof {
  exerciseId: string;
  wrong: number;
  /** reasons of wrong solutions the checks let through */
  accepted: string[];
}

export type EndReason = 'submitted' | 'timeout' | 'abandoned';

export interface MockRun {
  id: string;
  kind: MockKind;
  title: string;
  prompt: string;
  lessonId: string | null;
  exercises: PickedExercise[];
  /** index into exercises of the one being worked on */
  current: number;
  rubric: MockRubricItem[];
  rubricSource: 'mock' | 'key-points' | 'star';
  answer: string;
  timer: MockTimer;
  notes: MockNote[];
  checks: MockCheck[];
  hints: MockHint[];
  /** the code judged at submit, per exercise id */
  code: Record<string, string>;
  proofs: Proof[];
  marks: RubricMark[];
  /** running: the clock runs; review: the rubric is being confirmed; done: saved */
  phase: 'running' | 'review' | 'done';
  end: EndReason | null;
  score: Score | null;
}

export interface NewMock {
  kind: MockKind;
  title: string;
  prompt: string;
  lessonId: string | null;
  exercises?: PickedExercise[];
  rubric?: MockRubricItem[];
  rubricSource?: MockRun['rubricSource'];
  answer?: string;
  stages: StageBox[];
  now: number;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '') || 'mock';

const pad = (n: number) => String(n).padStart(2, '0');

/** "url-shortener-1742": the topic and the local time it started. */
export function mockId(topic: string, at: number): string {
  const d = new Date(at);
  return `${slug(topic)}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

export function startMock(m: NewMock): MockRun {
  const topic = m.lessonId ?? m.exercises?.map((e) => e.id).join('-') ?? m.title;
  return {
    id: mockId(m.exercises?.length ? m.exercises[0]!.id : topic, m.now),
    kind: m.kind,
    title: m.title,
    prompt: m.prompt,
    lessonId: m.lessonId,
    exercises: m.exercises ?? [],
    current: 0,
    rubric: m.rubric ?? [],
    rubricSource: m.rubricSource ?? 'mock',
    answer: m.answer ?? '',
    timer: new MockTimer(m.stages, m.now),
    notes: [],
    checks: [],
    hints: [],
    code: {},
    proofs: [],
    marks: [],
    phase: 'running',
    end: null,
    score: null,
  };
}

/** Notes are taken in design and behavioural mocks (a coding mock's answer is its code). */
export function takesNotes(run: MockRun): boolean {
  return run.kind !== 'coding' && run.phase === 'running';
}

export function addNote(run: MockRun, text: string, now: number): MockNote | null {
  const t = text.replace(/\s+$/, '');
  if (!t.trim()) return null;
  const note = { elapsedMs: run.timer.elapsed(now), stage: run.timer.stage.name, text: t };
  run.notes.push(note);
  return note;
}

/** The visible checks of a run of n: the first half, at least one (the rest run at submit). */
export function visibleCount(n: number): number {
  return n <= 1 ? n : Math.ceil(n / 2);
}

export function addCheck(run: MockRun, c: Omit<MockCheck, 'elapsedMs' | 'shown'> & { shown?: number }, now: number): MockCheck {
  const check: MockCheck = { ...c, elapsedMs: run.timer.elapsed(now), shown: c.shown ?? (c.final ? c.results.length : visibleCount(c.results.length)) };
  run.checks.push(check);
  return check;
}

export function addHint(run: MockRun, exerciseId: string, n: number, text: string, now: number): MockHint {
  const hint = { elapsedMs: run.timer.elapsed(now), exerciseId, n, text };
  run.hints.push(hint);
  return hint;
}

/** The rubric pre-marked from the notes: a point is marked when the notes mention one of its terms. */
export function premark(run: MockRun): RubricMark[] {
  const notes = indexNotes(run.notes.map((n) => n.text).join('\n'));
  run.marks = run.rubric.map((item) => ({ item, noted: matchedTerms(notes, item.terms), covered: null }));
  return run.marks;
}

/** The learner's answer for mark i; null (nobody to ask: a script at its end) keeps the pre-mark. */
export function confirmMark(run: MockRun, i: number, answer: boolean | null): void {
  const m = run.marks[i];
  if (m) m.covered = answer ?? m.noted.length > 0;
}

/** The full checks' last run of each exercise (at submit). */
export function finalRuns(run: MockRun): CodingRun[] {
  return run.exercises.map((e) => {
    const last = [...run.checks].reverse().find((c) => c.final && c.exerciseId === e.id);
    return { exerciseId: e.id, total: last?.results.length ?? 0, passed: last?.passed ?? 0 };
  });
}

/** Stop the clock and work out the score (the rubric must be confirmed first for design and behavioural). */
export function finish(run: MockRun, end: EndReason, now: number): Score | null {
  run.timer.stop(now);
  run.end = end;
  run.phase = 'done';
  if (end === 'abandoned') return (run.score = null);
  if (run.kind === 'coding') run.score = codingScore(finalRuns(run), run.timer.elapsed(now), run.timer.totalMs, run.hints.length);
  else run.score = rubricScore(run.marks.map((m) => ({ weight: m.item.weight, covered: m.covered ?? m.noted.length > 0 })));
  return run.score;
}

/** What the progress store keeps of a finished mock; `id` is unique (the transcript's name). */
export function resultOf(run: MockRun, endedAt: number, file: string | null, id = run.id): MockRecord {
  return {
    id,
    kind: run.kind,
    title: run.title,
    topic: run.kind === 'coding' ? run.exercises.map((e) => e.id).join(',') : (run.lessonId ?? ''),
    startedAt: run.timer.startedAt,
    endedAt,
    plannedMs: run.timer.totalMs,
    usedMs: Math.round(run.timer.elapsed(endedAt)),
    status: run.end === 'abandoned' ? 'abandoned' : run.end === 'timeout' ? 'timeout' : 'completed',
    score: run.score?.score ?? null,
    file,
  };
}

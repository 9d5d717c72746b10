// What a mock is about: the exercises of a coding mock (unsolved ones, a fair mix of difficulty,
// or the weak areas first) and the lesson of a design or behavioural mock. Pure: the corpus, the
// progress and a random source come in.
import type { Corpus } from '../corpus/corpus.ts';
import type { Difficulty, Lesson } from '../corpus/types.ts';
import { matchLesson } from '../corpus/lookup.ts';
import type { ExerciseStatus } from '../progress/types.ts';
import { NotFoundError, UsageError } from '../errors.ts';

export interface PickedExercise {
  id: string;
  lessonId: string;
  title: string;
  difficulty: Difficulty;
  area: string;
}

export interface CodingPickOptions {
  area?: string;
  difficulty?: Difficulty;
  /** how many exercises (1 or 2) */
  count: number;
  /** areas to prefer (the plan's weakest first), when no area is asked for */
  weakAreas?: string[];
  /** [0, 1) */
  random?: () => number;
}

const RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** The slots of a fair mix: one exercise medium, two an easier and a harder one. */
function slots(count: number): Difficulty[][] {
  if (count <= 1) return [['medium', 'easy', 'hard']];
  return [
    ['easy', 'medium', 'hard'],
    ['medium', 'hard', 'easy'],
  ];
}

export function pickExercises(corpus: Corpus, status: Map<string, ExerciseStatus>, opts: CodingPickOptions): PickedExercise[] {
  const random = opts.random ?? Math.random;
  const all: PickedExercise[] = [];
  for (const lesson of corpus.lessons) {
    if (opts.area && lesson.area !== opts.area) continue;
    if (opts.difficulty && lesson.difficulty !== opts.difficulty) continue;
    for (const ex of lesson.exercises) {
      if (!ex.checks.trim()) continue; // a writing prompt has nothing to check
      all.push({ id: ex.id, lessonId: lesson.id, title: ex.title, difficulty: lesson.difficulty, area: lesson.area });
    }
  }
  if (!all.length) {
    const what = [opts.area && `area ${opts.area}`, opts.difficulty && `difficulty ${opts.difficulty}`].filter(Boolean).join(' and ');
    throw new NotFoundError('.mock', `no exercise with checks${what ? ` in ${what}` : ''} (.exercises lists them)`);
  }
  // unsolved first; when every one is solved, the learner still gets a mock (of solved ones)
  const unsolved = all.filter((e) => status.get(e.id) !== 'solved');
  let pool = unsolved.length ? unsolved : all;
  const weak = !opts.area && opts.weakAreas?.length ? pool.filter((e) => opts.weakAreas!.includes(e.area)) : [];
  if (weak.length) pool = weak;
  // shuffle (Fisher-Yates) so that two mocks differ, then fill the slots in order of preference
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const chosen: PickedExercise[] = [];
  for (const prefs of slots(opts.count)) {
    const pick = prefs
      .map((d) => shuffled.find((e) => e.difficulty === d && !chosen.some((c) => c.id === e.id || c.lessonId === e.lessonId)))
      .find(Boolean);
    const any = pick ?? shuffled.find((e) => !chosen.some((c) => c.id === e.id));
    if (any) chosen.push(any);
  }
  return chosen.sort((a, b) => RANK[a.difficulty] - RANK[b.difficulty]);
}

export interface LessonPickOptions {
  /** lesson ids mocked before, most recent first: a new topic is preferred */
  recent?: string[];
  random?: () => number;
}

/**
 * The lesson of a design or behavioural mock: TOPIC (an id or words) among the area's lessons,
 * else one with a Mock section that was not mocked lately.
 */
export function pickLesson(corpus: Corpus, area: string, topic: string | undefined, opts: LessonPickOptions = {}): Lesson {
  const lessons = corpus.lessons.filter((l) => l.area === area);
  const kind = area === 'behavioral' ? 'behavioural' : 'system-design';
  if (!lessons.length) throw new NotFoundError('.mock', `no ${kind} lessons are loaded`);
  if (topic?.trim()) {
    const m = matchLesson(lessons, new Map(lessons.map((l) => [l.id, l])), topic, []);
    if (m.kind === 'one') return m.lesson;
    if (m.kind === 'many') throw new UsageError('.mock', `"${topic}" matches several ${kind} lessons: ${m.lessons.slice(0, 6).map((l) => l.id).join(', ')}${m.lessons.length > 6 ? ', …' : ''}`);
    throw new NotFoundError('.mock', `no ${kind} lesson matches "${topic}" (.topics --area ${area} lists them)`);
  }
  const random = opts.random ?? Math.random;
  const withMock = lessons.filter((l) => l.mock);
  const pool = withMock.length ? withMock : lessons;
  const recent = opts.recent ?? [];
  const fresh = pool.filter((l) => !recent.includes(l.id));
  const from = fresh.length ? fresh : [...pool].sort((a, b) => recent.indexOf(b.id) - recent.indexOf(a.id)).slice(0, Math.max(1, Math.ceil(pool.length / 2)));
  return from[Math.floor(random() * from.length)]!;
}

/**
 * The learner's weak areas for a coding mock: the areas with exercises, by the share of their
 * exercises solved, lowest first (the lower half of them).
 */
export function weakAreas(corpus: Corpus, status: Map<string, ExerciseStatus>): string[] {
  const share = new Map<string, { solved: number; total: number }>();
  for (const l of corpus.lessons) {
    for (const ex of l.exercises) {
      if (!ex.checks.trim()) continue;
      const a = share.get(l.area) ?? { solved: 0, total: 0 };
      a.total++;
      if (status.get(ex.id) === 'solved') a.solved++;
      share.set(l.area, a);
    }
  }
  const ranked = [...share.entries()].sort((x, y) => x[1].solved / x[1].total - y[1].solved / y[1].total);
  return ranked.slice(0, Math.max(1, Math.ceil(ranked.length / 2))).map(([area]) => area);
}

// Practice state that lives for a shell session: the warm sandbox, transpiled code, the active
// exercise and its workspace. The commands (.practice .check .hint .solution .edit) call these.
import { lazyRequire } from '../util/lazy-require.ts';
import type { Session } from '../shell/session.ts';
import type { Exercise, Lesson } from '../corpus/types.ts';
import type { ProgressStore } from '../progress/types.ts';
import { messageOf, UsageError } from '../errors.ts';
import { toScript, TranspileError } from './transpile.ts';
import type { Sandbox, SandboxReport } from './sandbox.ts';
import { allExercises, isWritingPrompt, type ExerciseEntry } from './pick.ts';
import { readWorkspace, workspacePath } from './workspace.ts';

interface PracticeState {
  sandbox: Promise<Sandbox> | null;
  /** the last numbered list shown by .exercises */
  lastList: ExerciseEntry[];
  /** how many of the active exercise's chunks the workspace file already holds */
  synced: number;
}

const KEY = 'practice';

export function practiceState(session: Session): PracticeState {
  let st = session.scratch.get(KEY) as PracticeState | undefined;
  if (!st) {
    st = { sandbox: null, lastList: [], synced: 0 };
    session.scratch.set(KEY, st);
  }
  return st;
}

/** The session's sandbox, loaded on first use (its child process starts at once, ahead of need). */
export function sandboxFor(session: Session): Promise<Sandbox> {
  const st = practiceState(session);
  st.sandbox ??= import('./sandbox.ts').then(({ Sandbox }) => new Sandbox());
  return st.sandbox;
}

/** toScript (memoized), with a compile error turned into a message naming what failed. */
export function transpileCached(ts: string, what: string): string {
  try {
    return toScript(ts);
  } catch (e) {
    const where = e instanceof TranspileError ? ` (line ${e.line}, column ${e.column})` : '';
    throw new UsageError('.check', `${what} does not compile${where}: ${messageOf(e)}`);
  }
}

export function entryFor(lessons: Map<string, Lesson>, ex: Exercise): ExerciseEntry {
  const lesson = lessons.get(ex.lessonId);
  if (!lesson) throw new UsageError('.practice', `exercise ${ex.id} belongs to lesson ${ex.lessonId}, which is not loaded`);
  return { exercise: ex, lesson };
}

/** The active exercise, or a UsageError naming the command. */
export function requireActive(session: Session, command: string) {
  if (!session.exercise) throw new UsageError(`.${command}`, 'no exercise in progress: .practice starts one (.exercises lists them)');
  return session.exercise;
}

export async function progressStore(session: Session): Promise<ProgressStore | null> {
  try {
    return await session.progress();
  } catch {
    return null; // progress is best-effort: practice goes on without it
  }
}

/**
 * Make `ex` the active exercise: put its starter in scope, then the saved workspace if there is
 * one. Returns lines to show about what was loaded (or what failed to load).
 */
export async function startExercise(session: Session, entry: ExerciseEntry, solvedBefore: boolean): Promise<string[]> {
  const ex = entry.exercise;
  const s = session.style;
  const notes: string[] = [];
  // the starter is evaluated with no exercise active, so it is not counted as learner code
  session.exercise = null;
  if (!isWritingPrompt(ex) && ex.starter.trim()) {
    try {
      await session.evaluate(ex.starter);
    } catch (e) {
      notes.push(s.yellow(`the starter did not load in the shell: ${messageOf(e)}`));
    }
  }
  session.exercise = { exercise: ex, chunks: [], hintsShown: 0, solved: solvedBefore, gaveUp: false };
  practiceState(session).synced = 0;
  void sandboxFor(session).then((sb) => sb.prepare(ex.memoryMb), () => {});
  if (!isWritingPrompt(ex)) {
    // warm the transpiler and keep the checks ready for .check
    try {
      transpileCached(ex.checks, 'the checks');
      transpileCached(ex.starter, 'the starter');
    } catch {
      // reported by .check
    }
  }
  const path = workspacePath(session.dataDir, ex);
  let saved: string | null = null;
  try {
    saved = readWorkspace(path);
  } catch (e) {
    notes.push(s.yellow(messageOf(e)));
  }
  if (saved !== null && saved.trim()) {
    if (isWritingPrompt(ex)) notes.push(s.dim(`your draft is saved in ${path} (.edit to continue)`));
    else notes.push(...(await loadWorkspaceCode(session, saved, path, 'loaded your saved work from')));
  }
  return notes;
}

/**
 * Evaluate workspace code in the shell. It stands for everything typed before it: the active
 * exercise's chunks become just this file, and later typing adds to it.
 */
export async function loadWorkspaceCode(session: Session, code: string, path: string, verb: string): Promise<string[]> {
  const s = session.style;
  const active = session.exercise;
  try {
    await session.evaluate(code);
  } catch (e) {
    return [s.red(`your workspace ${path} did not load: ${messageOf(e)}`), s.dim('fix it with .edit; .check runs the code that did load')];
  }
  if (active) {
    active.chunks = [code];
    practiceState(session).synced = 1;
  }
  const lines = code.replace(/\n$/, '').split('\n').length;
  return [s.dim(`${verb} ${path} (${lines} line${lines === 1 ? '' : 's'}) · .edit to change it`)];
}

export function codeHash(chunks: string[]): string {
  const { createHash } = lazyRequire('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(chunks.join('\n\u0000\n')).digest('hex');
}

export interface CheckOutcome {
  report: SandboxReport;
  ms: number;
  passed: number;
  failed: number;
}

/** Run the active exercise's checks on the starter and what the learner typed since. */
export async function runActiveChecks(session: Session, ex: Exercise, chunks: string[]): Promise<CheckOutcome> {
  const t0 = performance.now();
  const js = [transpileCached(ex.starter, 'the starter'), ...chunks.map((c, i) => transpileCached(c, `your code (part ${i + 1})`))];
  const checks = transpileCached(ex.checks, 'the checks');
  const sandbox = await sandboxFor(session);
  const report = await sandbox.run({ chunks: js, checks, timeoutMs: ex.timeoutMs, memoryMb: ex.memoryMb });
  const ms = performance.now() - t0;
  const passed = report.results.filter((r) => r.ok).length;
  const failed = report.results.length - passed + (report.results.length === 0 ? 1 : 0);
  return { report, ms, passed, failed };
}

/** Exercises of the corpus, with a lookup the commands share. */
export async function exerciseEntries(session: Session): Promise<ExerciseEntry[]> {
  return allExercises(await session.corpus());
}

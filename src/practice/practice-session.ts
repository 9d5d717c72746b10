// Practice state that lives for a shell session: the warm sandbox, transpiled code, the active
// exercise and its workspace. The commands (.practice .check .hint .solution .edit) call these
// through a PracticePort (what they need of the shell's Context), and get notes back as data.
import { lazyRequire } from '../util/lazy-require.ts';
import type { ActiveExercise } from './active-exercise.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { Exercise, Lesson } from '../corpus/types.ts';
import type { ProgressStore } from '../progress/types.ts';
import { messageOf, UsageError } from '../errors.ts';
import { prepareScripts, toScript, TranspileError } from './transpile.ts';
import type { Sandbox, SandboxReport } from './sandbox.ts';
import { isWritingPrompt, type ExerciseEntry } from './pick.ts';
import { readWorkspace, seedWorkspace, workspacePath, writeWorkspace } from './workspace.ts';
import { compactDefinitions, mergeDefinitions, prepareStatements, splitStatements } from './top-level.ts';

/** What practice needs of the session (the shell's Context is one). */
export interface PracticePort {
  corpus(): Promise<Corpus>;
  progress(): Promise<ProgressStore>;
  sandbox(): Promise<Sandbox>;
  /** the data directory: workspaces live under it */
  dataDir: string;
  /** run TypeScript in the shell (definitions persist); record false: not into the workspace */
  evaluate(ts: string, opts?: { record?: boolean }): Promise<unknown>;
  state: { exercise: ActiveExercise | null };
}

export type NoteTone = 'plain' | 'ok' | 'warn' | 'bad' | 'dim';

/** A line for the learner about what practice did (loaded, not saved…); the shell styles it by tone. */
export interface Note {
  text: string;
  tone: NoteTone;
}

const note = (text: string, tone: NoteTone): Note => ({ text, tone });

type Context = PracticePort;

/** The session's sandbox, started on first use (its child process starts at once, ahead of need). */
export function sandboxFor(ctx: Context): Promise<Sandbox> {
  return ctx.sandbox();
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
export function requireActive(ctx: Context, command: string) {
  if (!ctx.state.exercise) throw new UsageError(`.${command}`, 'no exercise in progress: .practice starts one (.exercises lists them)');
  return ctx.state.exercise;
}

export async function progressStore(ctx: Context): Promise<ProgressStore | null> {
  try {
    return await ctx.progress();
  } catch {
    return null; // progress is best-effort: practice goes on without it
  }
}

/** May this lesson's code run in the shell? (built-in, or from a folder trusted with `swelearn trust DIR`) */
export function isTrusted(lesson: Lesson): boolean {
  return lesson.trusted;
}

/** A workspace over this size is not loaded into the shell nor checked (a real solution is far smaller). */
export const WORKSPACE_MAX_LINES = 5000;
export const WORKSPACE_MAX_BYTES = 256 * 1024;

/** Why a workspace is too big to load, or null. */
export function workspaceTooBig(code: string, path: string): string | null {
  const lines = code.split('\n').length;
  const bytes = Buffer.byteLength(code);
  if (lines <= WORKSPACE_MAX_LINES && bytes <= WORKSPACE_MAX_BYTES) return null;
  return `your workspace ${path} has ${lines.toLocaleString('en-US')} lines (${Math.round(bytes / 1024).toLocaleString('en-US')} KB), over the limit of ${WORKSPACE_MAX_LINES.toLocaleString('en-US')} lines or ${WORKSPACE_MAX_BYTES / 1024} KB: it was not loaded. Trim it with .edit`;
}

/**
 * Make `ex` the active exercise: its workspace file (created from the starter the first time) is
 * loaded into the shell. Returns lines to show about what was loaded (or what failed to load).
 */
export async function startExercise(ctx: Context, entry: ExerciseEntry, solvedBefore: boolean): Promise<Note[]> {
  const ex = entry.exercise;
  const notes: Note[] = [];
  const trusted = isTrusted(entry.lesson);
  ctx.state.exercise = null;
  const path = workspacePath(ctx.dataDir, ex);
  let saved: string | null = null;
  try {
    saved = readWorkspace(path);
  } catch (e) {
    notes.push(note(messageOf(e), 'warn'));
  }
  const active = { exercise: ex, code: saved ?? '', path, saved, trusted, hintsShown: 0, solved: solvedBefore, gaveUp: false };
  if (isWritingPrompt(ex)) {
    ctx.state.exercise = active;
    if (saved !== null && saved.trim()) notes.push(note(`your draft is saved in ${path} (.edit to continue)`, 'dim'));
    return notes;
  }
  void sandboxFor(ctx).then((sb) => sb.prepare(ex.memoryMb), () => {});
  // transpile the checks for .check meanwhile (a compile error is kept for it to report)
  void prepareScripts(ex.checks);
  const fresh = saved === null || !saved.trim();
  if (fresh) {
    active.code = seedWorkspace(ex);
    saveWorkspace(active, notes);
  } else {
    const big = workspaceTooBig(active.code, path);
    if (big) {
      ctx.state.exercise = active;
      notes.push(note(big, 'bad'));
      return notes;
    }
    await prepareStatements(active.code);
    const compact = compactDefinitions(active.code);
    if (compact.duplicates.length) {
      active.code = compact.text;
      saveWorkspace(active, notes);
      notes.push(note(`your workspace held earlier attempts of ${compact.duplicates.join(', ')}: kept the last definition of each`, 'warn'));
    }
  }
  // the workspace runs now, and typing a definition splits it into statements: both transpiled
  // ahead, together (transpile.ts)
  await Promise.all([prepareScripts(active.code), prepareStatements(active.code)]);
  ctx.state.exercise = active;
  notes.push(...(await loadWorkspaceCode(ctx, active.code, path, fresh ? null : 'loaded your saved work from')));
  return notes;
}

/** Write the active exercise's code to its file; a failure is a note, and the session keeps the code. */
function saveWorkspace(active: ActiveExercise, notes?: Note[]): boolean {
  try {
    writeWorkspace(active.path, active.code);
    active.saved = active.code;
    return true;
  } catch (e) {
    notes?.push(note(`${messageOf(e)} (the shell keeps your code for this session)`, 'warn'));
    return false;
  }
}

/** The code without the statements that come unchanged from the starter. */
export function withoutStarter(code: string, starter: string): string {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const fromStarter = new Set(splitStatements(starter).map((st) => norm(st.text)));
  return splitStatements(code)
    .filter((st) => !fromStarter.has(norm(st.text)))
    .map((st) => st.text)
    .join('\n\n');
}

/**
 * Evaluate workspace code in the shell, under the same Ctrl-C and time limit as typed code. For a
 * lesson that is not trusted, what comes unchanged from its starter is not run here (only in the
 * sandbox, by .check). `verb` null: a fresh workspace (the starter), announced by .practice.
 */
export async function loadWorkspaceCode(ctx: Context, code: string, path: string, verb: string | null): Promise<Note[]> {
  const active = ctx.state.exercise;
  const notes: Note[] = [];
  await prepareStatements(code);
  let runnable = code;
  if (active && !active.trusted) {
    runnable = withoutStarter(code, active.exercise.starter);
    notes.push(note("this lesson's folder is not trusted: its starter is shown, not run in the shell (.check runs it in the sandbox; `swelearn trust DIR` trusts the folder)", 'warn'));
  }
  if (runnable.trim()) {
    try {
      await ctx.evaluate(runnable, { record: false });
    } catch (e) {
      const msg = e instanceof TranspileError ? `${e.message} (line ${e.line}, column ${e.column})` : messageOf(e);
      return [...notes, note(`your workspace ${path} did not load: ${msg}`, 'bad'), note('fix it with .edit; .check judges the file as it is', 'dim')];
    }
  }
  if (verb) {
    const lines = code.replace(/\n$/, '').split('\n').length;
    notes.push(note(`${verb} ${path} (${lines} line${lines === 1 ? '' : 's'}) · .edit to change it`, 'dim'));
  }
  return notes;
}

let saveWarned = false;

/**
 * Code typed at the prompt ran: its definitions go into the workspace, replacing earlier ones of
 * the same name, and the file is saved. Expressions and calls are not kept. Returns a notice for
 * the shell to print when the file could not be saved (once a process), else null.
 */
export function recordTyped(ctx: Context, code: string): Note | null {
  const active = ctx.state.exercise;
  if (!active || isWritingPrompt(active.exercise)) return null;
  const merged = mergeDefinitions(active.code, code);
  if (merged.text === active.code) return null;
  active.code = merged.text;
  const notes: Note[] = [];
  let notice: Note | null = null;
  if (!saveWorkspace(active, notes) && !saveWarned) {
    saveWarned = true;
    notice = notes[0] ?? null;
  }
  // transpile it now, after the prompt is back, so that .check finds it done (toScript's memo)
  const now = active.code;
  setImmediate(() => {
    if (ctx.state.exercise?.code !== now) return;
    void Promise.all([prepareScripts(now), prepareStatements(now, active.exercise.starter)]).then(() => {
      try {
        if (ctx.state.exercise?.code !== now) return;
        toScript(now);
        judgedSummary(now, active.exercise.starter);
      } catch {
        // .check reports it
      }
    });
  });
  return notice;
}

/**
 * What .check judges: the workspace as the session knows it, or the file if it was changed
 * outside the shell since (the file is the truth). A note says which.
 */
export function judgedCode(active: ActiveExercise): { code: string; note: string | null } {
  let disk: string | null = null;
  try {
    disk = readWorkspace(active.path);
  } catch {
    // unreadable: judge what the session has
  }
  if (disk !== null && disk !== active.saved && disk !== active.code) {
    active.code = disk;
    active.saved = disk;
    return { code: disk, note: `${active.path} changed outside the shell: judging the file (.edit loads it into the shell)` };
  }
  return { code: active.code, note: null };
}

/** "judging delayFor from your workspace, 12 lines": the starter's definitions as the workspace has them. */
export function judgedSummary(code: string, starter: string): string {
  const wanted = splitStatements(starter).flatMap((st) => st.names.filter((n) => n.space === 'value').map((n) => n.name));
  const stmts = splitStatements(code);
  const found: string[] = [];
  let lines = 0;
  for (const st of stmts) {
    const hit = st.names.filter((n) => n.space === 'value' && wanted.includes(n.name));
    if (!hit.length) continue;
    found.push(...hit.map((n) => n.name));
    lines += st.text.split('\n').length;
  }
  const missing = wanted.filter((n) => !found.includes(n));
  if (!found.length) {
    const total = code.trimEnd().split('\n').length;
    return wanted.length
      ? `your workspace defines no ${wanted.join(', ')}: judging the whole file, ${total} line${total === 1 ? '' : 's'}`
      : `judging your workspace, ${total} line${total === 1 ? '' : 's'}`;
  }
  const base = `judging ${[...new Set(found)].join(', ')} from your workspace, ${lines} line${lines === 1 ? '' : 's'}`;
  return missing.length ? `${base} (it defines no ${missing.join(', ')})` : base;
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

/** What judgedSummary and runActiveChecks will transpile, transpiled ahead through esbuild's service (transpile.ts). */
export async function prepareCheck(code: string, ex: Exercise): Promise<void> {
  await Promise.all([prepareScripts(code, ex.checks), prepareStatements(code, ex.starter)]);
}

/** Run the active exercise's checks on the learner's code (the workspace). */
export async function runActiveChecks(ctx: Context, ex: Exercise, code: string): Promise<CheckOutcome> {
  const t0 = performance.now();
  await prepareScripts(code, ex.checks);
  const js = [transpileCached(code, 'your workspace')];
  const checks = transpileCached(ex.checks, 'the checks');
  const sandbox = await sandboxFor(ctx);
  const report = await sandbox.run({ chunks: js, checks, timeoutMs: ex.timeoutMs, memoryMb: ex.memoryMb });
  const ms = performance.now() - t0;
  const passed = report.results.filter((r) => r.ok).length;
  const failed = report.results.length - passed + (report.results.length === 0 ? 1 : 0);
  return { report, ms, passed, failed };
}

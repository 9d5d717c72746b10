// The mock interview in a session: starting one, the clock's events, notes, the hooks .check
// .hint and .solution call during a coding mock, and the end (the full checks, or the rubric
// confirmed point by point), the transcript and the record. Every function returns an Outcome;
// the shell (mock-clock.ts, the effect runner) shows it. The mock's domain is in src/mock/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Context } from './context.ts';
import { data, many, message, nothing, type Outcome } from './outcome.ts';
import type { Exercise, Lesson } from '../corpus/types.ts';
import type { MockKind, MockRecord } from '../progress/types.ts';
import type { SandboxReport } from '../practice/sandbox.ts';
import { messageOf, NotFoundError, UsageError } from '../errors.ts';
import { addCheck, addHint, addNote, confirmMark, finish, premark, resultOf, startMock, takesNotes, visibleCount, type EndReason, type MockRun } from '../mock/run.ts';
import { DEFAULT_MINUTES, promptFor, rubricFor, STAGE_PROMPTS, stagesFor, strongAnswerFor } from '../mock/rubric.ts';
import { pickExercises, pickLesson, weakAreas } from '../mock/pick.ts';
import { clockText, elapsedText, type TimerEvent } from '../mock/timer.ts';
import { transcript, transcriptName, localDate } from '../mock/transcript.ts';
import { listTranscripts, MOCKS_DIR, readTranscript, saveTranscript } from '../mock/files.ts';
import { mockTrends } from '../mock/trend.ts';
import type { MockHistoryData, MockResultData, MockStartData } from './views/mock.ts';
import { wrap } from '../render/style.ts';

export interface StartOptions {
  /** total time in ms (from --minutes or --seconds) */
  totalMs?: number;
  area?: string;
  difficulty?: string;
  weak?: boolean;
}

const kindName = (k: MockKind) => (k === 'behavioral' ? 'behavioural' : k);

function requireNone(ctx: Context): void {
  const run = ctx.state.mock;
  if (run) throw new UsageError('.mock', `a ${kindName(run.kind)} mock is already running (${run.title}): .mock submit or .mock end first`);
}

function requireRun(ctx: Context, what: string, command = '.mock'): MockRun {
  const run = ctx.state.mock;
  if (!run) throw new UsageError(command, `no mock is running, so there is nothing to ${what} (.mock coding, .mock design or .mock behavioral starts one)`);
  return run;
}

function startData(run: MockRun, first: string): MockStartData {
  return {
    kind: run.kind,
    title: run.title,
    prompt: run.prompt,
    stages: run.timer.stages.map((st) => ({ name: st.name, box: clockText(st.ms) })),
    total: clockText(run.timer.totalMs),
    exercises: run.exercises.map((e) => ({ id: e.id, title: e.title, difficulty: e.difficulty })),
    rubric: run.kind === 'coding' ? 'checks' : run.rubricSource,
    first,
  };
}

const stagePrompt = (name: string) => STAGE_PROMPTS[name] ?? name;

async function statusMap(ctx: Context) {
  try {
    return (await ctx.progress()).exerciseStatus();
  } catch {
    return new Map();
  }
}

async function records(ctx: Context): Promise<MockRecord[]> {
  try {
    return (await ctx.progress()).mocks();
  } catch {
    return [];
  }
}

export async function startCoding(ctx: Context, opts: StartOptions): Promise<Outcome> {
  requireNone(ctx);
  const corpus = await ctx.corpus();
  const status = await statusMap(ctx);
  const totalMs = opts.totalMs ?? DEFAULT_MINUTES.coding * 60_000;
  if (opts.difficulty && !['easy', 'medium', 'hard'].includes(opts.difficulty)) throw new UsageError('.mock', `--difficulty is easy, medium or hard (not "${opts.difficulty}")`);
  if (opts.area && !corpus.lessons.some((l) => l.area === opts.area)) throw new NotFoundError('.mock', `no area "${opts.area}" (areas: ${[...new Set(corpus.lessons.map((l) => l.area))].join(', ')})`);
  const picked = pickExercises(corpus, status, {
    area: opts.area,
    difficulty: opts.difficulty as 'easy' | 'medium' | 'hard' | undefined,
    // two exercises for a full interview slot, one for a short one
    count: totalMs >= 30 * 60_000 ? 2 : 1,
    weakAreas: opts.weak ? weakAreas(corpus, status) : undefined,
  });
  const title = picked.map((e) => e.title).join(' + ');
  const prompt = `Solve ${picked.length === 1 ? 'this exercise' : `these ${picked.length} exercises`} in ${clockText(totalMs)}, as in a coding interview: ${picked.map((e) => e.id).join(', ')}. Only the visible checks run until you submit; the full checks decide the score.`;
  const run = startMock({ kind: 'coding', title, prompt, lessonId: null, exercises: picked, stages: stagesFor('coding', null, totalMs), now: ctx.clock.now() });
  ctx.state.mock = run;
  return many(data('mock-start', startData(run, stagePrompt('coding'))), { kind: 'run', line: `.practice ${picked[0]!.id}` });
}

export async function startTalk(ctx: Context, kind: 'design' | 'behavioral', topic: string | undefined, opts: StartOptions): Promise<Outcome> {
  requireNone(ctx);
  const corpus = await ctx.corpus();
  const area = kind === 'design' ? 'system-design' : 'behavioral';
  const recent = (await records(ctx))
    .filter((r) => r.kind === kind)
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((r) => r.topic);
  const lesson = pickLesson(corpus, area, topic, { recent });
  return begin(ctx, kind, lesson, opts);
}

function begin(ctx: Context, kind: 'design' | 'behavioral', lesson: Lesson, opts: StartOptions): Outcome {
  const rubric = rubricFor(lesson, kind);
  if (!rubric.items.length) throw new NotFoundError('.mock', `lesson ${lesson.id} has neither a Mock section nor Key Points to make a rubric from`);
  const run = startMock({
    kind,
    title: lesson.title,
    prompt: promptFor(lesson, kind),
    lessonId: lesson.id,
    rubric: rubric.items,
    rubricSource: rubric.source,
    answer: strongAnswerFor(lesson),
    stages: stagesFor(kind, lesson, opts.totalMs),
    now: ctx.clock.now(),
  });
  ctx.state.mock = run;
  return data('mock-start', startData(run, stagePrompt(run.timer.stage.name)));
}

export function status(ctx: Context): Outcome {
  const run = ctx.state.mock;
  if (!run) return message('No mock is running. .mock coding, .mock design [TOPIC] or .mock behavioral [TOPIC] starts one; .mock history lists past ones.', 'dim');
  const now = ctx.clock.now();
  const t = run.timer;
  return data('mock-status', {
    kind: run.kind,
    title: run.title,
    status: run.phase === 'review' ? 'review' : t.status === 'paused' ? 'paused' : 'running',
    stage: t.stage.name,
    stageIndex: t.stageIndex,
    stages: t.stages.length,
    left: clockText(t.remaining(now)),
    stageLeft: clockText(t.stageRemaining(now)),
    notes: run.notes.length,
    checks: run.checks.length,
    hints: run.hints.length,
    ...(run.kind === 'coding' ? { exercise: `${ctx.state.exercise?.exercise.id ?? run.exercises[run.current]!.id} (${run.current + 1}/${run.exercises.length})` } : {}),
  });
}

export function pause(ctx: Context): Outcome {
  const run = requireRun(ctx, 'pause');
  if (run.phase !== 'running' || !run.timer.pause(ctx.clock.now())) throw new UsageError('.mock', run.timer.status === 'paused' ? 'the mock is already paused (.mock resume goes on)' : 'the mock has ended');
  return message(`Mock paused with ${clockText(run.timer.remaining(ctx.clock.now()))} left. .mock resume goes on.`, 'warn');
}

export function resume(ctx: Context): Outcome {
  const run = requireRun(ctx, 'resume');
  if (!run.timer.resume(ctx.clock.now())) throw new UsageError('.mock', 'the mock is not paused');
  return message(`Resumed: ${clockText(run.timer.remaining(ctx.clock.now()))} left.`, 'ok');
}

/** `.mock next`: the next stage (design), or the next exercise (coding); after the last stage, the end. */
export async function next(ctx: Context): Promise<Outcome> {
  const run = requireRun(ctx, 'move on from');
  if (run.phase !== 'running') throw new UsageError('.mock', 'the mock is being scored');
  if (run.timer.status === 'paused') throw new UsageError('.mock', 'the mock is paused (.mock resume first)');
  if (run.kind === 'coding') {
    if (run.exercises.length < 2) throw new UsageError('.mock', 'this mock has one exercise (.mock submit ends it)');
    run.current = (run.current + 1) % run.exercises.length;
    return { kind: 'run', line: `.practice ${run.exercises[run.current]!.id}` };
  }
  const ev = run.timer.next(ctx.clock.now());
  if (!ev) return conclude(ctx, run, 'submitted', true);
  return eventsOutcome(ctx, run, [ev]);
}

/** `.say TEXT` and plain lines during a design or behavioural mock. */
export function say(ctx: Context, text: string): Outcome {
  const run = requireRun(ctx, 'take notes for', '.say');
  if (!takesNotes(run)) throw new UsageError('.say', run.kind === 'coding' ? 'a coding mock takes code, not notes' : 'the mock has ended');
  const first = run.notes.length === 0;
  if (!addNote(run, text, ctx.clock.now())) throw new UsageError('.say', 'nothing to note (.say TEXT)');
  return first ? message(`noted (your notes are matched against the rubric at the end; .mock shows the time left)`, 'dim') : nothing;
}

/**
 * `.mock edit`: the notes in $EDITOR (a file in mocks/, one note a line). When it closes, lines
 * kept keep their time; new lines are notes stamped now; deleted lines are dropped. The clock runs
 * meanwhile.
 */
export function editNotes(ctx: Context): Outcome {
  const run = requireRun(ctx, 'edit the notes of');
  if (!takesNotes(run)) throw new UsageError('.mock', run.kind === 'coding' ? 'a coding mock takes code: .edit opens the exercise' : 'the mock has ended');
  const dir = join(ctx.dataDir, MOCKS_DIR);
  const path = join(dir, `.notes-${run.id}.md`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, run.notes.map((n) => n.text.replace(/\n/g, ' ')).join('\n') + (run.notes.length ? '\n' : ''));
  return {
    kind: 'edit',
    path,
    resume(result) {
      let text = '';
      try {
        text = readFileSync(path, 'utf8');
        rmSync(path, { force: true });
      } catch {
        // the editor removed it: no notes changed
        return message('the notes file is gone: your notes are unchanged', 'warn');
      }
      if (result.status !== 0) return message(`the editor (${result.editor}) exited with status ${result.status}: your notes are unchanged`, 'warn');
      if (ctx.state.mock !== run || !takesNotes(run)) return message('the mock ended while you were editing: those notes were not added', 'warn');
      const now = ctx.clock.now();
      const old = [...run.notes];
      const kept: typeof run.notes = [];
      let added = 0;
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const i = old.findIndex((n) => n.text.replace(/\n/g, ' ') === line.trimEnd());
        if (i >= 0) kept.push(old.splice(i, 1)[0]!);
        else {
          kept.push({ elapsedMs: run.timer.elapsed(now), stage: run.timer.stage.name, text: line.trimEnd() });
          added++;
        }
      }
      run.notes = kept;
      return message(`${added} note${added === 1 ? '' : 's'} added${old.length ? `, ${old.length} removed` : ''} (${kept.length} in all)`, 'dim');
    },
  };
}

/** A plain line typed during a design or behavioural mock: a note. False when no such mock runs. */
export function takeNote(ctx: Context, line: string): Outcome | null {
  const run = ctx.state.mock;
  if (!run || !takesNotes(run)) return null;
  if (!line.trim()) return nothing;
  return say(ctx, line);
}

export async function submit(ctx: Context): Promise<Outcome> {
  const run = requireRun(ctx, 'submit');
  if (run.phase !== 'running') throw new UsageError('.mock', 'the mock is already being scored');
  return conclude(ctx, run, 'submitted', true);
}

export async function end(ctx: Context): Promise<Outcome> {
  const run = requireRun(ctx, 'end');
  return save(ctx, run, 'abandoned');
}

/** The exercise's code as the learner left it: the active exercise's, else its workspace file. */
async function codeOf(ctx: Context, ex: Exercise): Promise<string> {
  const active = ctx.state.exercise;
  const { judgedCode } = await import('../practice/practice-session.ts');
  if (active?.exercise.id === ex.id) return judgedCode(active).code;
  const { readWorkspace, workspacePath } = await import('../practice/workspace.ts');
  try {
    return readWorkspace(workspacePath(ctx.dataDir, ex)) ?? '';
  } catch {
    return '';
  }
}

/**
 * End a running mock: a coding one runs the full checks and the wrong-solution proof; a design
 * or behavioural one pre-marks the rubric from the notes and asks about each point (`ask`
 * false: keeps the pre-marks, for a time-out in a script, where nobody is asked).
 */
async function conclude(ctx: Context, run: MockRun, why: EndReason, ask: boolean): Promise<Outcome> {
  const now = ctx.clock.now();
  run.timer.stop(now);
  run.phase = 'review';
  if (run.kind === 'coding') {
    const corpus = await ctx.corpus();
    const { fullCheck } = await import('../mock/submit.ts');
    const sandbox = await ctx.sandbox();
    for (const picked of run.exercises) {
      const ex = corpus.byId.get(picked.lessonId)?.exercises.find((e) => e.id === picked.id);
      if (!ex) continue;
      const code = await codeOf(ctx, ex);
      run.code[ex.id] = code;
      try {
        const { check, proof } = await fullCheck(ex, code, sandbox);
        addCheck(run, check, now);
        if (proof) run.proofs.push(proof);
      } catch (e) {
        addCheck(run, { exerciseId: ex.id, passed: 0, failed: 0, results: [], final: true, stopped: messageOf(e) }, now);
      }
    }
    return save(ctx, run, why);
  }
  premark(run);
  const head = message(
    `${why === 'timeout' ? 'Time is up. ' : ''}The rubric: ${run.marks.length} points${ask ? ', each pre-marked from your notes. Confirm or correct each (y/n; Enter keeps the mark).' : ', marked from your notes.'}`,
    'plain',
  );
  if (!ask || !run.marks.length) {
    run.marks.forEach((_, i) => confirmMark(run, i, null));
    return many(head, await save(ctx, run, why));
  }
  return many(head, askMark(ctx, run, 0, why));
}

function askMark(ctx: Context, run: MockRun, i: number, why: EndReason): Outcome {
  const m = run.marks[i]!;
  const noted = m.noted.length ? `your notes mention ${m.noted.slice(0, 3).join(', ')}` : 'not in your notes';
  // wrapped to the width here: readline prints a question as it is
  const width = ctx.style.width;
  const question = `${wrap(`${i + 1}/${run.marks.length} [${m.item.stage} ×${m.item.weight}] ${m.item.point}`, width, '   ')}\n${wrap(`   ${noted} — covered? ${m.noted.length ? '[Y/n]' : '[y/N]'}`, width, '   ')} `;
  return {
    kind: 'ask',
    question,
    default: m.noted.length > 0,
    script: true,
    resume: async (answer) => {
      confirmMark(run, i, answer);
      if (i + 1 < run.marks.length) return askMark(ctx, run, i + 1, why);
      return save(ctx, run, why);
    },
  };
}

/** Score, write the transcript, record the result; the mock is over. */
async function save(ctx: Context, run: MockRun, why: EndReason): Promise<Outcome> {
  const now = ctx.clock.now();
  finish(run, why, now);
  ctx.state.mock = null;
  const warnings: string[] = [];
  let file: string | null = null;
  const name = transcriptName(run);
  try {
    file = saveTranscript(ctx.dataDir, name, transcript(run, now));
  } catch (e) {
    warnings.push(`the transcript was not saved: ${messageOf(e)}`);
  }
  const id = basename(file ?? name, '.md');
  const record = resultOf(run, now, file, id);
  try {
    const store = await ctx.progress();
    store.recordMock(record);
    if (store.disabledReason) warnings.push(`the result is not kept in your progress: ${store.disabledReason}`);
  } catch (e) {
    warnings.push(`the result is not kept in your progress: ${messageOf(e)}`);
  }
  const result: MockResultData = {
    id,
    kind: run.kind,
    title: run.title,
    status: record.status,
    score: record.score,
    parts: run.score?.parts ?? [],
    used: elapsedText(run.timer.elapsed(now)),
    planned: clockText(run.timer.totalMs),
    marks: run.marks.map((m) => ({ stage: m.item.stage, weight: m.item.weight, point: m.item.point, covered: Boolean(m.covered), noted: m.noted })),
    runs: run.checks.filter((c) => c.final).map((c) => ({ exerciseId: c.exerciseId, passed: c.passed, total: c.results.length, ...(c.stopped ? { stopped: c.stopped } : {}) })),
    proofs: run.proofs,
    hints: run.hints.length,
    answer: why === 'abandoned' ? '' : run.answer,
    file,
  };
  if (warnings.length) result.warning = warnings.join('; ');
  return data('mock-result', result);
}

/** The clock's events as what the learner sees; a time-out ends the mock. */
export async function eventsOutcome(ctx: Context, run: MockRun, events: TimerEvent[], opts: { ask?: boolean } = {}): Promise<Outcome> {
  const out: Outcome[] = [];
  for (const ev of events) {
    if (ev.kind === 'stage') out.push(message(`Stage ${ev.index + 1}/${run.timer.stages.length}: ${ev.to} (${clockText(run.timer.stage.ms)})`, 'ok', stagePrompt(ev.to)));
    else if (ev.kind === 'warn') out.push(message(`${ev.minutes} minute${ev.minutes === 1 ? '' : 's'} left in the mock`, 'warn'));
    else {
      if (run.kind === 'coding') out.push(message('Time is up: submitting (the full checks run now).', 'warn'));
      out.push(await conclude(ctx, run, 'timeout', opts.ask ?? true));
    }
  }
  return out.length === 1 ? out[0]! : many(...out);
}

/** One tick of the clock (the shell calls it every second while idle); null when nothing happened. */
export async function tick(ctx: Context, opts: { ask?: boolean } = {}): Promise<Outcome | null> {
  const run = ctx.state.mock;
  if (!run || run.phase !== 'running') return null;
  const events = run.timer.tick(ctx.clock.now());
  return events.length ? eventsOutcome(ctx, run, events, opts) : null;
}

/** .check during a coding mock: keep the run, and show only the visible checks. */
export function onCheck(ctx: Context, exerciseId: string, report: SandboxReport): { report: SandboxReport; note: string | null } {
  const run = ctx.state.mock;
  if (!run || run.kind !== 'coding' || run.phase !== 'running') return { report, note: null };
  const passed = report.results.filter((r) => r.ok).length;
  addCheck(run, { exerciseId, passed, failed: report.results.length - passed, results: report.results.map((r) => ({ name: r.name, ok: r.ok, ...(r.message ? { message: r.message } : {}) })), ...(report.stopped ? { stopped: report.stopped } : {}) }, ctx.clock.now());
  const shown = visibleCount(report.results.length);
  const hidden = report.results.length - shown;
  if (!hidden) return { report, note: null };
  return { report: { ...report, results: report.results.slice(0, shown) }, note: `mock: ${shown} visible check${shown === 1 ? '' : 's'} shown; ${hidden} more run when you submit` };
}

/** .hint during a coding mock: it is counted, and costs points. */
export function onHint(ctx: Context, exerciseId: string, n: number, text: string): string | null {
  const run = ctx.state.mock;
  if (!run || run.kind !== 'coding' || run.phase !== 'running') return null;
  addHint(run, exerciseId, n, text, ctx.clock.now());
  return `mock: this hint costs 5 points (${run.hints.length} used)`;
}

/** Why .solution is locked now, or null. */
export function solutionLocked(ctx: Context): string | null {
  const run = ctx.state.mock;
  if (!run || run.kind !== 'coding') return null;
  return 'the solution is locked during a coding mock (.mock submit ends it; .mock end abandons it)';
}

/** The session ends with a mock running (Ctrl-D, the end of a script): it is saved as abandoned. */
export async function abandonOnExit(ctx: Context): Promise<void> {
  const run = ctx.state.mock;
  if (!run) return;
  await save(ctx, run, 'abandoned').catch(() => {});
}

async function historyRows(ctx: Context): Promise<MockRecord[]> {
  const stored = await records(ctx);
  if (stored.length) return [...stored].sort((a, b) => b.startedAt - a.startedAt);
  // a store that keeps nothing: the transcripts on disk still list the mocks
  return listTranscripts(ctx.dataDir).map((file) => {
    const name = basename(file, '.md');
    const m = /^(\d{4}-\d{2}-\d{2})-(coding|design|behavioral)-(.*)$/.exec(name);
    return { id: name, kind: (m?.[2] ?? 'design') as MockKind, title: m?.[3] ?? name, topic: '', startedAt: m ? new Date(`${m[1]}T12:00:00`).getTime() : 0, endedAt: 0, plannedMs: 0, usedMs: 0, status: 'completed', score: null, file };
  });
}

export async function history(ctx: Context): Promise<Outcome> {
  const rows = await historyRows(ctx);
  const data_: MockHistoryData = {
    mocks: rows.map((r, i) => ({ n: i + 1, id: r.id, date: localDate(r.startedAt), kind: r.kind, title: r.title, status: r.status, score: r.score, used: elapsedText(r.usedMs), file: r.file })),
    trends: mockTrends(rows).map((t) => ({ kind: t.kind, count: t.count, scores: t.scores, change: t.change, average: t.average })),
  };
  return data('mock-history', data_, { page: true });
}

export async function showOne(ctx: Context, ref: string | undefined): Promise<Outcome> {
  if (!ref) throw new UsageError('.mock', 'show which mock? .mock show N (N from .mock history)');
  const rows = await historyRows(ctx);
  const row = /^\d+$/.test(ref) ? rows[Number(ref) - 1] : rows.find((r) => r.id === ref || r.id.endsWith(ref));
  if (!row) throw new NotFoundError('.mock', rows.length ? `no mock ${ref} (.mock history numbers them 1 to ${rows.length})` : 'no mocks yet');
  const text = row.file ? readTranscript(ctx.dataDir, row.file) : null;
  if (text === null) throw new NotFoundError('.mock', `the transcript of mock ${ref} is gone${row.file ? ` (${row.file})` : ''}`);
  return data('mock-transcript', { id: row.id, file: row.file!, markdown: text }, { page: true });
}

// Benchmarks for the progress slice, on the built-in corpus and a synthetic history of 100,000
// reviews over 2 years (made with the real scheduler, loaded through `import`):
//   - grade -> next card on screen, in the Ink view (fake TTY streams) and in line mode (≤ 16 ms)
//   - .progress, .next, .plan and .today (≤ 50 ms), warm, and the first call that also opens the store
//     (with an interview in 20 days, so that .plan, .today and .next make the day-by-day plan)
//   - a grade from another process while that history is imported (the import commits in chunks)
// Run: node --import tsx scripts/bench-progress.ts [--reviews N]
import { PassThrough, Writable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/sources.ts';
import { createStyle, stripAnsi } from '../src/render/style.ts';
import { exec, testContext } from '../test/helpers/context.ts';
import { openStore } from '../src/progress/open.ts';
import type { ProgressExport, ProgressStore, ReviewRecord, FsrsState, Grade } from '../src/progress/types.ts';
import { createScheduler } from '../src/drill/scheduler.ts';
import { planFrom } from '../src/drill/interview-plan.ts';
import { buildQueue } from '../src/drill/queue.ts';
import { DrillRun } from '../src/drill/drill-session.ts';
import { runLineDrill } from '../src/ui/line-drill.ts';
import { progress } from '../src/shell/commands/progress.ts';
import { next } from '../src/shell/commands/next.ts';
import { plan } from '../src/shell/commands/plan.ts';
import { today } from '../src/shell/commands/today.ts';
import { isoDay, dayOf } from '../src/progress/day.ts';

const DAY = 86_400_000;
const argv = process.argv.slice(2);

// the importing process of the contention measurement: import FILE into DIR, then exit
if (argv[0] === '--import-child') {
  const store = await openStore(argv[2]!);
  const data = JSON.parse(readFileSync(argv[1]!, 'utf8')) as ProgressExport;
  process.stdout.write('importing\n');
  const r = await store.importData(data);
  process.stdout.write(`imported ${r.reviews.added}\n`);
  store.close();
  process.exit(0);
}
const REVIEWS = Number(argv[argv.indexOf('--reviews') + 1]) || 100_000;

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(2)} ms · p95 ${q(0.95).toFixed(2)} ms · max ${s[s.length - 1]!.toFixed(2)} ms (n=${s.length})`;
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    x ^= x + Math.imul(x ^ (x >>> 7), 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- the synthetic history ------------------------------------------------------------
const corpus = await loadCorpus([]);
const cards = corpus.lessons.flatMap((l) => l.cards);
const exercises = [...corpus.exercises.values()].filter((e) => e.checks.trim());
console.log(`corpus: ${corpus.lessons.length} lessons, ${cards.length} cards, ${exercises.length} checked exercises`);

const now = Date.now();
const start = now - 730 * DAY;
const random = rng(42);
const scheduler = createScheduler({ retention: 0.9, fuzz: false });
const states = new Map<string, FsrsState>();
const reviews: ReviewRecord[] = [];
const t0 = performance.now();
for (let i = 0; i < REVIEWS; i++) {
  const at = start + Math.floor((i / REVIEWS) * 730 * DAY);
  const card = cards[Math.floor(random() * cards.length)]!;
  const before = states.get(card.id) ?? null;
  const r = random();
  const grade = (r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4) as Grade;
  const after = scheduler.next(before, at, grade);
  states.set(card.id, after);
  reviews.push({ id: `bench-${i}`, cardId: card.id, lessonId: card.lessonId, grade, at, durationMs: 4000, before, after });
}
const data: ProgressExport = {
  format: 'swelearn-progress',
  version: 1,
  exportedAt: new Date(now).toISOString(),
  settings: { retention: 0.9 },
  reviews,
  lessonViews: corpus.lessons.slice(0, Math.floor(corpus.lessons.length * 0.7)).map((l, i) => ({ id: `view-${i}`, lessonId: l.id, at: start + i * 5 * DAY, durationMs: 600_000 })),
  attempts: exercises.slice(0, Math.floor(exercises.length / 2)).map((e, i) => ({
    id: `att-${i}`,
    exerciseId: e.id,
    lessonId: e.lessonId,
    codeHash: 'h',
    passed: 3,
    failed: i % 3 === 0 ? 1 : 0,
    durationMs: 40,
    at: now - i * DAY,
  })),
};
console.log(`history: ${REVIEWS} reviews over 2 years made in ${(performance.now() - t0).toFixed(0)} ms`);

const dataDir = mkdtempSync(join(tmpdir(), 'swelearn-bench-'));
{
  const store = await openStore(dataDir);
  const t = performance.now();
  const r = await store.importData(data);
  console.log(`import: ${r.reviews.added} reviews in ${(performance.now() - t).toFixed(0)} ms`);
  store.close();
}

// ---- a grade while another process imports the whole history --------------------------------
{
  const dir = mkdtempSync(join(tmpdir(), 'swelearn-bench-contention-'));
  const file = join(dir, 'history.json');
  writeFileSync(file, JSON.stringify(data));
  const store = await openStore(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--import-child', file, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const started = new Promise<void>((resolve) => child.stdout.on('data', (d) => ((out += d), out.includes('importing') && resolve())));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await started;
  const t0 = performance.now();
  let done = false;
  void exited.then(() => (done = true));
  const waits: number[] = [];
  let unsaved = 0;
  const card = corpus.lessons[0]!.cards[0]!;
  const scheduler = createScheduler({ retention: 0.9 });
  while (!done) {
    const t = performance.now();
    const r = await store.recordReview({ cardId: card.id, lessonId: card.lessonId, grade: 3, before: null, after: scheduler.next(null, Date.now(), 3), recompute: (latest, at) => scheduler.next(latest, at, 3) });
    waits.push(performance.now() - t);
    if (!r.saved) unsaved++;
    await new Promise((res) => setTimeout(res, 20));
  }
  console.log(`import in another process: ${REVIEWS} reviews in ${(performance.now() - t0).toFixed(0)} ms; a grade meanwhile (every 20 ms) waited ${stats(waits)}; ${unsaved} not saved`);
  store.close();
  rmSync(dir, { recursive: true, force: true }); // the history file is big (~500 bytes a review)
}

// ---- .progress and .next ----------------------------------------------------------------
function session() {
  return testContext({ corpus, dataDir });
}

{
  // an interview date: .plan, .today and .next then compute the study plan
  const s = session();
  (await s.progress()).setSettings({ interviewDate: isoDay(dayOf(Date.now()) + 20), minutesPerDay: 60 });
  await s.close();
}
for (const [name, cmd] of [['.progress', progress], ['.next', next], ['.plan', plan], ['.today', today]] as const) {
  const s = session();
  let t = performance.now();
  await exec(cmd, '', s);
  const cold = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    t = performance.now();
    await exec(cmd, '', s);
    times.push(performance.now() - t);
  }
  console.log(`${name}: first call (opens the store, loads modules) ${cold.toFixed(1)} ms; warm ${stats(times)}`);
  await s.close();
}
{
  // the drills below measure the history as it was made, without the interview's cap
  const s = session();
  (await s.progress()).setSettings({ interviewDate: null, minutesPerDay: null });
  await s.close();
}

// ---- grade -> next card ------------------------------------------------------------------
async function drillRun(store: ProgressStore): Promise<DrillRun> {
  const plan = planFrom(store.settings(), Date.now());
  const { due, fresh } = buildQueue(cards, store.cards(), { now: Date.now(), plan, newLimit: 200 });
  return new DrillRun({ items: [...due, ...fresh], store, scheduler: createScheduler({ retention: 0.9 }), plan });
}

// line mode: from the grade line arriving to the next card's question printed
{
  const store = await openStore(dataDir);
  const run = await drillRun(store);
  const times: number[] = [];
  let gradedAt = 0;
  let awaiting = false;
  let step = 0;
  const io = {
    // answer lines and grade lines, as a script would pipe them
    read(): Promise<string | null> {
      if (times.length >= 200) return Promise.resolve(null);
      if (step++ % 2 === 0) return Promise.resolve('an answer');
      gradedAt = performance.now();
      awaiting = true;
      return Promise.resolve('3');
    },
    write(text: string) {
      if (awaiting && text.startsWith('Q:')) {
        times.push(performance.now() - gradedAt);
        awaiting = false;
      }
    },
  };
  await runLineDrill(run, io, createStyle({ color: false, width: 80 }));
  console.log(`grade -> next card, line mode: ${stats(times)}`);
  store.close();
}

// Ink: from the grade key written to the terminal to the frame with the next question
{
  const store = await openStore(dataDir);
  const run = await drillRun(store);
  const { render } = await import('ink');
  const React = await import('react');
  const { DrillApp } = await import('../src/ui/drill-app.tsx');
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin }) as unknown as NodeJS.ReadStream;
  let screen = '';
  let waiter: { test: (s: string) => boolean; resolve: () => void } | null = null;
  const stdout = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        screen += String(chunk);
        if (waiter && waiter.test(stripAnsi(screen))) {
          const w = waiter;
          waiter = null;
          w.resolve();
        }
        cb();
      },
    }),
    { isTTY: true, columns: 100, rows: 40 },
  ) as unknown as NodeJS.WriteStream;
  const waitFor = (test: (s: string) => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (test(stripAnsi(screen))) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out; screen:\n${screen.slice(-500)}`)), 5000);
      waiter = { test, resolve: () => (clearTimeout(timer), resolve()) };
    });
  const style = createStyle({ color: true, width: 100 });
  const app = render(React.createElement(DrillApp, { run, style, title: (id: string) => id, now: Date.now }), { stdin, stdout, exitOnCtrlC: false, patchConsole: false, maxFps: 120 });
  const times: number[] = [];
  // (a grade of the last card shows no next card: stop one before it)
  for (let i = 0; i < 100 && run.current && run.position.index < run.position.total; i++) {
    screen = '';
    stdin.write('some answer');
    await new Promise((r) => setTimeout(r, 5));
    stdin.write('\r');
    await waitFor((s) => s.includes('1 again'));
    // a person reads the answer before grading: let the render throttle settle
    await new Promise((r) => setTimeout(r, 30));
    const nextIndex = `[${run.position.index + 1}/`;
    screen = '';
    const t = performance.now();
    stdin.write('3');
    await waitFor((s) => s.includes(nextIndex) && s.includes('Q:'));
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 30));
  }
  app.unmount();
  console.log(`grade -> next card, Ink view: ${stats(times)}`);
  store.close();
}

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../../src/shell/commands/export.ts';
import { importCommand } from '../../src/shell/commands/import.ts';
import { plan } from '../../src/shell/commands/plan.ts';
import { next } from '../../src/shell/commands/next.ts';
import '../../src/shell/commands/index.ts'; // registers every command, as the shell does (.next go runs one)
import { progress } from '../../src/shell/commands/progress.ts';
import { NotFoundError, UsageError } from '../../src/errors.ts';
import { exitCode } from '../../src/shell/outcome.ts';
import { stripAnsi } from '../../src/render/style.ts';
import type { FsrsState } from '../../src/progress/types.ts';
import { tempDir, testSession } from './helpers.ts';
import { exec, outcome } from '../helpers/context.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 3, 9);
const st = (due: number): FsrsState => ({ due, stability: 2, difficulty: 5, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: due - 2 * DAY });
const isoIn = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function fails(run: () => unknown, re: RegExp): Promise<void> {
  try {
    await run();
  } catch (e) {
    assert.ok(e instanceof UsageError, `a UsageError, got ${(e as Error).message}`);
    assert.match((e as Error).message, re);
    return;
  }
  assert.unreachable(`should fail with ${re}`);
}

const commands = suite('.export and .import');

commands('.export FILE writes the JSON; .export alone returns it; .import FILE merges it', async () => {
  const from = testSession();
  const store = await from.progress();
  await store.recordReview({ cardId: 'caching:1', lessonId: 'caching', grade: 4, at: T0, before: null, after: st(T0 + DAY) });
  const printed = await exec(exportCommand, '', from);
  assert.is(JSON.parse(String(printed)).reviews.length, 1);
  const file = join(tempDir(), 'progress export.json');
  const msg = await exec(exportCommand, `"${file}"`, from);
  assert.match(String(msg), /Exported 1 reviews/);
  assert.is(JSON.parse(readFileSync(file, 'utf8')).format, 'swelearn-progress');

  const to = testSession();
  const out = await exec(importCommand, `"${file}"`, to);
  assert.match(String(out), /1 reviews/);
  assert.is((await to.progress()).reviewCount(), 1);
  const again = await exec(importCommand, `"${file}"`, to);
  assert.match(String(again), /0 reviews \(1 already here\)/);
  await from.close();
  await to.close();
});

commands('.import names the file and the problem for bad input', async () => {
  const s = testSession();
  const dir = tempDir();
  const notJson = join(dir, 'a.json');
  writeFileSync(notJson, '{ nope');
  const wrong = join(dir, 'b.json');
  writeFileSync(wrong, JSON.stringify({ format: 'swelearn-progress', version: 1, reviews: [{ id: 'r' }] }));
  const cases: [string, RegExp, typeof UsageError][] = [
    ['', /needs one file/, UsageError],
    [join(dir, 'missing.json'), /cannot read .*missing\.json: ENOENT/, NotFoundError],
    [dir, /is a directory, not a regular file/, UsageError],
    [notJson, /a\.json is not valid JSON/, UsageError],
  ];
  for (const [arg, re, kind] of cases) {
    try {
      await exec(importCommand, arg, s);
      assert.unreachable(`.import ${arg} should fail`);
    } catch (e) {
      assert.ok(e instanceof kind, `${arg}: a ${kind.name}, got ${(e as Error).message}`);
      assert.match((e as Error).message, re);
    }
  }
  // a bad entry: the rest is imported, the entry is listed, and the command counts as failed (exit 1)
  const o = await outcome(importCommand, wrong, s);
  assert.is(exitCode(o), 1);
  const report = await exec(importCommand, wrong, s);
  assert.match(report, /Imported from .*b\.json: 0 reviews/);
  assert.match(report, /Rejected 1 entry .*\n  reviews\[0\] \(id r\): cardId is missing/);
  await s.close();
});

const planCmd = suite('.plan');

planCmd('sets the interview date and retention, and shows the plan', async () => {
  const s = testSession({ width: 60 });
  const shown = stripAnsi(String(await exec(plan, '', s)));
  assert.match(shown, /no interview date set · retention 0\.9/);
  const set = stripAnsi(String(await exec(plan, `--interview ${isoIn(20)} --retention 0.92`, s)));
  assert.match(set, new RegExp(`Interview ${isoIn(20)} \\(in 20 days\\)`));
  const flat = set.replace(/\s+/g, ' ');
  assert.match(flat, /Retention 0\.93 today \(desired 0\.92, rising to 0\.95 on the day\)/);
  // the day-by-day plan replaced the reading pace ("about 0.3 a day") and the 7-day forecast
  assert.match(flat, /At 60 min a day, 4 of 4 unread lessons fit\./);
  assert.not.match(flat, /a day finishes them/);
  for (const line of set.split('\n')) assert.ok(line.length <= 60, `fits 60 columns: ${line}`);
  const store = await s.progress();
  assert.equal(store.settings(), { interviewDate: isoIn(20), retention: 0.92 });
  const json = JSON.parse(String(await exec(plan, '--json', s)));
  assert.is(json.daysLeft, 20);
  assert.is(json.retentionToday, 0.93);
  await exec(plan, '--interview none', s);
  assert.is(store.settings().interviewDate, null);
  await s.close();
});

planCmd('rejects bad dates and retentions with a clear message', async () => {
  const s = testSession();
  await fails(() => exec(plan, '--interview 2025-13-01', s), /--interview takes a date: YYYY-MM-DD, \+10d, \+2w or "in 2 weeks" \(got "2025-13-01"\)/);
  await fails(() => exec(plan, '--interview someday', s), /YYYY-MM-DD/);
  await fails(() => exec(plan, `--interview ${isoIn(-3)}`, s), /is in the past/);
  await fails(() => exec(plan, '--retention 0.5', s), /--retention is between 0\.7 and 0\.99/);
  await fails(() => exec(plan, '--retention lots', s), /--retention needs a number/);
  await fails(() => exec(plan, 'soon', s), /unexpected "soon"/);
  await s.close();
});

planCmd('detail help documents the exact rule', () => {
  assert.match(plan.detail, /30 days before the interview, then rises in a straight line to 0\.95/);
  assert.match(plan.detail, /final 7 days before it/);
});

const nextCmd = suite('.next');

nextCmd('gives one recommendation with the command; --json; go runs it', async () => {
  const s = testSession();
  const text = stripAnsi(String(await exec(next, '', s)));
  assert.match(text, /^start load balancing \(next in System design, easy\) — \.topic load-balancing\n\.next go runs it$/);
  assert.equal(JSON.parse(String(await exec(next, '--json', s))), { kind: 'start', command: '.topic load-balancing', reason: 'start load balancing (next in System design, easy)' });
  const went = stripAnsi(String(await exec(next, 'go', s)));
  assert.match(went, /^start load balancing .* — \.topic load-balancing\n/);
  assert.match(went, /load balancing in brief/, 'the lesson is shown');
  assert.is(s.state.current?.id, 'load-balancing', 'and becomes the current topic');
  await fails(() => exec(next, 'later', s), /unknown word "later"/);
  await s.close();
});

nextCmd('after reading, due cards are proposed as a drill', async () => {
  const s = testSession();
  const store = await s.progress();
  for (const l of ['load-balancing', 'caching', 'consistent-hashing', 'sharding']) store.lessonOpened(l, Date.now() - 10 * DAY)();
  const card = (await s.corpus()).byId.get('caching')!.cards[0]!;
  await store.recordReview({ cardId: card.id, lessonId: 'caching', grade: 3, at: Date.now() - 5 * DAY, before: null, after: st(Date.now() - DAY) });
  const lb = (await s.corpus()).byId.get('load-balancing')!.cards;
  for (const c of lb) await store.recordReview({ cardId: c.id, lessonId: 'load-balancing', grade: 3, at: Date.now() - 5 * DAY, before: null, after: st(Date.now() - DAY) });
  assert.match(stripAnsi(String(await exec(next, '', s))), /^3 cards due — \.drill/);
  await s.close();
});

const progressCmd = suite('.progress');

progressCmd('text at 60 columns and --json', async () => {
  const s = testSession({ width: 60 });
  const store = await s.progress();
  const card = (await s.corpus()).byId.get('caching')!.cards[0]!;
  await store.recordReview({ cardId: card.id, lessonId: 'caching', grade: 3, before: null, after: st(Date.now() + DAY) });
  const text = String(await exec(progress, '', s));
  assert.match(text, /streak 1 day · 1 reviews today/);
  for (const line of text.split('\n')) assert.ok(line.length <= 60, `fits: ${line}`);
  const json = JSON.parse(String(await exec(progress, '--json', s)));
  assert.is(json.reviewsToday, 1);
  assert.is(json.dueWeek, 1);
  assert.is(json.areas.length, 3);
  await s.close();
});

progressCmd('a store that records nothing says so', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'f'), '');
  const s = testSession({ dataDir: join(dir, 'f', 'data') });
  const text = String(await exec(progress, '', s));
  assert.match(text, /Not recording: progress is not being recorded this session: cannot create/);
  await s.close();
});

commands.run();
planCmd.run();
nextCmd.run();
progressCmd.run();

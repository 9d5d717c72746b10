import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { checkExport, validateExport, ExportFormatError } from '../../src/progress/export-format.ts';
import type { FsrsState, ProgressExport } from '../../src/progress/types.ts';
import { tempDir } from './helpers.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 3, 9);

const st = (due: number, reps = 1): FsrsState => ({
  due,
  stability: reps * 2,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 2,
  learning_steps: 0,
  reps,
  lapses: 0,
  state: 2,
  last_review: due - 2 * DAY,
});

async function storeWith(reviews: { card: string; at: number; reps: number }[]) {
  const s = openStoreWith(Database, tempDir());
  for (const r of reviews) await s.recordReview({ cardId: r.card, lessonId: 'l', grade: 3, at: r.at, before: null, after: st(r.at + 2 * DAY, r.reps) });
  return s;
}

const format = suite('export format');

format('validateExport accepts an export and names the first bad entry', async () => {
  const s = await storeWith([{ card: 'a', at: T0, reps: 1 }]);
  s.lessonOpened('l', T0)();
  s.recordAttempt({ exerciseId: 'e', lessonId: 'l', codeHash: 'h', passed: 1, failed: 0, durationMs: 5, at: T0 });
  const data = JSON.parse(JSON.stringify(s.exportData(T0))) as ProgressExport;
  assert.equal(validateExport(data), data);
  assert.is(data.format, 'swelearn-progress');
  assert.is(data.version, 1);
  const bad = (mutate: (d: Record<string, unknown>) => void, message: RegExp) => {
    const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    mutate(copy);
    assert.throws(() => validateExport(copy), (e: Error) => e instanceof ExportFormatError && message.test(e.message));
  };
  bad((d) => (d.format = 'anki'), /not a swelearn progress export/);
  bad((d) => (d.version = 2), /version 2 is not supported .*update swelearn/);
  bad((d) => ((d.reviews as Record<string, unknown>[])[0]!.grade = 7), /reviews\[0\]\.grade must be 1–4/);
  bad((d) => ((d.reviews as { after: Record<string, unknown> }[])[0]!.after.stability = 'x'), /reviews\[0\]\.after: stability is not a number/);
  bad((d) => (d.reviews = {}), /"reviews" is not a list/);
  bad((d) => ((d.attempts as Record<string, unknown>[])[0]!.passed = null), /attempts\[0\]\.passed/);
  assert.throws(() => validateExport([]), /expected a JSON object/);
  s.close();
});

format('checkExport keeps the good entries and names every impossible one with the reason', async () => {
  const s = await storeWith([
    { card: 'a', at: T0, reps: 1 },
    { card: 'b', at: T0 + DAY, reps: 2 },
  ]);
  const data = JSON.parse(JSON.stringify(s.exportData(T0))) as ProgressExport & Record<string, unknown>;
  const good = data.reviews[0]!;
  const review = (id: string, patch: (r: Record<string, unknown>) => void) => {
    const r = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    r.id = id;
    patch(r);
    return r;
  };
  (data.reviews as unknown[]).push(
    review('neg-stability', (r) => ((r.after as FsrsState).stability = -5)),
    review('far-future', (r) => (r.at = 8.64e15)),
    review('before-2000', (r) => (r.at = Date.UTC(1999, 11, 31))),
    review('difficulty', (r) => ((r.after as FsrsState).difficulty = 11)),
    review('before-state', (r) => (r.before = { ...(r.after as FsrsState), reps: 1.5 })),
    review('nan', (r) => ((r.after as Record<string, unknown>).due = 'soon')),
    review('grade', (r) => (r.grade = 0)),
  );
  data.settings = { interviewDate: '9999-99-99', retention: 2 };
  (data as Record<string, unknown>).lessonViews = [{ id: 'v', lessonId: 'l', at: T0, durationMs: -1 }];
  const { data: kept, rejected } = checkExport(data, T0 + DAY);
  assert.equal(
    kept.reviews.map((r) => r.id),
    data.reviews.slice(0, 2).map((r) => r.id),
    'the two real reviews are kept',
  );
  const why = new Map(rejected.map((r) => [r.id ?? r.where, r.reason]));
  assert.match(why.get('neg-stability')!, /after: stability -5 is not in \[0\.001, 36500\]/);
  assert.match(why.get('far-future')!, /at 8640000000000000 \(\+275760-09-13T00:00:00\.000Z\) is in the future/);
  assert.match(why.get('before-2000')!, /before 2000-01-01/);
  assert.match(why.get('difficulty')!, /difficulty 11 is not in \[1, 10\]/);
  assert.match(why.get('before-state')!, /before: reps 1\.5 is not a count/);
  assert.match(why.get('nan')!, /after: due is not a number/);
  assert.match(why.get('grade')!, /grade must be 1–4/);
  assert.match(why.get('settings.interviewDate')!, /"9999-99-99" is not a real date/);
  assert.match(why.get('settings.retention')!, /2 is not in \[0\.7, 0\.99\]/);
  assert.match(why.get('v')!, /durationMs -1 is not a duration/);
  assert.is(rejected.length, 10);
  assert.equal(kept.settings, {});
  assert.equal(kept.lessonViews, []);
  s.close();
});

format('a new card state (stability and difficulty 0) is accepted; a real date too', () => {
  const fresh = { due: T0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: null };
  const r = { id: 'r', cardId: 'c', lessonId: 'l', grade: 3, at: T0, durationMs: 5, before: fresh, after: st(T0 + DAY) };
  const { data, rejected } = checkExport({ format: 'swelearn-progress', version: 1, reviews: [r], settings: { interviewDate: '2028-02-29' } }, T0);
  assert.equal(rejected, []);
  assert.is(data.reviews.length, 1);
  assert.is(data.settings.interviewDate, '2028-02-29');
  assert.is(checkExport({ format: 'swelearn-progress', version: 1, settings: { interviewDate: '2027-02-29' } }, T0).rejected.length, 1, '2027 is not a leap year');
});

const merge = suite('export and import');

merge('a round trip copies everything, and importing twice adds nothing', async () => {
  const a = await storeWith([
    { card: 'x', at: T0, reps: 1 },
    { card: 'x', at: T0 + DAY, reps: 2 },
    { card: 'y', at: T0, reps: 1 },
  ]);
  a.setSettings({ interviewDate: '2031-01-01', retention: 0.92 });
  a.lessonOpened('l', T0)();
  const b = openStoreWith(Database, tempDir());
  assert.equal(b.exportData().settings, {}, 'defaults are not exported as if chosen');
  const r1 = await b.importData(validateExport(JSON.parse(JSON.stringify(a.exportData()))));
  assert.equal(r1.reviews, { added: 3, skipped: 0 });
  assert.equal(r1.lessonViews, { added: 1, skipped: 0 });
  assert.equal(r1.settings.sort(), ['interviewDate', 'retention']);
  assert.equal(b.cards(), a.cards());
  assert.equal(b.settings(), a.settings());
  const r2 = await b.importData(a.exportData());
  assert.equal(r2.reviews, { added: 0, skipped: 3 });
  assert.is(b.reviewCount(), 3);
  a.close();
  b.close();
});

merge('merging two machines keeps every review once; each card follows its latest review', async () => {
  const home = await storeWith([
    { card: 'x', at: T0, reps: 1 },
    { card: 'y', at: T0 + 5 * DAY, reps: 4 },
  ]);
  const work = await storeWith([
    { card: 'x', at: T0 + 3 * DAY, reps: 3 },
    { card: 'y', at: T0 + DAY, reps: 2 },
    { card: 'z', at: T0, reps: 1 },
  ]);
  home.setSettings({ retention: 0.85 });
  work.setSettings({ retention: 0.95 });
  const r = await home.importData(work.exportData());
  assert.equal(r.reviews, { added: 3, skipped: 0 });
  assert.equal(r.settings, [], 'settings already set here are kept');
  assert.is(home.settings().retention, 0.85);
  assert.is(home.reviewCount(), 5);
  const cards = home.cards();
  assert.is(cards.get('x')!.fsrs.reps, 3, 'x: the later review came from work');
  assert.is(cards.get('y')!.fsrs.reps, 4, 'y: the later review was already here');
  assert.is(cards.get('z')!.fsrs.reps, 1);
  home.close();
  work.close();
});

format.run();
merge.run();

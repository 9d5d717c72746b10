import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { validateExport, ExportFormatError } from '../../src/progress/export-format.ts';
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

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { progressData, streak } from '../../src/study/progress-report.ts';
import { bar, heatmap, renderProgress, shade } from '../../src/shell/views/progress.ts';
import { takeStudySnapshot } from '../../src/study/mastery.ts';
import { dayOf, weekday } from '../../src/progress/day.ts';
import { createStyle, stripAnsi, visibleWidth } from '../../src/render/style.ts';
import type { FsrsState } from '../../src/progress/types.ts';
import { miniCorpus, tempDir } from '../progress/helpers.ts';

const DAY = 86_400_000;
const NOW = new Date(2025, 6, 16, 15).getTime(); // a Wednesday afternoon
const plain60 = createStyle({ color: false, width: 60 });
const colour60 = createStyle({ color: true, width: 60 });
const st = (due: number, lastReview: number): FsrsState => ({ due, stability: 5, difficulty: 5, elapsed_days: 0, scheduled_days: 5, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: lastReview });

async function filledStore() {
  const corpus = miniCorpus();
  const store = openStoreWith(Database, tempDir(), { now: () => NOW });
  const [c1, c2] = corpus.byId.get('load-balancing')!.cards;
  const c3 = corpus.byId.get('caching')!.cards[0]!;
  // active on the last 4 days (today included), a gap, then older activity
  for (const d of [0, 1, 2, 3, 6, 7, 30]) {
    for (let i = 0; i <= d % 4; i++) await store.recordReview({ cardId: c1!.id, lessonId: 'load-balancing', grade: 3, at: NOW - d * DAY - i * 1000, before: null, after: st(NOW - DAY, NOW - d * DAY) });
  }
  await store.recordReview({ cardId: c2!.id, lessonId: 'load-balancing', grade: 3, at: NOW - 40 * DAY, before: null, after: st(NOW + 3 * DAY, NOW - 40 * DAY) });
  await store.recordReview({ cardId: c3.id, lessonId: 'caching', grade: 3, at: NOW - 50 * DAY, before: null, after: st(NOW + 30 * DAY, NOW - 50 * DAY) });
  store.lessonOpened('load-balancing', NOW - 3 * DAY)();
  store.recordAttempt({ exerciseId: 'lru-cache', lessonId: 'caching', codeHash: 'h', passed: 1, failed: 0, durationMs: 9, at: NOW - 2 * DAY });
  store.recordAttempt({ exerciseId: 'hash-ring', lessonId: 'consistent-hashing', codeHash: 'h', passed: 0, failed: 2, durationMs: 9, at: NOW - 2 * DAY });
  return { corpus, store };
}

const rep = suite('.progress report');

rep('streak counts consecutive days ending today, or yesterday before today has any', async () => {
  assert.is(streak([10, 11, 12], 12), 3);
  assert.is(streak([10, 11], 12), 2, 'today not studied yet: the streak holds');
  assert.is(streak([9, 11, 12], 12), 2);
  assert.is(streak([], 12), 0);
  assert.is(streak([5, 6], 12), 0);
});

rep('bars and shades', async () => {
  assert.is(bar(0.5, 10), '█████░░░░░');
  assert.is(bar(1.4, 4), '████');
  assert.is(bar(-1, 3), '░░░');
  assert.is(shade(0, 10), 0);
  assert.is(shade(1, 10), 1);
  assert.is(shade(10, 10), 4);
  assert.is(shade(6, 10), 3);
});

rep('progress data: due today and this week, streak, exercises, mastery by area', async () => {
  const { corpus, store } = await filledStore();
  const d = progressData(corpus, store, takeStudySnapshot(store, NOW));
  assert.is(d.streak, 4);
  assert.is(d.dueToday, 1, 'one card is overdue');
  assert.is(d.dueWeek, 2, 'and one more in 3 days');
  assert.is(d.newCards, 2, 'consistent hashing and sharding');
  assert.equal(d.exercises, { solved: 1, attempted: 1, total: 2 });
  assert.equal(d.areas.map((a) => a.area), ['system-design', 'distributed-systems', 'databases']);
  assert.is(d.areas[0]!.read, 1);
  assert.ok(d.areas[0]!.mastery > d.areas[2]!.mastery);
  assert.is(d.reviewsToday, 1);
  assert.is(weekday(d.heatmapStart), 0, 'the heatmap starts on a Monday');
  assert.is(dayOf(NOW) - d.heatmapStart, 11 * 7 + weekday(dayOf(NOW)));
  assert.is(d.perDay[dayOf(NOW) - 30], 3, '30 days ago had 3 reviews');
  assert.is(d.perDay[dayOf(NOW) - 100], undefined, 'outside the 12 weeks');
  store.close();
});

rep('renders plainly at 60 columns without colour, every line within the width', async () => {
  const { corpus, store } = await filledStore();
  const d = progressData(corpus, store, takeStudySnapshot(store, NOW));
  const text = renderProgress(d, plain60);
  assert.not.match(text, /\x1b\[/);
  for (const line of text.split('\n')) assert.ok(visibleWidth(line) <= 60, `too wide (${visibleWidth(line)}): ${line}`);
  assert.match(text, /streak 4 days · 1 reviews today/);
  assert.match(text, /System design\s+█+░+\s+\d+%\s+1\/2 read/);
  assert.match(text, /Reviews, last 12 weeks/);
  assert.match(text, /^Mon /m);
  assert.match(text, /less · ░ ▒ ▓ █ more · busiest day 4/);
  assert.match(text, /1 due today · 2 this week · 2 new/);
  assert.match(text, /1\/2 solved · 1 attempted/);
  const coloured = renderProgress(d, colour60);
  assert.match(coloured, /\x1b\[/);
  assert.is(stripAnsi(coloured), text, 'colour only decorates');
  store.close();
});

rep('the heatmap has one column per week and today is the last cell', async () => {
  const today = dayOf(NOW);
  const start = today - weekday(today) - 77;
  const rows = heatmap({ heatmapStart: start, perDay: { [today]: 5, [start]: 1 }, today }, plain60);
  const grid = rows.slice(1, 8);
  assert.is(grid[0]!.split(' ').filter(Boolean).length - 1, 12, 'twelve weeks of Mondays');
  const todayRow = grid[weekday(today)]!;
  assert.ok(todayRow.endsWith('█'), `today is the busiest cell: ${todayRow}`);
  assert.ok(grid[0]!.startsWith('Mon ░'), 'the first Monday had one review');
  assert.ok(grid[6]!.split(' ').filter(Boolean).length - 1 === 11, 'Sunday of this week has not come yet');
});

rep('the month labels include the current month from its first days (on December 3, "Dec")', () => {
  for (const [y, m, d, want] of [[2026, 11, 3, 'Dec'], [2026, 11, 1, 'Dec'], [2026, 10, 30, 'Nov'], [2027, 0, 2, 'Jan']] as const) {
    const today = Math.round(Date.UTC(y, m, d) / 86_400_000);
    const start = today - weekday(today) - 77;
    const months = heatmap({ heatmapStart: start, perDay: {}, today }, plain60)[0]!.trim().split(/\s+/);
    assert.is(months[months.length - 1], want, `${y}-${m + 1}-${d}: ${months.join(' ')}`);
    assert.ok(months.length >= 3, 'about three months over twelve weeks');
  }
});

rep.run();

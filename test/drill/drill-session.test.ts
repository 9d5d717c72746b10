import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { DrillRun } from '../../src/drill/drill-session.ts';
import { createScheduler } from '../../src/drill/scheduler.ts';
import { planFrom } from '../../src/drill/interview-plan.ts';
import type { DrillItem } from '../../src/drill/queue.ts';
import type { Card } from '../../src/corpus/types.ts';
import type { FsrsState, ProgressStore } from '../../src/progress/types.ts';
import { tempDir } from '../progress/helpers.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 5, 8);

const card = (n: number): Card => ({ id: `l:${n}`, lessonId: 'l', kind: 'qa', question: `Question ${n}?`, answer: `Answer ${n}.` });
const review = (due: number): FsrsState => ({ due, stability: 20, difficulty: 4, elapsed_days: 20, scheduled_days: 20, learning_steps: 0, reps: 4, lapses: 0, state: 2, last_review: due - 20 * DAY });

function setup(items: DrillItem[], store?: ProgressStore) {
  let now = T0;
  const s = store ?? openStoreWith(Database, tempDir());
  const run = new DrillRun({
    items,
    store: s,
    scheduler: createScheduler({ retention: 0.9, fuzz: false }),
    plan: planFrom({ interviewDate: null, retention: 0.9 }, T0),
    now: () => now,
  });
  return { run, store: s, tick: (ms: number) => (now += ms) };
}

const dr = suite('drill run');

dr('a grade is committed before it returns, with the state before and after', async () => {
  const { run, store, tick } = setup([{ card: card(1), state: review(T0) }]);
  tick(4000);
  const o = await run.grade(3);
  assert.ok(o.saved);
  assert.is(store.reviewCount(), 1);
  const rec = store.exportData().reviews[0]!;
  assert.equal(rec.before, review(T0));
  assert.is(rec.durationMs, 4000, 'time from card shown to grade');
  assert.ok(rec.after.due > T0 + 10 * DAY, 'a good review of a mature card is scheduled days away');
  assert.equal(store.cards().get('l:1')!.fsrs, rec.after);
  assert.is(o.again, false);
  assert.is(run.current, undefined);
});

dr('a new card graded Again comes back later in the same session', async () => {
  const { run } = setup([{ card: card(1), state: null }, { card: card(2), state: null }]);
  assert.equal(run.position, { index: 1, total: 2 });
  const o = await run.grade(1);
  assert.ok(o.again);
  assert.equal(run.position, { index: 2, total: 3 });
  assert.is(run.current!.card.id, 'l:2');
  await run.grade(4);
  assert.is(run.current!.card.id, 'l:1', 'the Again card is shown again');
  assert.ok(run.current!.state, 'with its new learning state');
});

dr('undo deletes the review, restores the card and shows it again', async () => {
  const { run, store } = setup([{ card: card(1), state: null }, { card: card(2), state: review(T0) }]);
  await run.grade(1); // l:1 requeued
  await run.grade(3); // l:2
  assert.is(store.reviewCount(), 2);
  const back = run.undo();
  assert.is(back!.card.id, 'l:2');
  assert.equal(back!.state, review(T0));
  assert.is(store.reviewCount(), 1);
  assert.is(store.cards().has('l:2'), false, 'l:2 had never been reviewed here before');
  assert.is(run.current!.card.id, 'l:2');
  const first = run.undo();
  assert.is(first!.card.id, 'l:1');
  assert.is(first!.state, null);
  assert.equal(run.position, { index: 1, total: 2 }, 'the requeued copy of l:1 is gone too');
  assert.is(store.reviewCount(), 0);
  assert.is(run.undo(), null);
});

dr('summary: reviewed, again rate, and when the next card is due', async () => {
  const { run } = setup([{ card: card(1), state: review(T0) }, { card: card(2), state: review(T0) }, { card: card(3), state: review(T0) }]);
  await run.grade(3);
  await run.grade(1);
  await run.grade(3);
  await run.grade(3); // l:2 again, relearning graduates
  const s = run.summary();
  assert.is(s.reviewed, 4);
  assert.is(s.again, 1);
  assert.is(s.againRate, 0.25);
  assert.is(s.left, 0);
  assert.is(s.unsaved, 0);
  assert.ok(s.nextDue !== null && s.nextDue > T0 && s.nextDueCount >= 1);
});

dr('when the disk fills up the drill goes on and says the grade was not saved', async () => {
  const store = openStoreWith(Database, tempDir(), { maxPageCount: 30 });
  const big = 'x'.repeat(4000);
  const items = Array.from({ length: 60 }, (_, i) => ({ card: { ...card(i), id: `l:${i}-${big}` }, state: null }));
  const { run } = setup(items, store);
  const outcomes = [];
  for (let i = 0; i < 60 && run.current; i++) outcomes.push(await run.grade(4));
  const firstUnsaved = outcomes.findIndex((o) => !o.saved);
  assert.ok(firstUnsaved > 0, 'some grades were saved, then one was not');
  assert.match(outcomes[firstUnsaved]!.error ?? '', /disk is full/);
  assert.ok(outcomes.slice(firstUnsaved + 1).every((o) => !o.saved && o.error === null), 'later grades are not saved; the reason was told once');
  assert.is(run.summary().unsaved, outcomes.length - firstUnsaved);
});

dr('a card last reviewed "in the future" (another clock) is still graded', async () => {
  const skewed: FsrsState = { ...review(T0 + 5 * DAY), last_review: T0 + DAY };
  const { run, store } = setup([{ card: card(1), state: skewed }]);
  assert.ok(run.preview(), 'previews work');
  const o = await run.grade(3);
  assert.ok(o.saved);
  assert.ok(o.record.after.last_review! <= T0 + 1000);
  assert.is(store.reviewCount(), 1);
});

dr.run();

import { gradeChoices, ackText } from '../../src/render/drill-text.ts';
import { createStyle } from '../../src/render/style.ts';
import { formatInterval } from '../../src/drill/format-interval.ts';
import { isoDay, dayOf } from '../../src/progress/day.ts';
import { retentionOn } from '../../src/drill/interview-plan.ts';
import type { Grade } from '../../src/progress/types.ts';

const truth = suite('drill: a grade\'s label is the interval stored');
const plain = createStyle({ color: false, width: 100 });

for (const interview of [null, isoDay(dayOf(T0) + 12)]) {
  truth(`all four grades, ${interview ? 'with' : 'without'} an interview plan, fuzz on, graded a while after the card was shown`, async () => {
    for (const g of [1, 2, 3, 4] as Grade[]) {
      for (const state of [null, review(T0)]) {
        let now = T0;
        const settings = { interviewDate: interview, retention: 0.9 };
        const plan = planFrom(settings, T0);
        const store = openStoreWith(Database, tempDir());
        // fuzz on (as in the shell): the label and the stored interval must agree anyway
        const run = new DrillRun({ items: [{ card: card(1), state }], store, scheduler: createScheduler({ retention: retentionOn(plan, T0), fuzz: true }), plan, now: () => now });
        const labels = gradeChoices(run.preview(), now, plain);
        const label = new RegExp(`${g} ${['again', 'hard', 'good', 'easy'][g - 1]} (\\S+)`).exec(labels)![1]!;
        now += 7_000; // thinking time between the labels and the key
        const o = await run.grade(g);
        const stored = store.exportData().reviews[0]!.after;
        assert.is(formatInterval(stored.due - stored.last_review!), label, `grade ${g}, ${state ? 'review' : 'new'}: label ${label}`);
        assert.match(ackText({ saved: o.saved, error: o.error, grade: g, after: o.record.after, again: o.again }, now, plain), new RegExp(`(next|back) in ${label.replace(/[.]/g, '\\.')}`));
        store.close();
      }
    }
  });
}

truth('undo gives back the answer typed for the card', async () => {
  const { run } = setup([{ card: card(1), state: review(T0) }, { card: card(2), state: review(T0) }]);
  await run.grade(3, { answer: 'my first answer' });
  const back = run.undo()!;
  assert.is(back.card.id, 'l:1');
  assert.is(back.answer, 'my first answer');
});

truth.run();

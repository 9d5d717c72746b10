import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOf, dayStart, parseIsoDay } from '../../src/progress/day.ts';
import { effectiveDue, FINAL_WEEK, planFrom, retentionOn } from '../../src/drill/interview-plan.ts';

const DAY = 86_400_000;
const NOW = new Date(2025, 3, 1, 10).getTime(); // 1 April 2025, 10:00 local
const iso = (offsetDays: number) => {
  const d = new Date(NOW + offsetDays * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const plan = suite('interview plan');

plan('no date: retention is the desired one and due dates are untouched', () => {
  const p = planFrom({ interviewDate: null, retention: 0.88 }, NOW);
  assert.is(retentionOn(p, NOW), 0.88);
  assert.is(effectiveDue(p, 'c', { due: NOW + 90 * DAY, last_review: NOW }), NOW + 90 * DAY);
});

plan('retention holds until 30 days out, then rises to 0.95 on the day', () => {
  const p = planFrom({ interviewDate: iso(60), retention: 0.9 }, NOW);
  assert.is(retentionOn(p, NOW), 0.9);
  assert.is(retentionOn(p, NOW + 30 * DAY), 0.9);
  assert.is(retentionOn(p, NOW + 45 * DAY), 0.925);
  assert.is(retentionOn(p, NOW + 60 * DAY), 0.95);
  let prev = 0;
  for (let d = 0; d <= 60; d++) {
    const r = retentionOn(p, NOW + d * DAY);
    assert.ok(r >= prev, 'never falls as the date approaches');
    prev = r;
  }
  const high = planFrom({ interviewDate: iso(5), retention: 0.97 }, NOW);
  assert.is(retentionOn(high, NOW), 0.97, 'a desired retention above 0.95 is kept');
});

plan('a card due after the interview comes due in the final week, on a day fixed per card', () => {
  const p = planFrom({ interviewDate: iso(40), retention: 0.9 }, NOW);
  const interview = parseIsoDay(iso(40))!;
  const days = new Set<number>();
  for (let i = 0; i < 200; i++) {
    const due = effectiveDue(p, `lesson:card${i}`, { due: NOW + 100 * DAY, last_review: NOW });
    const d = dayOf(due);
    assert.ok(d >= interview - FINAL_WEEK && d <= interview - 1, `card ${i} lands in the final week (day ${d - interview})`);
    assert.is(due, dayStart(d), 'at the start of that day');
    assert.is(effectiveDue(p, `lesson:card${i}`, { due: NOW + 100 * DAY, last_review: NOW }), due, 'stable');
    days.add(d);
  }
  assert.is(days.size, FINAL_WEEK, 'spread over the whole week');
});

plan('cards due before the interview, or last seen in the final week, keep their dates', () => {
  const p = planFrom({ interviewDate: iso(40), retention: 0.9 }, NOW);
  assert.is(effectiveDue(p, 'c', { due: NOW + 20 * DAY, last_review: NOW }), NOW + 20 * DAY);
  assert.is(effectiveDue(p, 'c', { due: NOW + 90 * DAY, last_review: NOW + 36 * DAY }), NOW + 90 * DAY);
});

plan('a past interview has no effect; a bad date is ignored', () => {
  const past = planFrom({ interviewDate: iso(-1), retention: 0.9 }, NOW);
  assert.is(past.interviewDay, null);
  assert.is(effectiveDue(past, 'c', { due: NOW + 90 * DAY, last_review: NOW - 30 * DAY }), NOW + 90 * DAY);
  assert.is(planFrom({ interviewDate: '2025-02-30', retention: 0.9 }, NOW).interviewDay, null);
  assert.is(planFrom({ interviewDate: iso(0), retention: 0.9 }, NOW).interviewDay, dayOf(NOW), 'the day itself still counts');
});

plan.run();

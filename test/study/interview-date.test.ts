import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOf, parseIsoDay } from '../../src/progress/day.ts';
import { parseInterviewDay } from '../../src/study/interview-date.ts';

const d = suite('study/interview-date');
const NOW = new Date(2026, 11, 3, 22).getTime();
const today = dayOf(NOW);

d('a date, +Nd, +Nw, "in N weeks", "N days", today and tomorrow', () => {
  assert.is(parseInterviewDay('2026-12-14', NOW), parseIsoDay('2026-12-14'));
  assert.is(parseInterviewDay('+10d', NOW), today + 10);
  assert.is(parseInterviewDay('+2w', NOW), today + 14);
  assert.is(parseInterviewDay('in 2 weeks', NOW), today + 14);
  assert.is(parseInterviewDay('In 3 Days', NOW), today + 3);
  assert.is(parseInterviewDay('10 days', NOW), today + 10);
  assert.is(parseInterviewDay('tomorrow', NOW), today + 1);
  assert.is(parseInterviewDay('today', NOW), today);
});

d('anything else is null', () => {
  for (const bad of ['', 'soon', '+10', 'in 2 fortnights', '2026-02-30', '+d', 'in weeks']) assert.is(parseInterviewDay(bad, NOW), null, bad);
});

d.run();

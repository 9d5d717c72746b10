import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOf, DAY_MS } from '../../src/progress/day.ts';
import { MOCK_SPACING_DAYS, MOCK_WINDOW_DAYS, mockDays, mockDue } from '../../src/study/mock-due.ts';

const m = suite('study/mock-due');
const NOW = new Date(2026, 2, 1, 12).getTime();
const today = dayOf(NOW);

m('no mock without the command, without a date, too early, or on the day itself', () => {
  assert.is(mockDue({ available: false, interviewDay: today + 5, mocks: [] }, NOW), null);
  assert.is(mockDue({ available: true, interviewDay: null, mocks: [] }, NOW), null);
  assert.is(mockDue({ available: true, interviewDay: today + MOCK_WINDOW_DAYS + 1, mocks: [] }, NOW), null);
  assert.is(mockDue({ available: true, interviewDay: today, mocks: [] }, NOW), null);
  const due = mockDue({ available: true, interviewDay: today + MOCK_WINDOW_DAYS, mocks: [] }, NOW);
  assert.is(due?.kind, 'coding');
  assert.is(due?.command, '.mock coding');
});

m('spaced out, and the kind done least recently comes next', () => {
  const s = { available: true, interviewDay: today + 14, mocks: [{ kind: 'coding' as const, at: NOW - DAY_MS }] };
  assert.is(mockDue(s, NOW), null, 'one yesterday');
  assert.is(mockDue(s, NOW + (MOCK_SPACING_DAYS - 1) * DAY_MS)?.kind, 'design');
  const plan = mockDays(s, today, today + 13);
  const days = [...plan.keys()];
  for (let i = 1; i < days.length; i++) assert.ok(days[i]! - days[i - 1]! >= MOCK_SPACING_DAYS);
  assert.equal([...plan.values()].slice(0, 3).map((x) => x.kind), ['design', 'behavioral', 'coding']);
});

m.run();

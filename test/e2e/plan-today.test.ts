// The study plan at a real swe> prompt: the start-up line, .plan --interview +10d with a daily
// budget, and .today. Needs the build (npm test builds first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';

const e2e = suite('e2e: study plan, start-up line and .today');
let term: Term | undefined;
e2e.after.each(() => term?.kill());

e2e('a new learner is told how to make a plan; after .plan the start-up line gives days left, cards due and minutes left', async () => {
  const dataDir = tempDir();
  term = startTerm({ dataDir, cols: 60 });
  await term.waitFor('No study plan yet: .plan --interview', 'the start-up line for a new learner', 20_000);
  await term.prompt('prompt after the start-up line');
  const plan = await term.run('.plan --interview +10d --minutes-per-day 60', '.plan');
  assert.match(plan, /Interview \d{4}-\d{2}-\d{2} \(in 10 days\)/);
  assert.match(plan.replace(/\s+/g, ' '), /At 60 min a day, \d+ of 124 unread lessons fit; \d+ are left out/);
  assert.match(plan, /Left out, lowest priority first:\s+low \(\d+\):/);
  for (const line of plan.split('\n')) assert.ok(line.length <= 60, `fits 60 columns: ${line}`);
  const today = await term.run('.today', '.today');
  assert.match(today, /Today · interview in 10 days/);
  assert.match(today, /○ (read |a coding mock)/, 'an open item: the first lesson, or the baseline mock the plan puts first');
  assert.match(today, /(\d+) of 60 min left today/);
  term.line('.exit');
  await term.exited;

  term = startTerm({ dataDir, cols: 100 });
  const line = await term.waitFor(/Interview in 10 days · 0 cards due · \d+ min left today \(\.today\)/, 'the start-up line with a plan', 20_000);
  assert.ok(line);
  await term.prompt('prompt after the start-up line');
  const wide = await term.run('.today', '.today at 100 columns');
  assert.match(wide, /\.(topic [a-z-]+|mock coding)/, 'the commands show at 100 columns');
});

e2e.run();

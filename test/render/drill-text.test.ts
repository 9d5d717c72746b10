import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ackText, cueText, summaryText } from '../../src/render/drill-text.ts';
import type { FsrsState } from '../../src/progress/types.ts';
import { dueWhen, parseGradeLine } from '../../src/drill/grade-words.ts';
import { formatInterval } from '../../src/drill/format-interval.ts';
import { createStyle } from '../../src/render/style.ts';

const s = createStyle({ color: false, width: 60 });
const t = suite('drill text');
const NOW = new Date(2025, 0, 10, 12).getTime();

t('grade lines: digits, names, prefixes, undo and quit', () => {
  assert.is(parseGradeLine('3'), 3);
  assert.is(parseGradeLine(' Again '), 1);
  assert.is(parseGradeLine('h'), 2);
  assert.is(parseGradeLine('EASY'), 4);
  assert.is(parseGradeLine('u'), 'undo');
  assert.is(parseGradeLine('quit'), 'quit');
  assert.is(parseGradeLine('5'), null);
  assert.is(parseGradeLine(''), null);
  assert.is(parseGradeLine('goodish'), null);
});

t('intervals', () => {
  assert.is(formatInterval(30_000), '<1m');
  assert.is(formatInterval(10 * 60_000), '10m');
  assert.is(formatInterval(5 * 3600_000), '5h');
  assert.is(formatInterval(59.7 * 60_000), '1h', 'no "60m"');
  assert.is(formatInterval(23.9 * 3600_000), '1d', 'no "24h"');
  assert.is(formatInterval(3 * 86_400_000), '3d');
  assert.is(formatInterval(75 * 86_400_000), '2.5mo');
  assert.is(formatInterval(800 * 86_400_000), '2.2y');
  assert.is(dueWhen(NOW - 1, NOW), 'now');
  assert.is(dueWhen(NOW + 3600_000, NOW), 'in 1h');
  assert.is(dueWhen(NOW + 86_400_000, NOW), 'tomorrow');
  assert.is(dueWhen(NOW + 4 * 86_400_000, NOW), 'in 4 days');
});

const state = (lastReview: number, due: number): FsrsState => ({ due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: lastReview });

t('acknowledgements name the interval stored (from the review, not from the moment shown), and the summary', () => {
  assert.is(ackText({ saved: true, error: null, grade: 3, after: state(NOW, NOW + 3 * 86_400_000), again: false }, NOW, s), '✓ saved · good · next in 3d');
  // shown a few seconds after the review: still the stored 1m, never "<1m"; and "back in", not "again in"
  assert.is(ackText({ saved: false, error: 'disk full', grade: 1, after: state(NOW, NOW + 60_000), again: true }, NOW + 5_000, s), 'not saved · again · back in 1m (this session) — disk full');
  assert.is(summaryText({ reviewed: 4, again: 1, againRate: 0.25, unsaved: 0, journaled: 0, left: 0, nextDue: NOW + 86_400_000, nextDueCount: 3 }, NOW, s), 'Drill done: 4 reviewed · again 25%\nNext due: tomorrow, 3 cards');
  // the first card's time and the day's count are told apart (was "2 cards in <1m" when one was 10 minutes off)
  assert.is(summaryText({ reviewed: 1, again: 0, againRate: 0, unsaved: 0, journaled: 0, left: 0, nextDue: NOW + 30_000, nextDueCount: 2 }, NOW, s).split('\n')[1], 'Next due: the first within a minute, 2 cards today');
  assert.is(summaryText({ reviewed: 0, again: 0, againRate: 0, unsaved: 0, journaled: 0, left: 0, nextDue: null, nextDueCount: 0 }, NOW, s), 'Nothing reviewed.');
});

t('the answer cue: a paraphrase is not called different; missing key terms are named neutrally', () => {
  const expected = 'Within one partition, messages are processed in sequence, so order holds for everything in it.';
  const para = cueText('each partition keeps order: its messages are processed sequentially', expected, s);
  assert.not.match(para, /different|%/);
  assert.not.match(para, /everything/);
  assert.is(cueText('messages processed in sequence within one partition and order holds', expected, s), '✓ has the key terms');
  assert.is(cueText('a hash map', 'Requests spread across servers.', s).startsWith('key terms not in your answer: '), true);
  assert.is(cueText('', 'x', s), '(no answer typed)');
});

t.run();

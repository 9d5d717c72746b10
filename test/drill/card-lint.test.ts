import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { answerInPrompt, nearDuplicates, ANSWER_IN_PROMPT, NEAR_DUPLICATE } from '../../src/drill/card-lint.ts';
import type { Card } from '../../src/corpus/types.ts';

const s = suite('drill/card-lint');
const card = (id: string, question: string, answer: string): Card => ({ id, lessonId: id.split(':')[0]!, kind: 'qa', question, answer });

s('a prompt that already states its answer is flagged', () => {
  const c = card('a:1', 'Scope out loud: propose what is in and out of scope and agree on it — why?', 'Propose what is in scope and out of scope, and agree.');
  assert.ok(answerInPrompt(c) >= ANSWER_IN_PROMPT, String(answerInPrompt(c)));
});

s('a real question is not flagged, nor a worked answer that repeats the figures', () => {
  assert.is(answerInPrompt(card('a:1', 'What should you do in the first five minutes of a design interview, and why?', 'Agree on scope: list features and qualities, confirm which are in and out, so the design solves the problem asked.')), 0);
  assert.is(answerInPrompt(card('a:2', 'Each of 3 layers retries 3 times. How many calls can the last layer receive?', '3 × 3 × 3 = 27 calls.')), 0);
  assert.is(answerInPrompt(card('a:3', 'What is the default port of HTTPS?', '443')), 0, 'a short answer is not judged');
});

s('near-duplicates are found across lessons with their similarity; different cards are not', () => {
  const cards = [
    card('linked-lists:1', 'How do you check whether a singly linked list is a palindrome in O(1) extra space?', 'Find the middle with fast and slow pointers, reverse the second half, compare, then restore it.'),
    card('fast-slow:1', 'How do you check whether a singly linked list is a palindrome in O(1) space?', 'Find the middle with slow and fast pointers, reverse the second half, compare the halves, restore.'),
    card('heaps:1', 'Which heap keeps the k largest values of a stream?', 'A min-heap of size k: its root is the smallest of the k largest, evicted when a bigger value arrives.'),
  ];
  const pairs = nearDuplicates(cards);
  assert.is(pairs.length, 1);
  assert.equal([pairs[0]!.a.id, pairs[0]!.b.id], ['linked-lists:1', 'fast-slow:1']);
  assert.ok(pairs[0]!.similarity >= NEAR_DUPLICATE && pairs[0]!.similarity <= 1);
  assert.equal(nearDuplicates(cards.slice(1)), []);
});

s.run();

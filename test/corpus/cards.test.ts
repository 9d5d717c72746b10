import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { keyPointCard, qaCards, withIds } from '../../src/corpus/cards.ts';
import { parseLesson } from '../../src/corpus/parse.ts';

const cards = suite('corpus/cards');

cards('"Term = definition" and "Term — explanation" bullets: the term is the prompt', () => {
  assert.equal(keyPointCard('SSE = one-way server push over HTTP.'), { kind: 'keypoint', question: 'SSE = …', answer: 'one-way server push over HTTP.' });
  const dash = keyPointCard('Full jitter — spread retries uniformly in [0, cap).')!;
  assert.is(dash.question, 'Full jitter — …');
  assert.is(dash.answer, 'spread retries uniformly in [0, cap).');
});

cards('a separator inside code or bold does not split the bullet', () => {
  const c = keyPointCard('Use `a = b` carefully with **x — y** in mind')!;
  assert.is(c.kind, 'cloze');
});

cards('a bold or code term is blanked out (a cloze)', () => {
  const c = keyPointCard('Heartbeats every 30 s detect **dead connections** quickly.')!;
  assert.equal(c, { kind: 'cloze', question: 'Heartbeats every 30 s detect […] quickly.', answer: 'dead connections' });
});

cards('a bullet with no clear prompt gives no card', () => {
  assert.is(keyPointCard('Always plan for reconnection because connections drop.'), null);
});

cards('Q/A pairs from a Drill section, multi-line answers, bad items reported', () => {
  const { cards: qa, bad } = qaCards('- Q: Why?\n  A: Because\n  it is.\n- Q: What is 2+2?\n  A: 4\n- just text\n');
  assert.equal(qa.map((c) => [c.question, c.answer]), [['Why?', 'Because\nit is.'], ['What is 2+2?', '4']]);
  assert.is(bad.length, 1);
});

cards('card ids depend only on lesson and question: editing one card keeps the others', () => {
  const make = (second: string) =>
    parseLesson({
      text: `---\ntitle: T\n---\n## Key Points for Interviews\n- Alpha = first\n- ${second}\n- Gamma = third\n`,
      file: 't.md',
      id: 't',
      area: 'a',
    }).lesson!.cards;
  const before = make('Beta = second');
  const after = make('Beta two = changed');
  assert.is(before[0]!.id, after[0]!.id);
  assert.is(before[2]!.id, after[2]!.id);
  assert.is.not(before[1]!.id, after[1]!.id);
  const dup = withIds('l', [
    { kind: 'qa', question: 'Same?', answer: '1' },
    { kind: 'qa', question: 'Same?', answer: '2' },
  ]);
  assert.is.not(dup[0]!.id, dup[1]!.id);
});

cards('a lesson with a Drill section draws its cards from it alone; one without turns its Key Points into cards', () => {
  const body = '## Overview\nx\n## Key Points for Interviews\n- Alpha = first\n- Beta = second\n';
  const parse = (text: string) => parseLesson({ text, file: 't.md', id: 't', area: 'a' }).lesson!.cards;
  const plain = parse(`---\ntitle: T\n---\n${body}`);
  assert.equal(plain.map((c) => [c.kind, c.question]), [['keypoint', 'Alpha = …'], ['keypoint', 'Beta = …']]);
  const drilled = parse(`---\ntitle: T\n---\n${body}## Drill\n- Q: What comes first, and why?\n  A: Alpha, because it leads.\n`);
  assert.equal(drilled.map((c) => [c.kind, c.question]), [['qa', 'What comes first, and why?']]);
});

cards.run();

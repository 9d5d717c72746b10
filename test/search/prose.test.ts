import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { proseOf } from '../../src/search/prose.ts';

const s = suite('search/prose');

s('leaves out fenced code and diagrams', () => {
  assert.is(proseOf('Before.\n\n```ts\nconst x = 1;\n```\n\nAfter.'), 'Before. After.');
  assert.is(proseOf('A\n~~~\nart\n~~~\nB'), 'A B');
});

s('reduces inline markup, links and list markers to text', () => {
  assert.is(proseOf('- **Bold** and *italic* and `code`\n- see [the docs](https://x.y)'), 'Bold and italic and code see the docs');
  assert.is(proseOf('### Heading\n> quoted'), 'Heading quoted');
});

s('keeps table cells apart', () => {
  assert.is(proseOf('| a | b |\n|---|---|\n| 1 | 2 |'), 'a · b 1 · 2');
});

s('keeps words with underscores and stars inside them', () => {
  assert.is(proseOf('snake_case_name and 2*3*4'), 'snake_case_name and 2*3*4');
});

s('collapses every run of whitespace, tabs and no-break spaces included, to one space', () => {
  assert.is(proseOf('  one  two\tthree\u00a0four\r\nfive \t six  '), 'one two three four five six');
  assert.is(proseOf('a\n\n\nb'), 'a b');
  assert.is(proseOf('single spaces stay as they are'), 'single spaces stay as they are');
});

s('a fence line with an info string does not close a block (CommonMark)', () => {
  assert.is(proseOf('Before.\n```\n```ts\nsecret code\n```\nAfter.'), 'Before. After.');
  assert.is(proseOf('Before.\n````md\n```\nsecret\n````\nAfter.'), 'Before. After.', 'a shorter fence is content');
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { closesFence, fencedBlocks, fenceReader, openingFence } from '../../src/util/fences.ts';

const s = suite('fences');
const lines = (text: string) => text.split('\n');
const kinds = (text: string) => {
  const read = fenceReader();
  return lines(text).map((l) => read(l));
};

s('an opening fence: 3+ backticks or tildes, with its info string', () => {
  assert.equal(openingFence('```ts checks'), { char: '`', length: 3, info: 'ts checks' });
  assert.equal(openingFence('~~~~ python '), { char: '~', length: 4, info: 'python' });
  assert.is(openingFence('``'), null, 'two are not a fence');
  assert.is(openingFence('text ```'), null);
  // unlike CommonMark, a backtick fence's info string may quote code: lessons' wrong-solution reasons do
  assert.equal(openingFence('```ts wrong uses `x`'), { char: '`', length: 3, info: 'ts wrong uses `x`' });
});

s('tildes close only tildes, backticks only backticks', () => {
  assert.equal(kinds('~~~\n```\ncode\n~~~\nafter'), ['open', 'code', 'code', 'close', 'text']);
  assert.equal(kinds('```\n~~~\n```'), ['open', 'code', 'close']);
});

s('a closer is at least as long as the opener; a shorter one is code', () => {
  assert.equal(kinds('````md\n```ts\nx\n```\n`````\nafter'), ['open', 'code', 'code', 'code', 'close', 'text']);
  assert.ok(closesFence('`````', openingFence('```')!), 'a longer closer closes');
  assert.not.ok(closesFence('```', openingFence('````')!));
});

s('a closing fence has no info string', () => {
  assert.equal(kinds('```\n```ts\n```  \nafter'), ['open', 'code', 'close', 'text']);
  assert.ok(closesFence('```\t', openingFence('```js')!), 'trailing blanks are fine');
});

s('up to three spaces of indentation; four is not a fence', () => {
  assert.equal(openingFence('   ```ts'), { char: '`', length: 3, info: 'ts' });
  assert.is(openingFence('    ```ts'), null);
  assert.equal(kinds('  ~~~\n    ~~~\n   ~~~'), ['open', 'code', 'close']);
});

s('an unclosed fence runs to the end', () => {
  assert.equal(kinds('text\n```\n## not a heading\nmore'), ['text', 'open', 'code', 'code']);
  const [block] = fencedBlocks(lines('intro\n```ts\nlet a = 1;\nlet b = 2;'));
  assert.equal(block, { fence: { char: '`', length: 3, info: 'ts' }, code: ['let a = 1;', 'let b = 2;'], start: 1, end: 3 });
});

s('fencedBlocks: every block with its lines and offsets', () => {
  const blocks = fencedBlocks(lines('a\n```ts\nx\n```\nb\n~~~\n~~~\nc'));
  assert.equal(
    blocks.map((b) => [b.fence.info, b.code, b.start, b.end]),
    [
      ['ts', ['x'], 1, 3],
      ['', [], 5, 6],
    ],
  );
});

s('the reader tells the open fence while inside', () => {
  const read = fenceReader();
  read('~~~~ diagram');
  assert.equal(read.fence, { char: '~', length: 4, info: 'diagram' });
  read('~~~~');
  assert.is(read.fence, null);
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createStyle, fit, stripAnsi, visibleWidth, wrap } from '../../src/render/style.ts';
import { colorEnabled } from '../../src/app.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

const style = suite('render/style');

style('NO_COLOR, --no-color and pipes turn colour off; FORCE_COLOR and --color turn it on', () => {
  assert.is(colorEnabled({ env: {}, tty: true }), true);
  assert.is(colorEnabled({ env: {}, tty: false }), false);
  assert.is(colorEnabled({ env: { NO_COLOR: '1' }, tty: true }), false);
  assert.is(colorEnabled({ env: { NO_COLOR: '' }, tty: true }), true);
  assert.is(colorEnabled({ flag: false, env: {}, tty: true }), false);
  assert.is(colorEnabled({ flag: true, env: {}, tty: false }), true);
  assert.is(colorEnabled({ env: { FORCE_COLOR: '1', NO_COLOR: '1' }, tty: false }), false);
  assert.is(createStyle({ color: false, width: 80 }).bold('x'), 'x');
  assert.is(stripAnsi(createStyle({ color: true, width: 80 }).bold('x')), 'x');
});

style('wrap keeps lines within the width, counting wide characters as two', () => {
  const text = 'The quick brown fox jumps over the lazy dog and keeps running far away';
  for (const line of wrap(text, 20).split('\n')) assert.ok(visibleWidth(line) <= 20, line);
  assert.is(visibleWidth('面试'), 4);
  assert.is(visibleWidth(createStyle({ color: true, width: 80 }).red('abc')), 3);
  assert.is(visibleWidth(fit('abcdefghij', 5)), 5);
  assert.is(fit('ab', 4), 'ab  ');
});

style('markdown renders headings, lists, bold and code, plain when colour is off', async () => {
  const md = '## Title\n\nSome **bold** and `code`.\n\n- one\n- two\n\n```ts\nconst x = 1;\n```\n';
  const plain = await renderMarkdown(md, createStyle({ color: false, width: 60 }));
  assert.not.match(plain, /\x1b\[/);
  assert.match(plain, /Title/);
  assert.match(plain, /bold/);
  assert.match(plain, /const x = 1;/);
  assert.match(plain, /one[\s\S]*two/);
  const colored = await renderMarkdown(md, createStyle({ color: true, width: 60 }));
  assert.match(colored, /\x1b\[/);
  const narrow = await renderMarkdown('word '.repeat(50), createStyle({ color: false, width: 40 }));
  for (const line of narrow.split('\n')) assert.ok(visibleWidth(line) <= 40, `"${line}" fits 40 columns`);
});

style.run();

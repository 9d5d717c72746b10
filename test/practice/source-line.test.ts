import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { errorSourceLine, originalLines } from '../../src/practice/source-line.ts';

const s = suite('source-line');

s('a compile error esbuild lets through is found on the TypeScript line it came from', () => {
  const ts = 'interface P {\n  x: number;\n}\nconst p: P = { x: 1 };\nreturn undefined;\n';
  assert.equal(errorSourceLine(ts)?.line, 5);
  assert.is(errorSourceLine('const ok: number = 1;\n'), null);
});

s('source map mappings: the original line of each generated line', () => {
  // AAAA: line 0; AACA: one line down; an empty generated line has none
  assert.equal(originalLines('AAAA;AACA;;AACA'), [0, 1, undefined, 2]);
});

s.run();

// The workspace's one-definition-per-name rule: splitting a file into top-level statements with
// the names they declare, and merging typed definitions into it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compactDefinitions, continuesAbove, mergeDefinitions, splitStatements } from '../../src/practice/top-level.ts';

const s = suite('top-level statements');

const FILE = `// LRU cache (exercise lru-cache): header

// the cache
class LRUCache<K, V> {
  private map = new Map<K, V>();
  get(k: K): V | undefined { return this.map.get(k); }
}

interface Opts { a: number }
type Pair<X> = [X, X];
const re = /a{2}\\/}/g, other = 3;
const tpl = \`a \${1 + 2} {
b\`;
function f(a: string): void;
function f(a: any) {
  return [1, 2, 3]
    .map((x) => x * 2)
    .filter(Boolean);
}
enum Color { Red, Green }
namespace Geo { export const x = 1; }
f('x');
let { p, q: [r] } = { p: 1, q: [2] };
`;

s('splits a file into statements, each with the names it declares', () => {
  const got = splitStatements(FILE).map((st) => [st.text.split('\n')[0], st.names.map((n) => `${n.space}:${n.name}`).join(' ')]);
  assert.equal(got, [
    ['// LRU cache (exercise lru-cache): header', ''],
    ['// the cache', 'value:LRUCache'],
    ['interface Opts { a: number }', 'type:Opts'],
    ['type Pair<X> = [X, X];', 'type:Pair'],
    ['const re = /a{2}\\/}/g, other = 3;', 'value:re value:other'],
    ['const tpl = `a ${1 + 2} {', 'value:tpl'],
    ['function f(a: string): void;', 'type:f'],
    ['function f(a: any) {', 'value:f'],
    ['enum Color { Red, Green }', 'value:Color'],
    ['namespace Geo { export const x = 1; }', 'value:Geo'],
    ["f('x');", ''],
    ['let { p, q: [r] } = { p: 1, q: [2] };', 'value:p value:r'],
  ]);
});

s('CRLF and a statement left unfinished at the end', () => {
  const st = splitStatements('const a = 1\r\nfunction g() {\r\n  return 2\r\n}\r\nclass Open {');
  assert.equal(st.map((x) => x.names.map((n) => n.name)), [['a'], ['g'], []]);
  assert.ok(st[2]!.broken);
});

s('a typed definition replaces the one of the same name in place; new names are appended; calls are not kept', () => {
  const m = mergeDefinitions(FILE, 'class LRUCache<K, V> {\n  cap = 1\n}\nfunction f(a: any) { return 1 }\nconst z = 9\nf(1)\n');
  assert.equal(m.replaced, ['LRUCache', 'f']);
  assert.equal(m.added, ['z']);
  assert.ok(m.text.startsWith('// LRU cache (exercise lru-cache): header\n\n// the cache\nclass LRUCache<K, V> {\n  cap = 1\n}\n\ninterface Opts'), m.text);
  assert.match(m.text, /function f\(a: string\): void;\nfunction f\(a: any\) \{ return 1 \}\nenum Color/, 'the overload signature stays');
  assert.ok(m.text.endsWith("let { p, q: [r] } = { p: 1, q: [2] };\n\nconst z = 9\n"), m.text);
  assert.not.match(m.text, /f\(1\)/);
  assert.is((m.text.match(/class LRUCache/g) ?? []).length, 1, 'one definition, not stacked');
});

s('a statement that also declares other names is kept; the new definition goes after it', () => {
  const m = mergeDefinitions('const a = 1, b = 2;\nconst c = 3;\n', 'const a = 5');
  assert.is(m.text, 'const a = 1, b = 2;\n\nconst a = 5\nconst c = 3;\n');
});

s('types and values of one name are apart: a new interface does not replace the class', () => {
  const m = mergeDefinitions('class Box { v = 1 }\n', 'interface Box { w: number }');
  assert.match(m.text, /class Box \{ v = 1 \}\n\ninterface Box/);
});

s('compact: a file that stacked attempts keeps the last definition of each name, where the first was', () => {
  const c = compactDefinitions('function a() { return 1 }\n\nconst keep = 0\n\n// typed at the prompt:\nfunction a() { return 2 }\n\nfunction a() { return 3 }\n');
  assert.equal(c.duplicates, ['a']);
  assert.is(c.text, 'function a() { return 3 }\n\nconst keep = 0\n');
  assert.equal(compactDefinitions('const x = 1\n').duplicates, []);
});

s('continuation lines: method chains and operators, not spreads or new statements', () => {
  for (const l of ['  .map(f)', '.then(x)', '?.y', '  && b', '  || c', '  ?? d', '  : e', ' , f', '  = 3']) assert.ok(continuesAbove(l), l);
  for (const l of ['...rest', 'foo()', 'const x = 1', '(a)', '=> 1', '// .map']) assert.not.ok(continuesAbove(l), l);
});

s.run();

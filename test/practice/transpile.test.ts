import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import vm from 'node:vm';
import { hoistDeclarations, toScript, TranspileError } from '../../src/practice/transpile.ts';

const s = suite('transpile');

s('strips types and makes top-level declarations redefinable', () => {
  const ctx = vm.createContext({});
  vm.runInContext(toScript('const a: number = 1; class Box<T> { v?: T }'), ctx);
  vm.runInContext(toScript('const a: number = 2; class Box { w = 3 }'), ctx);
  assert.is(vm.runInContext('a', ctx), 2);
  assert.is(vm.runInContext('new Box().w', ctx), 3);
});

s('hoistDeclarations leaves nested declarations and unparsable input alone', () => {
  assert.is(hoistDeclarations('function f() { const x = 1; return x; }'), 'var f = function f() { const x = 1; return x; };\n');
  assert.is(hoistDeclarations('let x = 1; {'), 'let x = 1; {');
});

s('function declarations become vars at the top of the chunk, async and generators included', () => {
  const js = hoistDeclarations('const a = g(); async function g() { return 1 } function* h() {}');
  assert.ok(js.startsWith('var g = async function g() { return 1 };\nvar h = function* h() {};\n'), js);
  assert.match(js, /var a = g\(\);/);
  // inside a block (as the sandbox runs each chunk) the names still reach the code after it
  const scope = new Function(`try { ${js} } catch (e) { throw e } return [typeof g, typeof h];`);
  assert.equal(scope(), ['function', 'function']);
});

s('the same input gives the same output (from the memo the second time)', () => {
  const src = `function f(x: number): number { return x * ${Math.random()}; }`;
  const first = toScript(src);
  assert.is(toScript(src), first);
  assert.not.match(first, /: number/);
});

s('syntax errors carry line, column and whether the input merely ended early', () => {
  try {
    toScript('function f( {\n  return 1');
    assert.unreachable();
  } catch (e) {
    assert.instance(e, TranspileError);
  }
  try {
    toScript('const x = ;');
    assert.unreachable();
  } catch (e) {
    assert.instance(e, TranspileError);
    const t = e as TranspileError;
    assert.equal([t.line, t.incomplete], [1, false]);
    assert.ok(t.column > 1);
  }
  try {
    toScript('function f() {');
    assert.unreachable();
  } catch (e) {
    assert.is((e as TranspileError).incomplete, true);
  }
});

s.run();

const inc = suite('transpile: incomplete input is decided by where the parser stopped');

function incomplete(ts: string): boolean {
  try {
    toScript(ts);
    return false;
  } catch (e) {
    assert.instance(e, TranspileError);
    return (e as TranspileError).incomplete;
  }
}

inc('class bodies, generics, enums, namespaces, object literals, parameter lists and templates ask for more', () => {
  for (const ts of ['class LRUCache<K, V> {\n', 'enum E {\n', 'namespace N {\n', 'const o = {\n', 'function f<T,\n', 'function f(a: number,\n', 'const s = `a\n', 'const s = `${\n', 'x.\n', 'interface I {\n', 'type T = {\n', 'if (x) {} else\n', 'a =>\n', 'foo( // a comment\n', 'const é = "é" + (\n']) {
    assert.ok(incomplete(ts), JSON.stringify(ts));
  }
});

inc('an error before the end is a syntax error, also a string left open on its line', () => {
  for (const ts of ["const s = 'abc\n", 'const x: = 1\n', 'const x = 1;}\n', 'let a = 1\nlet a = 2\n', 'const r = /ab\n', 'const é = "é" +) 1\n']) {
    assert.not.ok(incomplete(ts), JSON.stringify(ts));
  }
});

inc.run();

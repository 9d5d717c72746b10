import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import vm from 'node:vm';
import { deepEqual, describeError, expect, show } from '../../src/practice/check-api.ts';

const s = suite('check-api');
const other = vm.createContext({});
const foreign = (js: string) => vm.runInContext(js, other) as unknown;

const failure = (fn: () => void): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a failure');
};

s('a failure shows values with their types when the printed forms could mislead ("1" vs 1)', () => {
  assert.is(failure(() => expect(1, 'n').toBe('1' as unknown)), 'n: expected "1" (string), got 1 (number)');
  assert.is(failure(() => expect('1').toEqual(1)), 'expected 1 (number), got "1" (string)');
  assert.is(failure(() => expect([1]).toEqual(['1'])), 'expected ["1"], got [1]');
  assert.is(failure(() => expect(0).toBe(-0)), 'expected -0, got 0');
  assert.is(failure(() => expect(null).toBe(undefined)), 'expected undefined (undefined), got null (null)');
  assert.is(failure(() => expect('3').toBeLessThan(2)), 'expected < 2, got "3" (string)');
  assert.is(failure(() => expect(5).toBeLessThan(2)), 'expected < 2, got 5');
});

s('values from another realm compare and print by what they are (Map, Set, Date, arrays, errors)', () => {
  assert.ok(deepEqual(foreign('new Map([[1, [2, 3]]])'), new Map([[1, [2, 3]]])));
  assert.not.ok(deepEqual(foreign('new Map([[1, [2, 4]]])'), new Map([[1, [2, 3]]])));
  assert.ok(deepEqual(foreign('new Set([1, 2])'), new Set([2, 1])));
  assert.not.ok(deepEqual(foreign('new Set([1])'), [1]));
  assert.ok(deepEqual(foreign('({ a: [1, { b: 2 }] })'), { a: [1, { b: 2 }] }));
  assert.not.ok(deepEqual(foreign('new Date(5)'), new Date(6)));
  assert.is(show(foreign('new Map([["k", 1]])')), 'Map(1) {"k" => 1}');
  assert.is(show(foreign('new TypeError("bad")')), 'TypeError: bad');
  assert.is(show(foreign('(class LRU {})')), '[class LRU]');
});

s('a value that overrides its own methods cannot change how it compares or prints', () => {
  const m = foreign('const m = new Map([[1, 1]]); m.entries = () => [][Symbol.iterator](); m[Symbol.iterator] = m.entries; m.has = () => true; m.get = () => 2; m');
  assert.not.ok(deepEqual(m, new Map([[1, 2]])));
  assert.is(show(m), 'Map(1) {1 => 1}');
});

s('describeError: hostile throwables become one capped line and never throw', () => {
  const trap = () => {
    throw new Error('trap');
  };
  const proxy = new Proxy({}, { get: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, has: trap });
  assert.match(describeError(proxy), /^threw a value that cannot be read \(a Proxy whose traps throw\?\)/);
  const e = new Error('x');
  Object.defineProperty(e, 'message', { get: trap });
  assert.is(describeError(e), 'Error: (its message could not be read: the getter threw)');
  assert.match(describeError(new Error('E'.repeat(8e6))), /^Error: E{2000}… \(7998000 more characters\)$/);
  assert.match(describeError(Symbol('s')), /^threw Symbol\(s\) \(not an Error/);
  assert.match(describeError(undefined), /^threw undefined/);
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runChecks, type AsyncErrorSource } from '../../src/practice/run-checks.ts';
import { CappedOutput } from '../../src/practice/output-buffer.ts';
import { toScript } from '../../src/practice/transpile.ts';

const s = suite('run-checks');

s('runs chunks in order (later definitions win) and reports each check', async () => {
  const r = await runChecks({
    chunks: ['function f() { return 1; }', 'function f() { return 2; }'],
    checks: "check('two', () => expect(f(), 'f()').toBe(2)); check('three', () => expect(f(), 'f()').toBe(3));",
  });
  assert.equal(r.results.map((x) => [x.name, x.ok, x.message]), [
    ['two', true, undefined],
    ['three', false, 'f(): expected 3, got 2'],
  ]);
});

s('a chunk that throws is reported; the checks still run', async () => {
  const r = await runChecks({ chunks: ['throw new TypeError("bad")', 'var ok = 1;'], checks: "check('ok', () => expect(ok).toBe(1));" });
  assert.is(r.error, 'your code threw while loading: TypeError: bad');
  assert.is(r.results[0]!.ok, true);
});

s('checks that do not compile say so', async () => {
  const r = await runChecks({ chunks: [], checks: 'check(' });
  assert.match(r.error!, /^the checks could not start: SyntaxError/);
});

s('an async check that never settles fails alone after checkTimeoutMs', async () => {
  const r = await runChecks({ chunks: [], checks: "check('hangs', () => new Promise(() => {})); check('next', async () => {});", checkTimeoutMs: 30 });
  assert.equal(r.results.map((x) => x.message ?? 'ok'), ['did not finish within 30 ms (a promise that never settles?)', 'ok']);
});

s('async errors from the source fail the running check, or become notes between checks', async () => {
  let emit: ((kind: 'rejection' | 'exception', e: unknown) => void) | undefined;
  const source: AsyncErrorSource = {
    subscribe(fn) {
      emit = fn;
      return () => (emit = undefined);
    },
  };
  const r = await runChecks({
    chunks: [],
    checks: "check('a', async () => { await new Promise((r) => setTimeout(r, 30)); }); check('b', () => {});",
    asyncErrors: source,
    onCheckStart: (i) => void (i === 0 && setTimeout(() => emit?.('exception', new Error('late')), 1)),
  });
  assert.equal(r.results.map((x) => x.message ?? 'ok'), ['an error was thrown from a callback (timer or event): Error: late', 'ok']);
  assert.is(emit, undefined, 'unsubscribed at the end');
});

s('console output goes to the capped sink; timers left behind are cleared', async () => {
  const sink = new CappedOutput(10);
  const r = await runChecks({
    chunks: ['var fired = false;'],
    checks: "check('prints', () => { console.log('hello world, this is long'); setTimeout(() => { console.log('late'); }, 30); });",
    output: sink,
  });
  assert.match(r.output, /^hello worl\n… output cut at 10 B/);
  const before = sink.toString();
  await new Promise((res) => setTimeout(res, 60));
  assert.is(sink.toString(), before, 'the timer never fired');
});

s('callbacks: declared names, then start and end of each check', async () => {
  const events: string[] = [];
  await runChecks({
    chunks: [],
    checks: "check('a', () => {}); check('b', () => { throw 1; });",
    onDeclared: (names) => events.push(`declared ${names.join(',')}`),
    onCheckStart: (i, name) => events.push(`start ${i} ${name}`),
    onCheckEnd: (i, r) => events.push(`end ${i} ${r.ok}`),
  });
  assert.equal(events, ['declared a,b', 'start 0 a', 'end 0 true', 'start 1 b', 'end 1 false']);
});

s('across the realms: learner arrays, Maps, classes, promises and errors work in checks; check values work in learner code', async () => {
  const r = await runChecks({
    chunks: [
      toScript(`class Stack<T> { items: T[] = []; push(x: T) { this.items.push(x); return this; } }
        async function later() { return new Map([['a', [1, 2]]]); }
        function kinds(xs: unknown, clock: { now(): number }, random: () => number) { return [xs instanceof Array, xs instanceof Object, typeof clock.now(), typeof random()]; }
        function fails() { throw new RangeError('nope'); }
        function sum(xs: number[]) { return xs.reduce((a, b) => a + b, 0); }
        function copy<T>(x: T): T { return structuredClone(x); }`),
    ],
    checks: `check('class', () => { const s = new Stack().push(1); expect(s).toBeInstanceOf(Stack); expect(s.items).toEqual([1]); class Twice extends Stack { push(x) { super.push(x); return super.push(x); } } expect(new Twice().push(2).items).toEqual([2, 2]); expect(s.items instanceof Array).toBe(true); });
      check('promise', async () => { expect(await later()).toEqual(new Map([['a', [1, 2]]])); await expect(Promise.resolve().then(fails)).rejects('nope'); });
      check('values in', () => { expect(kinds([1], fakeClock(), seededRandom(1))).toEqual([true, true, 'number', 'number']); });
      check('errors out', () => { try { fails(); } catch (e) { expect(e instanceof RangeError, 'instanceof RangeError').toBe(true); expect(e instanceof Error, 'instanceof Error').toBe(true); } });
      check('sum', () => expect(sum([1, 2, 3])).toBe(6));
      check('clone', () => { const m = new Map([[1, { a: [1] }]]); const c = copy(m); expect(c).toEqual(m); expect(c.get(1) === m.get(1)).toBe(false); expect(() => copy(() => 1)).toThrow('could not be cloned'); });`,
  });
  assert.equal(r.results.map((x) => `${x.name} ${x.ok ? 'ok' : x.message}`), ['class ok', 'promise ok', 'values in ok', 'errors out ok', 'sum ok', 'clone ok']);
});

s('a learner that patches its globals (by accident or not) changes nothing the checks compute', async () => {
  const r = await runChecks({
    chunks: ['Array.prototype.sort = function () { return this; }; Math.max = () => 0; Object.is = () => true; JSON.stringify = () => "[]"; function top(xs) { return xs[0]; }'],
    checks: `check('top', () => { const xs = [3, 9, 4]; expect(top(xs), 'top').toBe(Math.max(...xs)); expect([...xs].sort((a, b) => b - a)[0]).toBe(9); });`,
  });
  assert.equal(r.results.map((x) => x.message ?? 'ok'), ['top: expected 9, got 3']);
});

s('a throw inside a randomised check names the input that triggered it, not a later call', async () => {
  const r = await runChecks({
    chunks: ['function smallest(xs) { if (xs.length > 3) throw new TypeError("too long"); return Math.min(...xs); }'],
    checks: `check('random', () => { const rnd = seededRandom(3); for (let n = 1; n < 10; n++) { const xs = Array.from({ length: n }, () => Math.floor(rnd() * 10)); expect(smallest(xs), 'smallest').toBe(Math.min(...xs)); } });`,
  });
  assert.match(r.results[0]!.message!, /^TypeError: too long \(in the call smallest\(\[\d, \d, \d, \d\]\)\)$/);
  // a check's own error after its calls returned names the last call seen instead
  const after = await runChecks({ chunks: ['function pair(x) { return x > 5 ? undefined : [x, x]; }'], checks: "check('shape', () => { for (let i = 0; i < 10; i++) expect(pair(i)[0], 'pair(i)[0]').toBe(i); });" });
  assert.match(after.results[0]!.message!, /^TypeError: Cannot read properties of undefined \(reading '0'\) \(the last call into your code: pair\(6\)\)$/);
});

s('tracking calls reads nothing a check could count (a Proxy that counts reads sees only the learner\'s reads)', async () => {
  const r = await runChecks({
    chunks: ['function first(xs) { return xs[0]; }'],
    checks: `check('reads', () => {
      let reads = 0;
      const xs = new Proxy([5, 6, 7], { get(t, k, r) { if (typeof k === 'string' && /^\\d+$/.test(k)) reads++; return Reflect.get(t, k, r); } });
      for (let i = 0; i < 200; i++) expect(first(xs), 'first').toBe(5);
      expect(reads, 'reads').toBe(200);
    });`,
  });
  assert.equal(r.results.map((x) => x.message ?? 'ok'), ['ok']);
});

s('the learner\'s top-level names are found in every chunk (functions, classes, destructuring, vars in blocks)', async () => {
  const { topLevelNames } = await import('../../src/practice/top-level-names.ts');
  assert.equal(topLevelNames(['function a() {}', 'class B {}', 'var { c, d: [e] } = { c: 1, d: [2] };', 'if (1) { var f = 1; } for (var g of []) {}', 'let h = 1, i = () => { var notTop = 1; };', 'syntax error here(']).sort(), [
    'B', 'a', 'c', 'e', 'f', 'g', 'h', 'i',
  ]);
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runChecks, type AsyncErrorSource } from '../../src/practice/run-checks.ts';
import { CappedOutput } from '../../src/practice/output-buffer.ts';

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

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { sandboxChildScript } from '../../src/practice/child-script.ts';
import { Sandbox, stopSentence, timeoutMessage, type SandboxReport } from '../../src/practice/sandbox.ts';

const s = suite('sandbox');
const dir = mkdtempSync(join(tmpdir(), 'swelearn-sandbox-test-'));
let sb: Sandbox;

s.before(() => {
  sb = new Sandbox();
});
s.after(() => {
  sb.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Run checks (JavaScript) with a warm child; returns the report and the wall time. */
async function run(checks: string, opts: { chunks?: string[]; timeoutMs?: number; memoryMb?: number; outputCap?: number } = {}) {
  await sb.ready();
  const t0 = performance.now();
  const report = await sb.run({ chunks: opts.chunks ?? [], checks, timeoutMs: opts.timeoutMs ?? 1000, memoryMb: opts.memoryMb, outputCap: opts.outputCap });
  return { report, wall: performance.now() - t0 };
}

const summary = (r: SandboxReport) => r.results.map((x) => `${x.ok ? 'ok' : 'FAIL'} ${x.name}${x.message ? `: ${x.message}` : ''}`);

s('runs learner code and checks, reporting each check', async () => {
  const { report } = await run(`check('adds', () => expect(add(1, 2), 'add(1, 2)').toBe(3)); check('wrong', () => expect(add(2, 2), 'add(2, 2)').toBe(5));`, {
    chunks: ['function add(a, b) { return a + b; }'],
  });
  assert.equal(report.verdict.kind, 'finished');
  assert.equal(summary(report), ['ok adds', 'FAIL wrong: add(2, 2): expected 5, got 4']);
});

s('while(true){} is stopped at the time limit, naming the check, with earlier results kept', async () => {
  const { report, wall } = await run(`check('first', () => {}); check('spins', () => { while (true) {} }); check('third', () => {});`, { timeoutMs: 2000 });
  assert.equal(report.verdict.kind, 'timeout');
  assert.ok(wall < 2000 + 500, `prompt back after ${wall} ms`);
  assert.is(report.results[0]!.ok, true);
  assert.match(report.results[1]!.message!, /stopped after 2000 ms, the time limit; 1 of 3 checks had passed before this one; .*may be too slow for this input.*an endless loop/);
  assert.is(report.results[2]!.skipped, true);
  assert.match(report.stopped!, /during "spins"/);
  assert.equal(report.stop?.why.reason, 'timeout');
  assert.equal(report.stop?.at, { check: 'spins' });
});

s('a time-limit stop says how far the run got and that the solution may be too slow', async () => {
  const { report } = await run(
    `check('small', () => expect(count(3), 'count(3)').toBe(3)); check('large inputs', () => { for (let n = 0; ; n += 1000) expect(count(n), \`count(\${n})\`).toBe(n); });`,
    { chunks: ['function count(n) { let c = 0; for (let i = 0; i < n; i++) for (let j = 0; j < 200; j++) if (j === 0) c++; return c; }'], timeoutMs: 1500 },
  );
  assert.equal(report.verdict.kind, 'timeout');
  const msg = report.results[1]!.message!;
  assert.match(msg, /^stopped after 1500 ms, the time limit; 1 of 2 checks had passed before this one; within it, at least [\d,]+ calls into your code and [\d,]+ assertions passed \(the last: "count\(\d+\)"\); the last call seen: count\(\d+\)\. Your solution may be too slow for this input/);
});

s('a check stopped inside its first call into the learner\'s code names that call', async () => {
  const { report } = await run(`check('one big input', () => { expect(solve(Array.from({ length: 30 }, (_, i) => i)), 'solve').toBe(1); });`, {
    chunks: ['function solve(xs) { for (;;) {} }'],
    timeoutMs: 1000,
  });
  assert.match(report.results[0]!.message!, /within it, at least 1 call into your code; the last call seen: solve\(\[…\]\)\. Your solution may be too slow/);
});

s('an async infinite loop (awaiting in a loop) is stopped at the time limit', async () => {
  const { report, wall } = await run(`check('spins', async () => { for (;;) await null; });`);
  assert.equal(report.verdict.kind, 'timeout');
  assert.ok(wall < 1000 + 500, `prompt back after ${wall} ms`);
  assert.match(report.results[0]!.message!, /awaits in a loop/);
});

s('an endless loop while the learner code loads is stopped too', async () => {
  const { report } = await run(`check('never reached', () => {});`, { chunks: ['while (true) {}'] });
  assert.equal(report.verdict.kind, 'timeout');
  assert.match(report.error!, /did not finish loading: stopped after 1000 ms/);
});

s('allocating 4 GB on the heap ends in a memory verdict, or a time-out that says memory was climbing', async () => {
  const { report, wall } = await run(`check('hog', () => { const a = []; for (let i = 0; ; i++) a.push(new Array(1e6).fill(i)); });`, {
    timeoutMs: 2000,
  });
  assert.ok(wall < 2000 + 500, `prompt back after ${wall} ms`);
  const msg = report.results[0]!.message!;
  if (report.verdict.kind === 'memory') assert.match(msg, /ran out of memory \(the limit is 256 MB\)/);
  else {
    assert.equal(report.verdict.kind, 'timeout');
    assert.match(msg, /memory still climbing \(\d+ MB; the limit is 256 MB\)/);
  }
});

s('the heap limit gives a memory verdict when it is reached in time', async () => {
  const { report } = await run(`check('hog', () => { const a = []; for (let i = 0; ; i++) a.push(new Array(1e5).fill(i)); });`, {
    memoryMb: 64,
    timeoutMs: 8000,
  });
  assert.equal(report.verdict, { kind: 'memory', limitMb: 64, check: 'hog' });
  assert.equal(summary(report), ['FAIL hog: ran out of memory (the limit is 64 MB)']);
});

s('one 4 GB ArrayBuffer fails cleanly inside the check (the address-space limit)', async () => {
  const { report } = await run(`check('big buffer', () => { new ArrayBuffer(4 * 2 ** 30); }); check('still runs', () => {});`);
  assert.equal(report.verdict.kind, 'finished');
  assert.equal(summary(report), ['FAIL big buffer: RangeError: Array buffer allocation failed (over the memory limit)', 'ok still runs']);
});

s('4 GB of small ArrayBuffers ends the run with a memory verdict', async () => {
  const { report, wall } = await run(`check('buffers', () => { const a = []; for (let i = 0; i < 4096; i++) a.push(new ArrayBuffer(2 ** 20)); });`);
  assert.ok(wall < 1500);
  if (report.verdict.kind === 'finished') {
    // the allocator refused a buffer before V8 ran short: a clean RangeError
    assert.match(report.results[0]!.message!, /Array buffer allocation failed/);
  } else assert.equal(report.verdict, { kind: 'memory', limitMb: 256, check: 'buffers' });
});

s('process and require do not exist for the learner or the checks; the other checks still run', async () => {
  const { report } = await run(
    `check('exits', () => { process.exit(1); }); check('requires', () => { require('node:fs'); }); check('typeof', () => { expect(typeof process).toBe('undefined'); expect(typeof require).toBe('undefined'); expect(typeof Buffer).toBe('undefined'); }); check('after', () => {});`,
    { chunks: ['var seen = typeof process + typeof require;'] },
  );
  assert.equal(report.verdict.kind, 'finished');
  assert.equal(summary(report), [
    'FAIL exits: ReferenceError: process is not defined',
    'FAIL requires: ReferenceError: require is not defined',
    'ok typeof',
    'ok after',
  ]);
});

s('the network is closed', async () => {
  const { report } = await run(`check('fetch', () => { expect(typeof fetch).toBe('undefined'); expect(typeof WebSocket).toBe('undefined'); });`, {
    chunks: ['var kinds = typeof fetch + typeof WebSocket + typeof XMLHttpRequest;'],
  });
  assert.is(report.results[0]!.ok, true, report.results[0]!.message);
});

s('throwing a non-Error names the value', async () => {
  const { report } = await run(`check('throws 42', () => { throw 42; }); check('throws a string', () => { throw 'nope'; });`);
  assert.match(report.results[0]!.message!, /^threw 42 \(not an Error/);
  assert.match(report.results[1]!.message!, /^threw "nope"/);
});

s('an unhandled rejection fails the check that caused it, or becomes a note', async () => {
  const { report } = await run(`check('rejects', () => { Promise.reject(new Error('lost')); }); check('next', () => {});`, {
    chunks: ['Promise.reject(new Error("at load"));'],
  });
  assert.equal(summary(report), ['FAIL rejects: a promise was rejected and nothing handled it: Error: lost', 'ok next']);
  assert.equal(report.notes, ['a promise was rejected and nothing handled it: Error: at load']);
});

s('an error thrown from a timer fails the check that is waiting', async () => {
  const { report } = await run(`check('timer throws', async () => { setTimeout(() => { throw new Error('boom'); }, 0); await new Promise((r) => setTimeout(r, 50)); });`);
  assert.match(report.results[0]!.message!, /an error was thrown from a callback \(timer or event\): Error: boom/);
});

s('printing 100 MB is capped (the checks\' console and the learner\'s)', async () => {
  const { report } = await run(
    `check('console', () => { const line = 'x'.repeat(1 << 20); for (let i = 0; i < 50; i++) console.log(line); });
     check('learner console', () => { shout(50); });`,
    { timeoutMs: 5000, outputCap: 4096, chunks: ["function shout(n) { const line = 'y'.repeat(1 << 20); for (let i = 0; i < n; i++) console.error(line); }"] },
  );
  assert.equal(report.verdict.kind, 'finished');
  assert.ok(report.output.length < 4096 + 500, `kept ${report.output.length} characters`);
  assert.match(report.output, /output cut at 4 KB \(\d+ MB more dropped\)/);
});

s('a check that never returns: a promise that never settles fails alone; a sync hang stops the run', async () => {
  const { report } = await run(`check('never settles', () => new Promise(() => {})); check('after', () => {});`, { timeoutMs: 1000 });
  assert.equal(summary(report), ['FAIL never settles: did not finish within 500 ms (a promise that never settles?)', 'ok after']);
});

s('each run gets pristine realms', async () => {
  await run(`check('marks', () => {});`, { chunks: ['globalThis.leak = 1; Array.prototype.leak = 2;'] });
  const second = await run(`check('clean', () => { expect(probe(), 'probe()').toEqual(['undefined', 'undefined']); });`, {
    chunks: ['function probe() { return [typeof globalThis.leak, typeof [].leak]; }'],
  });
  assert.is(second.report.results[0]!.ok, true, second.report.results[0]!.message);
});

s('the shell process is untouched after the hostile runs', () => {
  assert.is(typeof process.pid, 'number');
  assert.not.ok(existsSync(join(dir, 'written.txt')));
});

s('a stopped run says why as data; stopSentence words it, and the time limit can be worded by the caller', () => {
  const stop = { why: { reason: 'timeout' as const, limitMs: 1000, limitMb: 256 }, at: { check: 'spins' } };
  assert.match(stopSentence(stop), /^stopped after 1000 ms, the time limit: an endless loop.* \(during "spins"\)$/);
  const worded = stopSentence(stop, { timeLimit: '1000 ms (2x its timeout=500)' });
  assert.match(worded, /^stopped after 1000 ms \(2x its timeout=500\): an endless loop/);
  assert.is(stopSentence({ why: { reason: 'memory', limitMb: 64 }, at: 'loading' }), 'ran out of memory (the limit is 64 MB) (while loading your code)');
});

s('timeoutMessage: memory climbing vs a plain loop', () => {
  assert.match(timeoutMessage(2000, 256, 100, 200), /memory still climbing \(200 MB; the limit is 256 MB\)/);
  assert.match(timeoutMessage(2000, 256, 40, 42), /an endless loop/);
  const far = timeoutMessage(2000, 256, 40, 42, { passed: 2, total: 5, progress: { index: 2, assertions: 1234, calls: 1300, label: 'solve(a)', call: 'solve([3, 1, 2])' } });
  assert.match(far, /2 of 5 checks had passed before this one; within it, at least 1,300 calls into your code and 1,234 assertions passed \(the last: "solve\(a\)"\); the last call seen: solve\(\[3, 1, 2\]\)\. Your solution may be too slow/);
  assert.match(timeoutMessage(2000, 256, undefined, undefined), /an endless loop/);
});

s('closing a sandbox before its child is spawned kills the child as it appears', async () => {
  // a copy of the child script under a unique name, so that ps finds only this sandbox's child
  const script = join(dir, `early-close-${process.pid}.js`);
  copyFileSync(await sandboxChildScript(), script);
  const early = new Sandbox({ script });
  early.close(); // the child's path is still being resolved: there is no process yet
  await new Promise((r) => setTimeout(r, 300));
  const ps = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  assert.not.ok(ps.includes(script), `a child outlived close():\n${ps}`);
  try {
    await early.ready();
    assert.unreachable('ready() after close() should reject');
  } catch (e) {
    assert.match(String(e), /closed/);
  }
});

s.run();

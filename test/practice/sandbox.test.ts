import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { sandboxChildScript } from '../../src/practice/child-script.ts';
import { Sandbox, timeoutMessage, type SandboxReport } from '../../src/practice/sandbox.ts';

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
  assert.match(report.results[1]!.message!, /stopped after 2000 ms, the time limit: an endless loop/);
  assert.is(report.results[2]!.skipped, true);
  assert.match(report.stopped!, /during "spins"/);
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

s('process.exit(1) and process.kill(process.pid) are refused; the other checks still run', async () => {
  const { report } = await run(
    `check('exits', () => { process.exit(1); }); check('kills', () => { process.kill(process.pid); }); check('kills the shell', () => { process.kill(process.ppid, 'SIGKILL'); }); check('aborts', () => { process.abort(); }); check('after', () => {});`,
  );
  assert.equal(report.verdict.kind, 'finished');
  const lines = summary(report);
  assert.match(lines[0]!, /^FAIL exits: SandboxRefused: process\.exit\(1\) was called/);
  assert.match(lines[1]!, /^FAIL kills: SandboxRefused: process\.kill\(\d+\) was called: the sandbox may not send signals/);
  assert.match(lines[2]!, /^FAIL kills the shell: SandboxRefused: process\.kill\(\d+, SIGKILL\)/);
  assert.match(lines[3]!, /^FAIL aborts: SandboxRefused: process\.abort\(\) is not allowed/);
  assert.equal(lines[4], 'ok after');
});

s('a process that dies anyway gets a "died" verdict', async () => {
  // the learner's code may reach a real exit path the guards do not know; simulate one by
  // closing the IPC channel, which makes the child exit
  const { report } = await run(`check('disconnects', async () => { process.disconnect(); await new Promise(() => {}); });`, { timeoutMs: 3000 });
  assert.equal(report.verdict.kind, 'died');
  assert.match(report.results[0]!.message!, /the checks' process died \(exit code 0\)/);
});

s('writing, reading and deleting files are denied (even through process.getBuiltinModule)', async () => {
  const target = join(dir, 'written.txt');
  const secret = join(dir, 'secret.txt');
  const victim = join(dir, 'victim.txt');
  writeFileSync(secret, 'the secret');
  writeFileSync(victim, 'keep me');
  const fs = `process.getBuiltinModule('node:fs')`;
  const { report } = await run(
    `check('writes', () => { ${fs}.writeFileSync(${JSON.stringify(target)}, 'x'); });
     check('reads', () => { console.log(${fs}.readFileSync(${JSON.stringify(secret)}, 'utf8')); });
     check('deletes', () => { ${fs}.unlinkSync(${JSON.stringify(victim)}); });
     check('writes async', async () => { await ${fs}.promises.writeFile(${JSON.stringify(target)}, 'x'); });`,
  );
  for (const r of report.results) assert.match(r.message ?? '', /Access to this API has been restricted/, r.name);
  assert.not.ok(existsSync(target));
  assert.is(readFileSync(victim, 'utf8'), 'keep me');
  assert.not.match(report.output, /the secret/);
});

s('spawning a process or a worker is denied', async () => {
  const marker = join(dir, 'spawned');
  const { report } = await run(
    `check('spawns', () => { process.getBuiltinModule('node:child_process').spawnSync('touch', [${JSON.stringify(marker)}]); });
     check('execs', () => { process.getBuiltinModule('child_process').execSync('touch ${marker}'); });
     check('worker', () => { new (process.getBuiltinModule('node:worker_threads').Worker)('1', { eval: true }); });
     check('binding', () => { process.binding('spawn_sync'); });`,
  );
  for (const r of report.results) assert.match(r.message ?? '', /Access to this API has been restricted|ERR_ACCESS_DENIED|process\.binding/, r.name);
  assert.not.ok(existsSync(marker));
});

s('the network is closed', async () => {
  const { report } = await run(
    `check('fetch', () => { expect(typeof fetch).toBe('undefined'); });
     check('connect', () => { process.getBuiltinModule('node:net').connect(80, '127.0.0.1'); });`,
  );
  assert.is(report.results[0]!.ok, true);
  assert.match(report.results[1]!.message!, /a network connection is not allowed/);
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

s('printing 100 MB is capped (console, process.stdout and fd 1)', async () => {
  const { report, wall } = await run(
    `check('console', () => { const line = 'x'.repeat(1 << 20); for (let i = 0; i < 100; i++) console.log(line); });
     check('stdout', () => { process.stdout.write('y'.repeat(1e8)); });
     check('fd 1', () => { const fs = process.getBuiltinModule('node:fs'); const s = 'z'.repeat(1 << 20); try { for (let i = 0; i < 100; i++) fs.writeSync(1, s); } catch {} });`,
    { timeoutMs: 5000, outputCap: 4096 },
  );
  assert.equal(report.verdict.kind, 'finished');
  assert.ok(wall < 5000);
  assert.ok(report.output.length < 3 * 4096 + 500, `kept ${report.output.length} characters`);
  assert.match(report.output, /output cut at 4 KB \(\d+ MB more dropped\)/);
  assert.match(report.output, /more written straight to stdout, dropped/);
});

s('a check that never returns: a promise that never settles fails alone; a sync hang stops the run', async () => {
  const { report } = await run(`check('never settles', () => new Promise(() => {})); check('after', () => {});`, { timeoutMs: 1000 });
  assert.equal(summary(report), ['FAIL never settles: did not finish within 500 ms (a promise that never settles?)', 'ok after']);
});

s('each run gets a pristine process', async () => {
  const first = await run(`check('marks', () => { process.leftover = 1; globalThis.leak = 1; console.log(process.pid); });`);
  const second = await run(`check('clean', () => { expect(process.leftover, 'process.leftover').toBeUndefined(); console.log(process.pid); });`);
  assert.is(second.report.results[0]!.ok, true, second.report.results[0]!.message);
  assert.is.not(first.report.output.trim(), second.report.output.trim());
});

s('the shell process is untouched after the hostile runs', () => {
  assert.is(typeof process.pid, 'number');
  assert.not.ok(existsSync(join(dir, 'written.txt')));
});

s('timeoutMessage: memory climbing vs a plain loop', () => {
  assert.match(timeoutMessage(2000, 256, 100, 200), /memory still climbing \(200 MB; the limit is 256 MB\)/);
  assert.match(timeoutMessage(2000, 256, 40, 42), /an endless loop/);
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

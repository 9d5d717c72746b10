// The hostile matrix of issue 15, through the real sandbox: learner code (and lesson checks) that
// try to forge a verdict, throw values that are hard to describe, or leak out of the sandbox.
// Every case here passed a check that should fail, hung the run, or escaped, before the realms
// of src/practice/run-checks.ts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { sandboxChildScript } from '../../src/practice/child-script.ts';
import { Sandbox, type SandboxReport } from '../../src/practice/sandbox.ts';

const s = suite('sandbox-hostile');
const dir = mkdtempSync(join(tmpdir(), 'swelearn-hostile-'));
let sb: Sandbox;
s.before(() => {
  sb = new Sandbox();
});
s.after(() => {
  sb.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(checks: string, chunks: string[] = [], timeoutMs = 2000): Promise<SandboxReport> {
  await sb.ready();
  return sb.run({ chunks, checks, timeoutMs });
}
const lines = (r: SandboxReport) => r.results.map((x) => `${x.ok ? 'ok' : 'FAIL'} ${x.name}${x.message ? `: ${x.message}` : ''}`);
const passedAll = (r: SandboxReport) => r.results.length > 0 && r.results.every((x) => x.ok);

// a learner answer that is wrong (0, not 42), plus code that tries to make the check pass anyway
const WRONG = 'function answer(x) { return 0; }';
const JUDGE = `check('the answer', () => { expect(answer([1, 2]), 'answer()').toBe(42); }); check('deep', () => { expect([answer([3])]).toEqual([42]); });`;
const forgeries: [string, string][] = [
  ['Promise.race and Object.is through process.constructor', 'var g = process.constructor.constructor("return this")(); g.Promise.race = () => Promise.resolve(); g.Object.is = () => true;'],
  ['Promise.race and Object.is through a check-realm function', 'var g = console.log.constructor("return this")(); g.Promise.race = () => Promise.resolve(); g.Object.is = () => true;'],
  ['the learner realm\'s own intrinsics', 'Promise.race = () => Promise.resolve(); Object.is = () => true; Promise.prototype.then = function (f) { f && f(); }; Array.prototype.every = () => true; JSON.stringify = () => "[42]";'],
  ['reassigning check', 'var o = check; check = (n, f) => o(n, () => {});'],
  ['declaring check and expect', 'var check = function () {}; var expect = function () { return { toBe() {}, toEqual() {} }; };'],
  ['process.send a done report at load', "process.send({ type: 'done', report: { results: [{ name: 'everything', ok: true, ms: 0 }], output: '', ms: 0 } });"],
  [
    'patching the check realm through an array the check passed in',
    'var answer = function (arr) { try { const A = arr.constructor; A.prototype.every = () => true; Object.getPrototypeOf(A).is = () => true; A.isArray = () => false; } catch {} try { Object.getPrototypeOf(Object.getPrototypeOf(arr)).constructor.is = () => true; } catch {} return 0; };',
  ],
  ['a CallSite leak through Error.prepareStackTrace', 'var answer = function () { Error.prepareStackTrace = (e, cs) => cs; const cs = new Error().stack; for (const c of cs) { try { const t = c.getThis(); if (t && t.Object) t.Object.is = () => true; } catch {} } return 0; };'],
  ['dynamic import of a built-in', "import('node:process').then((p) => p.default.send({ type: 'done' })).catch(() => {});"],
  ['the global object of the check realm via Reflect and getters', 'var answer = function (arr) { try { const F = Reflect.getPrototypeOf(arr.push); Reflect.defineProperty(F, "call", { value: () => 42 }); } catch {} return 0; };'],
];

s(`forgery: none of ${forgeries.length} forgeries passes a wrong answer, and both checks report`, async () => {
  const forged: string[] = [];
  for (const [name, code] of forgeries) {
    const r = await run(JUDGE, [WRONG, code]);
    const first = r.results[0]?.message ?? '';
    if (passedAll(r) || r.results.length !== 2 || !/expected 42, got 0|expected 42 \(number\)/.test(first)) forged.push(`${name}:\n  ${lines(r).join('\n  ')}`);
  }
  assert.equal(forged, [], forged.join('\n'));
});

s('forgery: process.send at load while the code loops forever is a time-out, not a pass', async () => {
  const r = await run(
    `check('delays', () => { expect(delayFor(1), 'delayFor(1)').toBe(200); });`,
    ["process.send({ type: 'done', report: { results: [{ name: 'everything', ok: true, ms: 0 }], output: '', ms: 0 } });", 'function delayFor(n) { for (;;) {} }'],
    1000,
  );
  assert.equal(r.verdict.kind, 'timeout');
  assert.not.ok(passedAll(r));
  assert.match(r.error ?? '', /process is not defined/);
});

s('forgery: an assertion that fails inside a callback the learner\'s code swallows still fails the check', async () => {
  const r = await run(`check('callback', () => { each([1, 2], (x) => expect(x, 'x').toBe(1)); });`, ['function each(xs, f) { for (const x of xs) { try { f(x); } catch {} } }']);
  assert.equal(lines(r), ['FAIL callback: x: expected 1, got 2 (this failed assertion was caught before it reached the checks; it still counts)']);
});

s('forgery: a check-realm object cannot be patched by learner code (frozen), and learner patches stay in its realm', async () => {
  const r = await run(
    `check('frozen', () => { const clock = fakeClock(); tamper(clock, [1]); expect(typeof clock.advance).toBe('function'); expect([3, 1, 2].sort()).toEqual([1, 2, 3]); expect(Object.is(1, 2)).toBe(false); });`,
    ["function tamper(clock, arr) { 'use strict'; const tries = [() => { clock.advance = 1; }, () => { arr.constructor.prototype.sort = () => []; }, () => { Object.getPrototypeOf(arr.constructor).is = () => true; }]; let refused = 0; for (const t of tries) { try { t(); } catch { refused++; } } if (refused !== tries.length) throw new Error('patched ' + (tries.length - refused)); }"],
  );
  assert.equal(lines(r), ['ok frozen']);
});

// ---- hostile throwables and caps
s('throwables: proxies, throwing getters, non-Errors and 8e6-character messages each get a clear verdict; every check runs', async () => {
  const r = await run(
    `check('throwing proxy', () => { throw new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } }); });
     check('revoked proxy', () => { const p = Proxy.revocable({}, {}); p.revoke(); throw p.proxy; });
     check('message getter throws', () => { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('getter'); } }); throw e; });
     check('name getter throws', () => { const e = new TypeError('bad'); Object.defineProperty(e, 'name', { get() { throw 1; } }); throw e; });
     check('a symbol', () => { throw Symbol('s'); });
     check('null', () => { throw null; });
     check('toString throws', () => { throw { toString() { throw new Error('no'); } }; });
     check('huge message', () => { throw new Error('E'.repeat(8e6)); });
     check('huge failure', () => { expect('F'.repeat(8e6)).toBe('G'); });
     check('rejects with a proxy', async () => { await Promise.reject(new Proxy({}, { getPrototypeOf() { throw 1; }, get() { throw 2; } })); });
     check('${'N'.repeat(5000)}', () => { throw new Error('long name'); });
     check('after', () => {});`,
  );
  assert.equal(r.verdict.kind, 'finished');
  const m = r.results.map((x) => x.message ?? 'ok');
  assert.equal(r.results.length, 12);
  assert.match(m[0]!, /^threw a value that cannot be read \(a Proxy whose traps throw\?\)/);
  assert.match(m[1]!, /^threw a value that cannot be read/);
  assert.match(m[2]!, /^Error: \(its message could not be read: the getter threw\)/);
  assert.match(m[3]!, /^Error: bad/);
  assert.match(m[4]!, /^threw Symbol\(s\) \(not an Error/);
  assert.match(m[5]!, /^threw null \(not an Error/);
  assert.match(m[6]!, /^threw \{toString: \[function toString\]\} \(not an Error/);
  assert.match(m[7]!, /^Error: E{100}.*more characters\)/);
  for (const x of m) assert.ok(x.length <= 2500, `a message of ${x.length} characters`);
  assert.match(m[8]!, /^expected "G", got "F{200}…"$/);
  assert.match(m[9]!, /cannot be read/);
  assert.ok(r.results[10]!.name.length <= 250, `a name of ${r.results[10]!.name.length} characters`);
  assert.equal(m[11], 'ok');
});

s('throwables: a hostile unhandled rejection and a hostile throw while loading are described, not fatal', async () => {
  const r = await run(`check('next', () => {});`, [
    'Promise.reject(new Proxy({}, { getPrototypeOf() { throw 1; }, get() { throw 2; } }));',
    "throw new Proxy(new Error('x'), { get() { throw 3; } });",
  ]);
  assert.equal(r.verdict.kind, 'finished');
  assert.match(r.error ?? '', /your code threw while loading: /);
  assert.equal(lines(r), ['ok next']);
});

// ---- leaks, from the learner's code and from a lesson's checks
const LEAKS: [string, string][] = [
  ['dgram.Socket', "const dgram = process.getBuiltinModule('node:dgram'); const sock = new dgram.Socket('udp4'); sock.send('x', 9, '127.0.0.1');"],
  ['dns.lookup', "process.getBuiltinModule('node:dns').lookup('localhost', () => {});"],
  ['dns.Resolver', "new (process.getBuiltinModule('node:dns').Resolver)().resolve4('example.com', () => {});"],
  ['trace_events', "const t = process.getBuiltinModule('node:trace_events').createTracing({ categories: ['node.perf'] }); t.enable();"],
  ['os.setPriority on the shell', "process.getBuiltinModule('node:os').setPriority(process.ppid, 19);"],
  ['via the check realm\'s Function', "console.log.constructor('return process')().getBuiltinModule('node:dgram');"],
  ['via the learner realm\'s Function', "this.constructor.constructor('return process')().getBuiltinModule('node:dns');"],
  ['via a CallSite', "Error.prepareStackTrace = (e, cs) => cs; for (const c of new Error().stack) { const t = c.getThis(); if (t && t.process) t.process.getBuiltinModule('node:os').setPriority(process.ppid, 19); } throw new Error('no process in any frame');"],
  ['v8, inspector, worker_threads, child_process', "for (const m of ['v8', 'inspector', 'worker_threads', 'child_process', 'cluster', 'vm', 'repl', 'net', 'tls', 'http', 'http2']) process.getBuiltinModule(m);"],
  ['process.binding and dlopen', "process.binding('udp_wrap'); process.dlopen({}, '/tmp/x.node');"],
  ['require', "require('node:dgram');"],
  ['WebAssembly in the checks\' realm', "new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));"],
];

s('leaks: no built-in with I/O is reachable from the learner\'s code or a lesson\'s checks', async () => {
  const before = readdirSync(process.cwd());
  const priority = getPriority(process.pid);
  const chunks = LEAKS.map(([, code], i) => `var leak${i} = function () { ${code} };`);
  const viaLearner = LEAKS.map(([name], i) => `check(${JSON.stringify(`learner: ${name}`)}, () => { leak${i}(); });`).join('\n');
  const viaChecks = LEAKS.map(([name, code]) => `check(${JSON.stringify(`checks: ${name}`)}, () => { ${code} });`).join('\n');
  const r = await run(`${viaLearner}\n${viaChecks}`, chunks, 5000);
  assert.equal(r.verdict.kind, 'finished');
  const escaped = r.results.filter((x) => x.ok && !/WebAssembly/.test(x.name)).map((x) => x.name);
  assert.equal(escaped, [], 'every leak attempt fails');
  for (const x of r.results) assert.match(x.message ?? 'ok', /is not defined|Code generation from strings disallowed|not allowed|Cannot read properties of undefined|no process in any frame|not extensible|ok|WebAssembly/, x.name);
  const wasmInChecks = r.results.find((x) => x.name === "checks: WebAssembly in the checks' realm")!;
  assert.match(wasmInChecks.message ?? '', /disallowed|Wasm code generation/i);
  assert.equal(readdirSync(process.cwd()), before, 'nothing written to the working directory (node_trace.1.log)');
  assert.not.ok(existsSync(join(process.cwd(), 'node_trace.1.log')));
  assert.is(getPriority(process.pid), priority, 'the shell keeps its priority');
});

s('leaks: a UDP packet never leaves', async () => {
  const dgram = await import('node:dgram');
  const server = dgram.createSocket('udp4');
  let got = 0;
  server.on('message', () => got++);
  await new Promise<void>((res) => server.bind(0, '127.0.0.1', () => res()));
  const port = (server.address() as { port: number }).port;
  const send = `const d = process.getBuiltinModule('node:dgram'); const s = new d.Socket('udp4'); s.send('x', ${port}, '127.0.0.1');`;
  const r = await run(`check('udp', () => { ${send} }); check('udp via Function', () => { console.log.constructor(${JSON.stringify(send)})(); });`, [`try { ${send} } catch {}`]);
  await new Promise((res) => setTimeout(res, 200));
  server.close();
  assert.is(got, 0);
  assert.not.ok(passedAll(r));
});

s('allowlist: the sandbox process\'s own process.getBuiltinModule gives only safe built-ins; binding, dlopen, exit, kill throw', async () => {
  // the child script preloaded into a plain node: its lock-down runs, then this probe
  const probe = `
    const refused = [];
    for (const m of ['dgram', 'node:dns', 'dns/promises', 'os', 'net', 'tls', 'http', 'https', 'http2', 'trace_events', 'inspector', 'v8', 'worker_threads', 'child_process', 'fs', 'cluster', 'repl', 'vm', 'module', 'process']) {
      try { process.getBuiltinModule(m); } catch (e) { if (/not allowed inside the checks' sandbox/.test(e.message)) refused.push(m); }
    }
    const allowed = ['assert', 'events', 'path', 'util', 'node:url', 'string_decoder'].filter((m) => { try { return !!process.getBuiltinModule(m); } catch { return false; } });
    const threw = ['binding', '_linkedBinding', 'dlopen', 'exit', 'kill', 'abort'].filter((f) => { try { process[f]('x'); return false; } catch { return true; } });
    process.exitCode = refused.length === 20 && allowed.length === 6 && threw.length === 6 ? 0 : 1;
    require('node:fs').writeSync(2, JSON.stringify({ refused, allowed, threw }));`;
  const r = spawnSync(process.execPath, ['-r', await sandboxChildScript(), '-e', probe], { encoding: 'utf8', timeout: 30_000 });
  assert.is(r.status, 0, r.stderr);
});

// ---- the parent accepts only this run's messages, in order
s('a child that forges messages without this run\'s nonce, or out of order, is not believed', async () => {
  const fakeChild = (name: string, withNonce: boolean) => {
    const path = join(dir, name);
    writeFileSync(
      path,
      `process.send({ type: 'ready' });
       process.on('message', (m) => {
         const nonce = ${withNonce} ? m.job.nonce : undefined;
         const results = [{ name: 'everything', ok: true, ms: 0 }];
         // no declared/start: a done that claims a pass out of the blue
         process.send({ type: 'done', nonce, report: { results, output: '', ms: 0 } });
       });
       setInterval(() => {}, 1000);`,
    );
    return path;
  };
  const noNonce = new Sandbox({ script: fakeChild('no-nonce.cjs', false) });
  try {
    const r = await noNonce.run({ chunks: [], checks: '', timeoutMs: 800 });
    assert.equal(r.verdict.kind, 'timeout', 'messages without the nonce are ignored');
    assert.not.ok(passedAll(r));
  } finally {
    noNonce.close();
  }
  const outOfOrder = new Sandbox({ script: fakeChild('out-of-order.cjs', true) });
  try {
    const r = await outOfOrder.run({ chunks: [], checks: '', timeoutMs: 2000 });
    assert.equal(r.verdict.kind, 'died');
    assert.match(r.stopped ?? '', /do not belong to this run/);
    assert.not.ok(passedAll(r));
  } finally {
    outOfOrder.close();
  }
});

s.run();

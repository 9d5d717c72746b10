// The sandbox process: bundled to dist/sandbox-child.js and started by src/practice/sandbox.ts
// under Node's permission model (it may read only itself), an address-space limit and a V8 heap
// limit. It says `ready`, runs one job with runChecks(), reports each check as it goes, says
// `done`, and is then killed by the parent: every run gets a pristine process.
//
// The learner's code and the checks run in realms of their own (src/practice/run-checks.ts), where
// `process` and `require` do not exist. This realm is kept out of their reach; still, before any
// job it closes the doors the permission model leaves open, in case one is ever reached:
// exiting or signalling (which could kill the shell), writing to the real stdout/stderr (routed
// into the capped buffer instead), native addons and internal bindings, and every built-in
// module but a small allowlist (no network, DNS, UDP, tracing, inspector, os, v8, workers,
// processes, files, cluster, repl or vm).
import { CappedOutput } from './output-buffer.ts';
import { createCheckContext, runChecks, type CheckContext } from './run-checks.ts';
import type { FromChild, ToChild } from './sandbox-protocol.ts';

/** The built-in modules process.getBuiltinModule still gives (docs/practice.md lists them). */
export const SAFE_BUILTINS: readonly string[] = [
  'assert', 'assert/strict', 'buffer', 'events', 'path', 'path/posix', 'path/win32', 'querystring', 'string_decoder',
  'timers', 'timers/promises', 'url', 'util', 'util/types',
];

const rawSend = process.send?.bind(process);
/** the current run's nonce: every message about a run carries it */
let nonce = '';
const send = (m: FromChild) => {
  try {
    rawSend?.(m.type === 'ready' ? m : { ...m, nonce });
  } catch {
    // the parent went away; nothing to tell
  }
};

class SandboxRefused extends Error {
  override name = 'SandboxRefused';
}

const refuse = (what: string) => () => {
  throw new SandboxRefused(`${what} is not allowed inside the checks' sandbox`);
};

/** where process.stdout/stderr writes go: the current job's buffer */
let sink = new CappedOutput(64 * 1024);
const reallyExit = (process as unknown as { reallyExit: (code: number) => void }).reallyExit.bind(process);

function lockDown(): void {
  const p = process as unknown as Record<string, unknown>;
  const exit = (code?: unknown) => {
    throw new SandboxRefused(`process.exit(${code === undefined ? '' : String(code)}) was called: checks run your code, which must return instead of exiting`);
  };
  const kill = (pid?: unknown, signal?: unknown) => {
    throw new SandboxRefused(`process.kill(${[pid, signal].filter((x) => x !== undefined).map(String).join(', ')}) was called: the sandbox may not send signals`);
  };
  for (const [name, fn] of [
    ['exit', exit],
    ['reallyExit', exit],
    ['kill', kill],
    ['_kill', kill],
    ['abort', refuse('process.abort()')],
    ['chdir', refuse('process.chdir()')],
    ['setuid', refuse('process.setuid()')],
    ['setgid', refuse('process.setgid()')],
    ['dlopen', refuse('process.dlopen()')],
    ['binding', refuse('process.binding()')],
    ['_linkedBinding', refuse('process._linkedBinding()')],
    ['send', refuse('process.send()')],
  ] as const) {
    try {
      // writable, so node's own code may assign them; the originals stay out of reach
      Object.defineProperty(p, name, { value: fn, writable: true, configurable: true });
    } catch {
      // not defined on this platform
    }
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = (chunk: unknown, encoding?: unknown, cb?: unknown) => {
      sink.write(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : String(chunk));
      const done = typeof encoding === 'function' ? encoding : cb;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    };
    Object.defineProperty(stream, 'write', { value: write, writable: true, configurable: true });
  }
  // Node 20's permission model does not cover the network: close the usual ways out.
  const g = globalThis as Record<string, unknown>;
  for (const name of ['fetch', 'WebSocket', 'EventSource']) delete g[name];
  const net = process.getBuiltinModule?.('node:net') as typeof import('node:net') | undefined;
  if (net) {
    Object.defineProperty(net.Socket.prototype, 'connect', { value: refuse('a network connection'), writable: false, configurable: false });
    Object.defineProperty(net.Server.prototype, 'listen', { value: refuse('listening on a port'), writable: false, configurable: false });
  }
  const dgram = process.getBuiltinModule?.('node:dgram') as typeof import('node:dgram') | undefined;
  if (dgram) {
    Object.defineProperty(dgram, 'createSocket', { value: refuse('a UDP socket'), writable: false, configurable: false });
    for (const m of ['bind', 'send', 'connect'] as const) Object.defineProperty(dgram.Socket.prototype, m, { value: refuse('a UDP socket'), writable: false, configurable: false });
  }
  const getBuiltin = process.getBuiltinModule?.bind(process);
  const allowed = new Set(SAFE_BUILTINS);
  Object.defineProperty(p, 'getBuiltinModule', {
    value: (id: unknown) => {
      const name = typeof id === 'string' ? id.replace(/^node:/, '') : '';
      if (!getBuiltin || !allowed.has(name)) {
        throw new SandboxRefused(`the module ${JSON.stringify(String(id))} is not allowed inside the checks' sandbox (allowed: ${SAFE_BUILTINS.join(', ')})`);
      }
      return getBuiltin(`node:${name}`);
    },
    writable: false,
    configurable: false,
  });
}

/** listeners of the job in progress for errors that escape the learner's promises and timers */
const asyncListeners = new Set<(kind: 'rejection' | 'exception', e: unknown) => void>();
const onAsyncError = (kind: 'rejection' | 'exception') => (e: unknown) => {
  if (asyncListeners.size === 0) sink.write(`(between checks) ${kind === 'rejection' ? 'unhandled rejection' : 'uncaught exception'}: ${String(e)}\n`);
  for (const fn of asyncListeners) fn(kind, e);
};

async function runJob(message: ToChild): Promise<void> {
  const { job } = message;
  const output = new CappedOutput(job.outputCap);
  sink = output;
  nonce = typeof job.nonce === 'string' ? job.nonce : '';
  const context = prepared ?? createCheckContext();
  prepared = null;
  const report = await runChecks({
    chunks: job.chunks,
    names: Array.isArray(job.names) ? job.names.filter((n) => typeof n === 'string') : [],
    checks: job.checks,
    checkTimeoutMs: job.checkTimeoutMs ?? Math.max(50, Math.floor(job.timeoutMs / 2)),
    output,
    asyncErrors: {
      subscribe(fn) {
        asyncListeners.add(fn);
        return () => asyncListeners.delete(fn);
      },
    },
    onDeclared: (names) => send({ type: 'declared', names }),
    onCheckStart: (index, name) => send({ type: 'start', index, name }),
    onCheckEnd: (index, result) => send({ type: 'result', index, result }),
    onProgress: (progress) => send({ type: 'progress', progress }),
    onError: (text) => send({ type: 'error', text }),
  }, context);
  send({ type: 'done', report });
}

lockDown();
process.on('unhandledRejection', onAsyncError('rejection'));
process.on('uncaughtException', onAsyncError('exception'));
/**
 * One throwaway run before saying ready: V8 shares compiled functions between contexts that
 * evaluate the same source, so the check API and the run loop are compiled (and node's own
 * paths warmed) before the learner waits on them. Measured: the first run in a fresh process
 * cost ~2 ms more CPU without it.
 */
async function warmUp(): Promise<void> {
  const output = new CappedOutput(1024);
  await runChecks(
    {
      chunks: ['var __warm = [1, new Map([[1, 2]])];'],
      names: ['__warm'],
      checks: "check('warm', async () => { expect(__warm, 'warm').toEqual([1, new Map([[1, 2]])]); expect(1).not.toBe(2); await flush(); });",
      output,
      onDeclared: () => {},
      onCheckStart: () => {},
      onCheckEnd: () => {},
    },
    createCheckContext(),
  );
}
/** the next job's realms, made while waiting: creating them is the costliest step of a run */
let prepared: CheckContext | null = null;
// One job at a time. Normally the parent kills this process after one job; check-corpus
// reuses it for the next (each job still gets a fresh vm context and its timers cleared).
let busy = false;
process.on('message', (m: unknown) => {
  if (busy || typeof m !== 'object' || m === null || (m as ToChild).type !== 'job') return;
  busy = true;
  void runJob(m as ToChild).finally(() => {
    busy = false;
    setImmediate(() => (prepared ??= createCheckContext())); // in case this process is reused
  });
});
// the parent is gone: nobody will read the results
process.on('disconnect', () => reallyExit(0));
void warmUp()
  .catch(() => {}) // a failed warm-up only costs time; the real run reports its own errors
  .then(() => {
    prepared ??= createCheckContext();
    send({ type: 'ready' });
  });

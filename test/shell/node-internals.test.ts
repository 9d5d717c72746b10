// The node internals the shell relies on, each checked on its own so that a node upgrade that
// changes one fails here, loudly and by name, instead of somewhere in the shell:
// - REPLServer: the 'bufferedCommand' symbol, `_domain`, `editorMode`, `_ttyWrite` (own property),
//   readline's `_sawKeyPress` (src/shell/repl.ts, src/shell/ts-eval.ts);
// - readline: paste-start / paste-end key names for bracketed paste (repl.ts);
// - process._tickCallback running promise jobs when called (ts-eval.ts drainMicrotasks);
// - a REPLServer made with breakEvalOnSigint races a top-level await against 'SIGINT' emitted on
//   it (ts-eval.ts forwards the piped-mode time limit's signal that way);
// - process.binding('async_wrap').popAsyncContext (src/shell/async-stack.ts).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import repl from 'node:repl';
import { emitKeypressEvents } from 'node:readline';
import { PassThrough } from 'node:stream';
import { bufferedCommand, runAsUnit } from '../../src/shell/repl.ts';
import { markAsyncStack, restoreAsyncStack } from '../../src/shell/async-stack.ts';

const s = suite('node internals the shell uses');

function server(terminal = false) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += d));
  const r = repl.start({ prompt: '', input, output, terminal, ignoreUndefined: true });
  return { r, out: () => out, close: () => r.close() };
}

s("REPLServer keeps an unfinished statement under a symbol described 'bufferedCommand'", () => {
  const { r, close } = server();
  assert.ok(Object.getOwnPropertySymbols(r).some((sym) => sym.description === 'bufferedCommand'), 'the symbol is there');
  r.emit('line', 'function f() {');
  assert.is(bufferedCommand(r), 'function f() {\n');
  r.emit('line', '}');
  assert.is(bufferedCommand(r), '');
  close();
});

s('REPLServer reports errors of evaluated code on its `_domain` (an EventEmitter)', () => {
  const { r, close } = server();
  const domain = (r as unknown as { _domain: NodeJS.EventEmitter })._domain;
  assert.type(domain?.prependListener, 'function');
  let seen: unknown;
  domain.prependListener('error', (e) => (seen = e));
  r.emit('line', 'null.boom');
  assert.is((seen as Error | undefined)?.name, 'TypeError'); // from the REPL's own realm
  close();
});

s('editorMode with _sawKeyPress off gathers lines, and an empty line runs them as one unit (runAsUnit)', async () => {
  const { r, out, close } = server();
  assert.is(typeof (r as unknown as { editorMode: unknown }).editorMode, 'boolean');
  assert.ok('_sawKeyPress' in r, 'readline still exposes _sawKeyPress');
  runAsUnit(r, 'const xs = [1, 2, 3]\n  .map((x) => x * 2)\nxs.length + xs[2]');
  await new Promise((res) => setImmediate(res));
  assert.match(out(), /^9$/m, out());
  close();
});

s("a terminal REPLServer has its own `_ttyWrite`, which readline calls for each key", () => {
  const { r, close } = server(true);
  assert.ok(Object.prototype.hasOwnProperty.call(r, '_ttyWrite'), 'own property');
  const keys: string[] = [];
  const rr = r as unknown as { _ttyWrite: (d: string, k: { name?: string }) => void };
  const orig = rr._ttyWrite;
  rr._ttyWrite = (d, k) => {
    keys.push(k?.name ?? d);
    orig(d, k);
  };
  (r as unknown as { input: PassThrough }).input.write('ab');
  assert.equal(keys, ['a', 'b']);
  close();
});

s('readline names the bracketed-paste markers paste-start and paste-end', () => {
  const input = new PassThrough();
  emitKeypressEvents(input);
  const names: (string | undefined)[] = [];
  input.on('keypress', (_d: string, k: { name?: string }) => names.push(k?.name));
  input.write('\x1b[200~x\x1b[201~');
  assert.equal(names, ['paste-start', 'x', 'paste-end']);
});

s('process._tickCallback runs queued promise jobs when called from a macrotask', async () => {
  assert.type((process as unknown as { _tickCallback: unknown })._tickCallback, 'function');
  const ran = await new Promise<boolean>((res) =>
    setImmediate(() => {
      let done = false;
      void Promise.resolve().then(() => (done = true));
      (process as unknown as { _tickCallback(): void })._tickCallback();
      res(done);
    }),
  );
  assert.ok(ran, 'the promise job ran inside the call');
});

s("emitting 'SIGINT' on a REPLServer (breakEvalOnSigint) rejects the top-level await it is waiting on, reported on its `_domain`", async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const r = repl.start({ prompt: '', input, output, terminal: false, ignoreUndefined: true, breakEvalOnSigint: true });
  const domain = (r as unknown as { _domain: NodeJS.EventEmitter })._domain;
  const seen = new Promise<unknown>((res) => domain.prependListener('error', res));
  r.emit('line', 'await new Promise(() => {})');
  await new Promise((res) => setImmediate(res));
  r.emit('SIGINT');
  const e = await seen;
  assert.is((e as NodeJS.ErrnoException).code, 'ERR_SCRIPT_EXECUTION_INTERRUPTED');
  r.close();
});

s("process.binding('async_wrap').popAsyncContext exists, and restoring a mark with nothing to undo is a no-op", () => {
  const p = process as unknown as { binding(n: string): { popAsyncContext?: unknown }; noDeprecation?: boolean };
  const quiet = p.noDeprecation;
  p.noDeprecation = true;
  try {
    assert.type(p.binding('async_wrap').popAsyncContext, 'function');
  } finally {
    p.noDeprecation = quiet;
  }
  const mark = markAsyncStack();
  restoreAsyncStack(mark);
  assert.equal(markAsyncStack().asyncId, mark.asyncId);
});

s.run();

// Run an exercise's checks against the learner's code, in two realms the learner cannot bridge.
// Used inside the sandbox process (src/practice/sandbox-child.ts); it does no I/O itself: output
// goes to a sink, and async errors arrive through a source the caller wires to process events.
//
// Three realms, so that a pass means the checks ran and passed:
// - node's own realm (here): process, the IPC channel, the report. Nothing of it is handed to the
//   other two realms except functions kept in closures, which take and return only primitives.
// - the checks' realm (a vm context, "C"): the check API, the assertions, the run loop and the
//   checks. Code generation from strings is off there and every intrinsic is frozen before the
//   learner's code runs, so learner code that gets hold of a C object (a callback, an array a
//   check passed in, `console`) can neither run code in C nor patch anything the checks use.
// - the learner's realm (a vm context, "L"): the learner's code, with only JavaScript's own
//   built-ins plus console, timers, queueMicrotask, structuredClone and performance.now (all
//   made in C). No
//   process, no require, no Buffer. Patching L's globals changes only the learner's own realm.
// The checks call into L by name: the learner's top-level names are bound as locals of the
// checks' function. Values cross freely (cross-realm arrays, Maps, classes and promises work);
// `instanceof` between the realms' built-ins (Array, Map, Error, …) is bridged both ways.
import vm from 'node:vm';
import { createCheckApi, MESSAGE_CAP, NAME_CAP } from './check-api.ts';
import { CappedOutput } from './output-buffer.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  message?: string;
  ms: number;
  /** true when the check never ran (the run stopped before it) */
  skipped?: boolean;
}

export interface RunReport {
  results: CheckResult[];
  /** an error that stopped the run before or between checks (the learner's code threw at load, …) */
  error?: string;
  /** things that went wrong outside any check (an unhandled rejection after the last check, …) */
  notes?: string[];
  /** captured console output, capped */
  output: string;
  ms: number;
}

/** How far a check had got: sent now and then, so that a run stopped at the time limit can say. */
export interface CheckProgress {
  index: number;
  assertions: number;
  calls: number;
  /** the label of the last assertion */
  label: string;
  /** the last call into the learner's code, e.g. `solve([3, 1, 2])` */
  call: string;
}

/** Where errors that escape the learner's promises and timers are reported. */
export interface AsyncErrorSource {
  subscribe(fn: (kind: 'rejection' | 'exception', error: unknown) => void): () => void;
}

export interface RunInput {
  /** learner code: JavaScript scripts (already transpiled), run in order; a chunk that throws is reported */
  chunks: string[];
  /** the check script (JavaScript) */
  checks: string;
  /** the learner's top-level names (topLevelNames(chunks)); computed here when absent */
  names?: string[];
  /** time limit for one check that returns a promise, ms */
  checkTimeoutMs?: number;
  /** cap on captured console output, characters */
  outputCap?: number;
  /** share a sink (the sandbox also routes process.stdout writes into it) */
  output?: CappedOutput;
  asyncErrors?: AsyncErrorSource;
  /** called once the checks are declared, before the first runs */
  onDeclared?(names: string[]): void;
  onCheckStart?(index: number, name: string): void;
  onCheckEnd?(index: number, result: CheckResult): void;
  onProgress?(progress: CheckProgress): void;
  /** an error outside any check (the learner's code threw while loading, …), as it happens */
  onError?(text: string): void;
}

/** Names a check may not bind from the learner's realm: keywords, strict-mode reserved words, the check API. */
const RESERVED = new Set([
  'undefined', 'NaN', 'Infinity', 'eval', 'arguments', 'globalThis', 'let', 'yield', 'await', 'static', 'enum', 'implements',
  'interface', 'package', 'private', 'protected', 'public', 'check', 'expect', 'assert', 'fail', 'fakeClock', 'seededRandom',
  'sequence', 'deferred', 'flush', '__sweApi', '__sweScope', '__sweLoadError', '__sweError',
]);
const API_NAMES = ['check', 'expect', 'assert', 'fail', 'fakeClock', 'seededRandom', 'sequence', 'deferred', 'flush'];
const IDENT = /^[A-Za-z_$][\w$]*$/;
/**
 * Built-ins the checks rely on: a learner's top-level name that shadows one of these (say a
 * `var Map = …`) is not bound for the checks, which keep their realm's own. Any other learner
 * name (`escape`, `find`, …) wins over the built-in of that name, as at the prompt.
 */
const PROTECTED = new Set([
  'Object', 'Function', 'Array', 'Number', 'String', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON', 'Reflect', 'Proxy', 'Promise',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'Date', 'RegExp',
  'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask',
  'performance', 'structuredClone', 'isNaN', 'isFinite', 'parseInt', 'parseFloat', 'Infinity', 'NaN', 'undefined',
]);

/**
 * The checks' realm's run-time: made inside C from this function's source, so it must be
 * self-contained. `host*` are node-realm functions that take and return primitives only; they
 * stay in this closure and are never handed to other code.
 */
function realmRuntime(
  hostWrite: (text: string) => void,
  hostSchedule: (kind: number, ms: number, fn: () => void) => number,
  hostCancel: (id: number) => void,
  hostNow: () => number,
  hostEmit: (type: string, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown) => void,
  makeApi: typeof createCheckApi,
  learnerGlobal: Record<string, unknown>,
  messageCap: number,
  nameCap: number,
) {
  'use strict';
  const { defineProperty, freeze, getOwnPropertyDescriptor, getPrototypeOf, setPrototypeOf } = Object;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const ownKeys = Reflect.ownKeys;
  const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
  const PromiseCtor = Promise;
  const promiseThen = Promise.prototype.then;
  const StringFn = String;
  const NumberFn = Number;
  const JSONStringify = JSON.stringify;
  const push = Array.prototype.push;
  const WeakMapCtor = WeakMap;
  const wmGet = WeakMap.prototype.get;
  const wmSet = WeakMap.prototype.set;
  const MapCtor = Map;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const cGlobal = globalThis as unknown as Record<string, unknown>;
  const isArrayFn = Array.isArray;

  // ---- progress: how far the running check got (for a run stopped at the time limit)
  let current = -1;
  let assertions = 0;
  let calls = 0;
  let label = '';
  let lastCallName = '';
  /** the last call's arguments when all of them were copied (a call that threw), else null */
  let lastCallArgs: unknown[] | null = null;
  let lastCallCount = -1;
  let lastCallA: unknown;
  let lastCallB: unknown;
  let lastCallC: unknown;
  let lastCallNew = false;
  let ticks = 0;
  let lastEmit = 0;
  /** the first failed assertion of the running check, even if something caught it */
  let failure: string | undefined;
  /**
   * The last call as text. Shallow while a check runs: reading the learner's values or the
   * check's (a Proxy that counts reads, a getter) would be seen by the check, so objects show
   * only as `[…]` or `{…}`. Deep once the check has ended.
   */
  const callText = (deep: boolean): string => {
    if (lastCallCount < 0) return '';
    const args = lastCallArgs ?? [lastCallA, lastCallB, lastCallC];
    const n = lastCallArgs ? lastCallArgs.length : lastCallCount;
    const parts: string[] = [];
    for (let i = 0; i < n && i < args.length && i < 6; i++) {
      const v = args[i];
      const shallow = typeof v === 'object' && v !== null ? (isArrayFn(v) ? '[…]' : '{…}') : typeof v === 'function' ? '[function]' : null;
      apply(push, parts, [deep || shallow === null ? api.show(v) : shallow]);
    }
    if (n > parts.length) apply(push, parts, ['…']);
    return api.cap(`${lastCallNew ? 'new ' : ''}${lastCallName}(${parts.join(', ')})`, 400);
  };
  /**
   * Progress goes out with a check's first call or assertion, then at most every 100 ms: the
   * clock is read at each of a check's first 64 events (slow checks make few), then at every
   * 64th (fast ones make many, and reading it costs a call into node's realm).
   */
  const tick = () => {
    if (current < 0) return;
    const n = ++ticks;
    if (n > 64 && (n & 63) !== 0) return;
    const t = hostNow();
    if (n !== 1 && t - lastEmit < 100) return;
    lastEmit = t;
    hostEmit('progress', current, assertions, calls, label, callText(false));
  };

  const api = makeApi({
    immediate: (fn) => void hostSchedule(2, 0, fn),
    assertion(l) {
      assertions++;
      label = typeof l === 'string' ? api.cap(l, 200) : '';
      tick();
    },
    failed: (message) => onFailure(message),
  });
  // an assertion that fails records itself, so learner code that catches it cannot hide it
  const FailureBase = api.CheckFailure;
  const onFailure = (message: string) => {
    if (current >= 0 && failure === undefined) failure = message;
  };

  // ---- console, timers and clocks, for both realms (made here: frozen, and no code generation)
  const text = (args: unknown[]) => {
    let out = '';
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      out += (i ? ' ' : '') + (typeof a === 'string' ? a : api.show(a));
      if (out.length > messageCap * 64) break;
    }
    return out;
  };
  const write = (...args: unknown[]) => hostWrite(`${text(args)}\n`);
  const consoleObject = freeze({ log: write, info: write, warn: write, error: write, debug: write, trace: write, table: write, dir: write });
  const handles = new WeakMapCtor<object, number>();
  const handle = (id: number) => {
    const h = freeze({
      ref: () => h,
      unref: () => h,
      hasRef: () => true,
      refresh: () => h,
      [Symbol.toPrimitive]: () => id,
    });
    apply(wmSet, handles, [h, id]);
    return h;
  };
  const idOf = (h: unknown): number => {
    if (typeof h === 'number') return h;
    if ((typeof h === 'object' || typeof h === 'function') && h !== null) {
      const id = apply(wmGet, handles, [h]) as number | undefined;
      return id ?? -1;
    }
    return -1;
  };
  const ms = (v: unknown) => {
    const n = NumberFn(v);
    return n === n && n > 0 ? n : 0;
  };
  const bind = (fn: unknown, args: unknown[]) => {
    if (typeof fn !== 'function') throw new TypeError('the callback must be a function');
    return () => void apply(fn as (...a: unknown[]) => unknown, undefined, args);
  };
  const timers = freeze({
    setTimeout: (fn: unknown, delay?: unknown, ...args: unknown[]) => handle(hostSchedule(0, ms(delay), bind(fn, args))),
    setInterval: (fn: unknown, delay?: unknown, ...args: unknown[]) => handle(hostSchedule(1, ms(delay), bind(fn, args))),
    setImmediate: (fn: unknown, ...args: unknown[]) => handle(hostSchedule(2, 0, bind(fn, args))),
    clearTimeout: (h: unknown) => hostCancel(idOf(h)),
    clearInterval: (h: unknown) => hostCancel(idOf(h)),
    clearImmediate: (h: unknown) => hostCancel(idOf(h)),
    queueMicrotask: (fn: unknown) => void hostSchedule(3, 0, bind(fn, [])),
  });
  const performanceObject = freeze({ now: () => hostNow(), timeOrigin: 0 });
  const define = (target: Record<string, unknown>, name: string, value: unknown) =>
    defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  for (const target of [learnerGlobal, cGlobal]) {
    define(target, 'console', consoleObject);
    define(target, 'performance', performanceObject);
    define(target, 'structuredClone', (v: unknown) => api.structuredClone(v));
    for (const k of ownKeys(timers) as string[]) define(target, k, (timers as Record<string, unknown>)[k]);
  }

  // ---- instanceof across the realms: `x instanceof Array` holds for an array of either realm
  const bridged = ['Object', 'Array', 'Function', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'Date', 'RegExp', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'];
  const counterpart = new MapCtor<unknown, unknown>();
  for (const name of bridged) {
    const mine = cGlobal[name];
    const theirs = learnerGlobal[name];
    if (typeof mine !== 'function' || typeof theirs !== 'function') continue;
    apply(mapSet, counterpart, [mine, theirs]);
    apply(mapSet, counterpart, [theirs, mine]);
  }
  function crossRealmHasInstance(this: unknown, v: unknown): boolean {
    if (apply(ordinaryHasInstance, this, [v])) return true;
    const other = apply(mapGet, counterpart, [this]);
    return other !== undefined && (apply(ordinaryHasInstance, other, [v]) as boolean);
  }
  for (const name of bridged) {
    for (const g of [cGlobal, learnerGlobal]) {
      const ctor = g[name];
      if (typeof ctor === 'function') defineProperty(ctor, Symbol.hasInstance, { value: crossRealmHasInstance, writable: false, configurable: true });
    }
  }

  // ---- calls into the learner's realm are tracked (the input of a failing randomised check).
  // A plain wrapper function, not a Proxy: a Proxy call costs ~5x a direct one (measured, 1e6
  // calls: ~250 ms against ~45 ms), which would tilt checks that time or count the learner's
  // code. The wrapper copies arguments only for the calls it samples (a check's first, then
  // every 64th) and for a call that throws; `apply(fn, this, arguments)` needs no copy.
  let thrown: unknown = undefined;
  /** the last call's record is the call that threw `thrown` (until the next call) */
  let thrownCall = false;
  const tracked = new WeakMapCtor<object, unknown>();
  const track = (value: unknown, name: string): unknown => {
    if (typeof value !== 'function') return value;
    const known = apply(wmGet, tracked, [value]);
    if (known) return known;
    const fn = value as (...a: unknown[]) => unknown;
    const wrapper = function (this: unknown) {
      const isNew = new.target !== undefined;
      // the last call, kept without allocating: its first three arguments (read by index:
      // passing `arguments` on would make V8 build it for every call)
      lastCallName = name;
      lastCallCount = arguments.length;
      lastCallA = arguments[0];
      lastCallB = arguments[1];
      lastCallC = arguments[2];
      lastCallNew = isNew;
      lastCallArgs = null;
      thrownCall = false;
      calls++;
      tick();
      try {
        if (isNew) return construct(fn, arguments, new.target === wrapper ? fn : new.target);
        return apply(fn, this, arguments);
      } catch (e) {
        if (thrown !== e) {
          const copy: unknown[] = [];
          for (let i = 0; i < arguments.length && i < 7; i++) copy[i] = arguments[i];
          thrown = e;
          lastCallName = name;
          lastCallArgs = copy;
          lastCallNew = isNew;
          thrownCall = true;
        }
        throw e;
      }
    };
    // the wrapper stands in for the function: its name, length, prototype (instanceof, extends)
    // and statics (read and written through) are the learner's
    try {
      const proto = getPrototypeOf(fn);
      setPrototypeOf(wrapper, proto);
      for (const key of ownKeys(fn)) {
        if (key === 'arguments' || key === 'caller') continue;
        const d = getOwnPropertyDescriptor(fn, key);
        if (!d) continue;
        if (key === 'name' || key === 'length') defineProperty(wrapper, key, { value: d.value, configurable: true });
        else if (key === 'prototype') defineProperty(wrapper, key, { value: d.value, writable: false, configurable: false });
        else {
          defineProperty(wrapper, key, {
            get: () => (fn as unknown as Record<PropertyKey, unknown>)[key],
            set: (v: unknown) => void ((fn as unknown as Record<PropertyKey, unknown>)[key] = v),
            enumerable: d.enumerable,
            configurable: true,
          });
        }
      }
    } catch {
      return value; // a function that will not be copied (a Proxy, say): the checks get it as it is
    }
    apply(wmSet, tracked, [value, wrapper]);
    return wrapper;
  };

  // ---- the run
  interface Case {
    name: string;
    fn: () => unknown;
  }
  let pendingAsync: ((e: unknown) => void) | null = null;
  const turn = () => new PromiseCtor<void>((resolve) => void hostSchedule(2, 0, () => resolve()));
  /** settle with `value` if it is a promise or thenable, by the C realm's own `then` where it can */
  const settle = (value: unknown, resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
    try {
      apply(promiseThen, value, [resolve, reject]); // any realm's native promise, without its own (patchable) then
    } catch {
      new PromiseCtor((res) => res(value)).then(resolve, reject); // a thenable or a plain value
    }
  };

  async function run(program: (loadError: (e: unknown) => void) => unknown[], checks: (api: unknown, scope: unknown[]) => void, names: string, checkTimeoutMs: number) {
    const started = hostNow();
    const declared: Case[] = [];
    const checkApi = freeze({
      check(name: unknown, fn: unknown) {
        let n: string;
        try {
          n = typeof name === 'string' ? name : StringFn(name);
        } catch {
          n = `check ${declared.length + 1}`;
        }
        n = api.cap(n, nameCap);
        apply(push, declared, [{ name: n, fn: typeof fn === 'function' ? fn : () => api.fail('this check has no function') }]);
      },
      expect: api.expect,
      assert: api.assert,
      fail: api.fail,
      fakeClock: (start?: number) => freeze(api.fakeClock(start)),
      seededRandom: api.seededRandom,
      sequence: api.sequence,
      deferred: api.deferred,
      flush: api.flush,
    });
    const learnerNames: string[] = JSONParse(names);
    let values: unknown[] = [];
    try {
      const got = program((e) => hostEmit('error', `your code threw while loading: ${api.describeError(e)}`));
      for (let i = 0; i < learnerNames.length; i++) apply(push, values, [(got as unknown[])[i]]);
    } catch (e) {
      hostEmit('error', `your code threw while loading: ${api.describeError(e)}`);
      values = [];
    }
    const scope: unknown[] = [];
    for (let i = 0; i < learnerNames.length; i++) apply(push, scope, [track(values[i], learnerNames[i]!)]);
    try {
      checks(checkApi, scope);
    } catch (e) {
      hostEmit('error', `the checks could not start: ${api.describeError(e)}`);
    }
    await turn(); // a rejection left behind by loading the code is a note, not the first check's failure
    const declaredNames: string[] = [];
    for (let i = 0; i < declared.length; i++) apply(push, declaredNames, [declared[i]!.name]);
    hostEmit('declared', JSONStringify(declaredNames));
    for (let index = 0; index < declared.length; index++) {
      const c = declared[index]!;
      current = index;
      assertions = 0;
      calls = 0;
      label = '';
      lastCallArgs = null;
      lastCallCount = -1;
      lastCallA = lastCallB = lastCallC = undefined;
      thrown = undefined;
      thrownCall = false;
      failure = undefined;
      ticks = 0;
      hostEmit('start', index, c.name);
      const t0 = hostNow();
      let ok = false;
      let message: string | undefined;
      let timer = -1;
      try {
        const result = apply(c.fn, undefined, []);
        await new PromiseCtor((resolve, reject) => {
          pendingAsync = reject;
          timer = hostSchedule(0, checkTimeoutMs, () => reject(new FailureBase(`did not finish within ${checkTimeoutMs} ms (a promise that never settles?)`)));
          settle(result, resolve, reject);
        });
        hostCancel(timer);
        // an unhandled rejection made by this check surfaces after its microtasks: wait for it
        await new PromiseCtor((resolve, reject) => {
          pendingAsync = reject;
          void hostSchedule(2, 0, () => resolve(undefined));
        });
        ok = true;
      } catch (e) {
        message = api.describeError(e);
        const isFailure = (() => {
          try {
            return e instanceof FailureBase;
          } catch {
            return false;
          }
        })();
        if (!isFailure && thrownCall && thrown === e) message += ` (in the call ${callText(true)})`;
        else if (!isFailure && lastCallCount >= 0) message += ` (the last call into your code: ${callText(true)})`;
      }
      hostCancel(timer);
      pendingAsync = null;
      if (ok && failure !== undefined) {
        ok = false;
        message = `${failure} (this failed assertion was caught before it reached the checks; it still counts)`;
      }
      current = -1;
      hostEmit('result', index, c.name, ok, ok ? undefined : api.cap(message ?? 'failed', messageCap + 400), hostNow() - t0);
    }
    await turn();
    hostEmit('done', hostNow() - started);
  }

  function asyncError(kind: number, e: unknown) {
    const described = api.describeError(e);
    const message = kind === 0 ? `a promise was rejected and nothing handled it: ${described}` : `an error was thrown from a callback (timer or event): ${described}`;
    if (pendingAsync) pendingAsync(new FailureBase(message));
    else hostEmit('note', api.cap(message, messageCap + 400));
  }

  const JSONParse = JSON.parse;
  return freeze({ run, asyncError });
}

/** Freeze every object reachable from the realm's global (its intrinsics), but not the global itself. */
function lockdownRealm() {
  'use strict';
  const seen = new Set<unknown>();
  const stack: unknown[] = [globalThis];
  while (stack.length) {
    const o = stack.pop();
    if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
    seen.add(o);
    for (const k of Reflect.ownKeys(o)) {
      let d: PropertyDescriptor | undefined;
      try {
        d = Reflect.getOwnPropertyDescriptor(o, k);
      } catch {
        continue;
      }
      if (!d) continue;
      if ('value' in d) stack.push(d.value);
      else stack.push(d.get, d.set);
    }
    stack.push(Reflect.getPrototypeOf(o));
  }
  for (const o of seen) if (o !== globalThis) Object.freeze(o);
  // the global object of a vm context cannot be frozen: it stays out of reach instead (no
  // code generation, and every function made here is strict, so none hands out `this`)
}

/** Source of a self-contained function, to evaluate in another realm (tsx adds __name calls). */
const realmSource = (fn: Function) => `(function () { 'use strict'; var __name = function (f) { return f; }; return (${fn.toString()}); })()`;

type Runtime = ReturnType<typeof realmRuntime>;

/** A fresh pair of realms for one run, made ahead of time (the sandbox makes it while it waits for a job). */
export interface CheckContext {
  learner: vm.Context;
  checks: vm.Context;
  runtime: Runtime;
  /** the built-in global names of each realm */
  learnerBuiltins: string[];
  checkBuiltins: Set<string>;
  bridge: HostBridge;
}

/** The node-realm end of the bridge: timers, output and events, by id and primitive. */
class HostBridge {
  sink: CappedOutput = new CappedOutput(64 * 1024);
  listener: ((type: string, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown) => void) | null = null;
  private seq = 0;
  private handles = new Map<number, { kind: number; t: NodeJS.Timeout | NodeJS.Immediate }>();

  write = (text: string) => {
    if (typeof text === 'string') this.sink.write(text);
  };
  schedule = (kind: number, ms: number, fn: () => void): number => {
    if (typeof fn !== 'function') return -1;
    const delay = typeof ms === 'number' && ms > 0 ? Math.min(ms, 2 ** 31 - 1) : 0;
    const id = ++this.seq;
    if (kind === 3) {
      queueMicrotask(() => void fn());
      return id;
    }
    if (kind === 2) this.handles.set(id, { kind, t: setImmediate(() => (this.handles.delete(id), void fn())) });
    else if (kind === 1) this.handles.set(id, { kind, t: setInterval(() => void fn(), Math.max(1, delay)) });
    else this.handles.set(id, { kind, t: setTimeout(() => (this.handles.delete(id), void fn()), delay) });
    return id;
  };
  cancel = (id: number) => {
    const h = typeof id === 'number' ? this.handles.get(id) : undefined;
    if (!h) return;
    this.handles.delete(id);
    if (h.kind === 2) clearImmediate(h.t as NodeJS.Immediate);
    else clearTimeout(h.t as NodeJS.Timeout);
  };
  now = () => performance.now();
  emit = (type: string, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown) => {
    if (typeof type === 'string') this.listener?.(type, a, b, c, d, e);
  };
  clearAll() {
    for (const id of [...this.handles.keys()]) this.cancel(id);
  }
}

export function createCheckContext(): CheckContext {
  const checks = vm.createContext({}, { name: 'checks', codeGeneration: { strings: false, wasm: false } });
  const learner = vm.createContext({}, { name: 'your code' });
  const bridge = new HostBridge();
  const makeApi = vm.runInContext(realmSource(createCheckApi), checks);
  const factory = vm.runInContext(realmSource(realmRuntime), checks) as typeof realmRuntime;
  const learnerGlobal = vm.runInContext('globalThis', learner) as Record<string, unknown>;
  const runtime = factory(bridge.write, bridge.schedule, bridge.cancel, bridge.now, bridge.emit, makeApi, learnerGlobal, MESSAGE_CAP, NAME_CAP);
  vm.runInContext(`(${realmSource(lockdownRealm)})()`, checks);
  const names = (ctx: vm.Context) => (JSON.parse(vm.runInContext('JSON.stringify(Object.getOwnPropertyNames(globalThis))', ctx) as string) as string[]).filter((n) => IDENT.test(n));
  return {
    learner,
    checks,
    runtime,
    learnerBuiltins: names(learner).filter((n) => !RESERVED.has(n)),
    checkBuiltins: new Set(names(checks)),
    bridge,
  };
}

/**
 * The learner's chunks as one function in their realm, whose first statement copies the realm's
 * globals into local variables: in a vm context every global lookup goes through the context's
 * interceptor and is ~50x slower than in node's own context (measured: a Math.min loop, 380 ms
 * against 6 ms); locals make the learner's code run at full speed, so time limits mean what
 * they say. Top-level declarations are already `var`s (toScript), so chunks may redefine each
 * other's names, as at the prompt. Each chunk runs in its own try block: one that throws is
 * reported and the others still load. It returns the values of the learner's names.
 */
function learnerProgram(chunks: string[], builtins: string[], names: string[], report: (e: string) => void): string {
  const usable: string[] = [];
  for (const [i, chunk] of chunks.entries()) {
    try {
      new vm.Script(chunk, { filename: `your-code-${i + 1}.js` }); // compile only: a syntax error is this chunk's alone
      usable.push(`try {\n${chunk}\n} catch (__sweError) { __sweLoadError(__sweError); }`);
    } catch (e) {
      report(`your code threw while loading: ${(e as Error).name}: ${(e as Error).message}`);
    }
  }
  const prelude = builtins.length ? `var ${builtins.map((n) => `${n} = globalThis.${n}`).join(', ')};` : '';
  const values = names.map((n) => `typeof ${n} === "undefined" ? void 0 : ${n}`).join(',\n');
  return `(function (__sweLoadError) {\n${prelude}\n${usable.join('\n')}\nreturn [${values}];\n})`;
}

/** The checks as one strict function in their realm: API and learner names as locals, built-ins too. */
function checksProgram(checks: string, builtins: Set<string>, names: string[]): string {
  const learner = new Set(names);
  const own = [...builtins].filter((n) => !RESERVED.has(n) && !API_NAMES.includes(n) && !learner.has(n));
  return [
    '(function (__sweApi, __sweScope) {',
    "'use strict';",
    `const { ${API_NAMES.join(', ')} } = __sweApi;`,
    own.length ? `const ${own.map((n) => `${n} = globalThis.${n}`).join(', ')};` : '',
    // let: a check may assign to a learner's name (it changes the checks' copy only)
    names.length ? `let ${names.map((n, i) => `${n} = __sweScope[${i}]`).join(', ')};` : '',
    '(function () {',
    checks,
    '})();',
    '})',
  ].join('\n');
}

export async function runChecks(input: RunInput, prepared?: CheckContext): Promise<RunReport> {
  const started = performance.now();
  const sink = input.output ?? new CappedOutput(input.outputCap ?? 64 * 1024);
  const ctx = prepared ?? createCheckContext();
  ctx.bridge.sink = sink;
  const report: RunReport = { results: [], output: '', ms: 0 };
  const notes: string[] = [];
  const setError = (e: string) => {
    if (report.error !== undefined) return;
    report.error = e;
    input.onError?.(e);
  };

  let names = input.names;
  if (!names) {
    const { topLevelNames } = await import('./top-level-names.ts');
    names = topLevelNames(input.chunks);
  }
  const bound = [...new Set(names)].filter((n) => IDENT.test(n) && !RESERVED.has(n) && !PROTECTED.has(n));
  const declaredByLearner = new Set(names);
  let program: unknown;
  let checksFn: unknown;
  try {
    program = new vm.Script(learnerProgram(input.chunks, ctx.learnerBuiltins.filter((n) => !declaredByLearner.has(n)), bound, setError), { filename: 'your-code.js' }).runInContext(ctx.learner);
  } catch (e) {
    setError(`your code could not be loaded: ${(e as Error).message}`);
    program = new vm.Script('(function () { return []; })').runInContext(ctx.learner);
  }
  try {
    checksFn = new vm.Script(checksProgram(input.checks, ctx.checkBuiltins, bound), { filename: 'checks.js' }).runInContext(ctx.checks);
  } catch (e) {
    setError(`the checks could not start: ${(e as Error).name}: ${(e as Error).message}`);
    checksFn = new vm.Script('(function () {})').runInContext(ctx.checks);
  }

  let declared: string[] = [];
  const unsubscribe = input.asyncErrors?.subscribe((kind, e) => ctx.runtime.asyncError(kind === 'rejection' ? 0 : 1, e));
  const str = (v: unknown, cap: number) => (typeof v === 'string' ? v.slice(0, cap + 400) : '');
  try {
    await new Promise<void>((resolve) => {
      ctx.bridge.listener = (type, a, b, c, d, e) => {
        switch (type) {
          case 'error':
            setError(str(a, MESSAGE_CAP));
            break;
          case 'note':
            notes.push(str(a, MESSAGE_CAP));
            break;
          case 'declared':
            try {
              const parsed: unknown = JSON.parse(str(a, Infinity));
              declared = Array.isArray(parsed) ? parsed.map((n) => str(n, NAME_CAP)) : [];
            } catch {
              declared = [];
            }
            input.onDeclared?.(declared);
            break;
          case 'start':
            if (typeof a === 'number') input.onCheckStart?.(a, declared[a] ?? str(b, NAME_CAP));
            break;
          case 'progress':
            if (typeof a === 'number') input.onProgress?.({ index: a, assertions: Number(b) || 0, calls: Number(c) || 0, label: str(d, 200), call: str(e, 400) });
            break;
          case 'result': {
            if (typeof a !== 'number' || a !== report.results.length || a >= declared.length) break;
            const result: CheckResult = { name: declared[a]!, ok: c === true, ms: typeof e === 'number' ? e : 0 };
            if (!result.ok) result.message = str(d, MESSAGE_CAP) || 'failed';
            report.results.push(result);
            input.onCheckEnd?.(a, result);
            break;
          }
          case 'done':
            resolve();
        }
      };
      ctx.runtime.run(program as never, checksFn as never, JSON.stringify(bound), input.checkTimeoutMs ?? 1000).catch((e: unknown) => {
        setError(`the checks stopped: ${String((e as Error)?.message ?? e)}`);
        resolve();
      });
    });
  } finally {
    ctx.bridge.listener = null;
    unsubscribe?.();
    ctx.bridge.clearAll(); // nothing the learner's code scheduled outlives the run
  }
  if (notes.length) report.notes = notes;
  report.output = sink.toString();
  report.ms = performance.now() - started;
  return report;
}

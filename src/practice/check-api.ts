// The assertion API that lesson checks are written against (docs/lesson-format.md).
//
// Everything lives inside createCheckApi(), which is self-contained on purpose: the sandbox
// evaluates its source text (Function.prototype.toString) inside the checks' own realm, a vm
// context that the learner's code can reach only as frozen objects (src/practice/run-checks.ts).
// So the function may use nothing from outside its body: no imports, no module-level names.
// Every built-in it uses is taken when it is called (before the learner's code runs), and values
// from the learner's realm are inspected with those captured functions, by brand (internal
// slots), never by `instanceof` or by methods the value could override.
//
// The module-level exports below are one instance made in node's own realm, for code that runs
// outside the sandbox (benchmarks, tests).

export interface CheckApiHooks {
  /** run fn on a later turn of the event loop (flush) */
  immediate(fn: () => void): void;
  /** called at every assertion with its label (progress for a run that is stopped) */
  assertion?(label: string | undefined): void;
  /** called when an assertion fails, before it throws (learner code may catch the throw) */
  failed?(message: string): void;
}

export interface FakeClock {
  now(): number;
  setTimeout(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number;
  clearTimeout(id: number | undefined): void;
  setInterval(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number;
  clearInterval(id: number | undefined): void;
  advance(ms: number): void;
  pending(): number;
}

type Matchers = {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeLessThan(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  toBeGreaterThan(n: number): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeNull(): void;
  toBeUndefined(): void;
  toBeDefined(): void;
  toContain(item: unknown): void;
  toHaveLength(n: number): void;
  toBeInstanceOf(ctor: new (...args: never[]) => unknown): void;
  toMatch(re: RegExp | string): void;
  toThrow(substring?: string): void;
  rejects(substring?: string): Promise<void>;
};

export type Expectation = Matchers & { not: Matchers };

export interface CheckCase {
  name: string;
  fn: () => unknown;
}

/** Longest check message kept (a learner's error may be megabytes long). */
export const MESSAGE_CAP = 2000;
/** Longest check name kept. */
export const NAME_CAP = 200;

export function createCheckApi(hooks: CheckApiHooks) {
  'use strict';
  // captured built-ins: the learner's code can neither replace these nor reach them to patch
  const { is: ObjectIs, keys: ObjectKeys, getPrototypeOf } = Object;
  const hasOwn = Object.prototype.hasOwnProperty;
  const objectToString = Object.prototype.toString;
  const isArray = Array.isArray;
  const apply = Reflect.apply;
  const fnToString = Function.prototype.toString;
  const hasInstance = Function.prototype[Symbol.hasInstance];
  const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!;
  const mapEntries = Map.prototype.entries;
  const mapHas = Map.prototype.has;
  const mapGet = Map.prototype.get;
  const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size')!.get!;
  const setValues = Set.prototype.values;
  const setHas = Set.prototype.has;
  const iterNext = getPrototypeOf(new Map().entries()).next;
  const setIterNext = getPrototypeOf(new Set().values()).next;
  const errorToString = Error.prototype.toString;
  const dateGetTime = Date.prototype.getTime;
  const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')!.get!;
  const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags')!.get!;
  const regexpTest = RegExp.prototype.test;
  const stringIncludes = String.prototype.includes;
  const stringSlice = String.prototype.slice;
  const stringReplace = String.prototype.replace;
  const arrayJoin = Array.prototype.join;
  const arrayPush = Array.prototype.push;
  const JSONStringify = JSON.stringify;
  const MathAbs = Math.abs;
  const MathImul = Math.imul;
  const MathMax = Math.max;
  const MathMin = Math.min;
  const NumberFn = Number;
  const StringFn = String;
  const PromiseCtor = Promise;
  const MESSAGE_CAP = 2000;
  const NAME_CAP = 200;
  const SHOWN_STRING = 200;

  const call = (fn: Function, self: unknown, ...args: unknown[]) => apply(fn, self, args);
  const push = <T>(a: T[], v: T) => void apply(arrayPush, a, [v]);
  const join = (a: string[], sep: string): string => apply(arrayJoin, a, [sep]);
  /**
   * Brand checks: true for a Map (Set, …) of any realm, judged by the internal slot, never by the
   * value's own methods. The tag (Object.prototype.toString) goes first as a cheap filter: a
   * brand check on anything else throws, and thrown errors cost microseconds each (deepEqual on
   * nested arrays would pay them for every element). A value whose tag lies fails the brand
   * check, or is compared as a plain object: it can make a comparison fail, never pass.
   */
  const tagOf = (v: unknown): string => {
    try {
      return call(objectToString, v) as string;
    } catch {
      return '';
    }
  };
  const brand = (getter: Function, v: unknown, tag: string): boolean => {
    if (typeof v !== 'object' || v === null || isArray(v) || tagOf(v) !== tag) return false;
    try {
      call(getter, v);
      return true;
    } catch {
      return false;
    }
  };
  const isMap = (v: unknown): v is Map<unknown, unknown> => brand(mapSize, v, '[object Map]');
  const isSet = (v: unknown): v is Set<unknown> => brand(setSize, v, '[object Set]');
  const isDate = (v: unknown): v is Date => brand(dateGetTime, v, '[object Date]');
  const isRegExp = (v: unknown): v is RegExp => brand(regexpSource, v, '[object RegExp]');
  const isErrorLike = (v: unknown): boolean => {
    try {
      return call(objectToString, v) === '[object Error]';
    } catch {
      return false;
    }
  };
  const mapPairs = (m: unknown): [unknown, unknown][] => {
    const out: [unknown, unknown][] = [];
    const it = call(mapEntries, m) as Iterator<[unknown, unknown]>;
    for (;;) {
      const step = call(iterNext, it) as IteratorResult<[unknown, unknown]>;
      if (step.done) return out;
      push(out, step.value);
    }
  };
  const setItems = (s: unknown): unknown[] => {
    const out: unknown[] = [];
    const it = call(setValues, s) as Iterator<unknown>;
    for (;;) {
      const step = call(setIterNext, it) as IteratorResult<unknown>;
      if (step.done) return out;
      push(out, step.value);
    }
  };

  /** Cut a string to `max` characters, saying how much was cut. */
  function cap(text: string, max: number): string {
    return text.length <= max ? text : `${call(stringSlice, text, 0, max) as string}… (${text.length - max} more characters)`;
  }

  /** `"1"` vs `1`: strings quoted, -0 and bigints marked, structures shown to depth 2. */
  function show(value: unknown, depth = 0): string {
    try {
      if (typeof value === 'string') return JSONStringify(value.length > SHOWN_STRING ? `${call(stringSlice, value, 0, SHOWN_STRING)}…` : value);
      if (typeof value === 'bigint') return `${value}n`;
      if (typeof value === 'number') return ObjectIs(value, -0) ? '-0' : StringFn(value);
      if (typeof value === 'function') {
        const source = call(fnToString, value) as string;
        const kind = source[0] === 'c' && call(regexpTest, /^class\b/, source) ? 'class' : 'function';
        const name = getName(value);
        return `[${kind} ${name || 'anonymous'}]`;
      }
      if (typeof value === 'symbol') return value.toString();
      if (value === null || typeof value !== 'object') return StringFn(value);
      if (depth > 2) return isArray(value) ? '[…]' : '{…}';
      if (isArray(value)) {
        const n = value.length;
        const items: string[] = [];
        for (let i = 0; i < MathMin(n, 20); i++) push(items, show(value[i], depth + 1));
        if (n > 20) push(items, `… ${n - 20} more`);
        return `[${join(items, ', ')}]`;
      }
      if (isMap(value)) {
        const pairs = mapPairs(value);
        return `Map(${pairs.length}) {${join(showPairs(pairs, depth), ', ')}}`;
      }
      if (isSet(value)) return `Set(${call(setSize, value)}) ${show(setItems(value), depth)}`;
      if (isDate(value)) {
        const t = call(dateGetTime, value) as number;
        return t === t ? `Date(${new Date(t).toISOString()})` : 'Date(invalid)';
      }
      if (isRegExp(value)) return `/${call(regexpSource, value)}/${call(regexpFlags, value)}`;
      if (isErrorLike(value)) return call(errorToString, value) as string;
      const keys = ObjectKeys(value);
      const entries: string[] = [];
      for (let i = 0; i < MathMin(keys.length, 20); i++) {
        const k = keys[i]!;
        push(entries, `${k}: ${show((value as Record<string, unknown>)[k], depth + 1)}`);
      }
      if (keys.length > 20) push(entries, `… ${keys.length - 20} more`);
      const proto = getPrototypeOf(value);
      const ctor = proto && call(hasOwn, proto, 'constructor') ? getName(proto.constructor) : '';
      const prefix = ctor && ctor !== 'Object' ? `${ctor} ` : '';
      return `${prefix}{${join(entries, ', ')}}`;
    } catch {
      return '(a value that cannot be shown: reading it threw)';
    }
  }
  function showPairs(pairs: [unknown, unknown][], depth: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < MathMin(pairs.length, 20); i++) push(out, `${show(pairs[i]![0], depth + 1)} => ${show(pairs[i]![1], depth + 1)}`);
    if (pairs.length > 20) push(out, `… ${pairs.length - 20} more`);
    return out;
  }
  function getName(fn: unknown): string {
    try {
      const d = Object.getOwnPropertyDescriptor(fn, 'name');
      return d && typeof d.value === 'string' ? cap(d.value, 60) : '';
    } catch {
      return '';
    }
  }

  /** The type of a value in words, for messages where the printed forms alone could mislead. */
  function typeName(v: unknown): string {
    if (v === null) return 'null';
    if (isArray(v)) return 'array';
    if (typeof v === 'object') {
      if (isMap(v)) return 'Map';
      if (isSet(v)) return 'Set';
      return 'object';
    }
    return typeof v;
  }

  /** `expected X, got Y`, adding the types when they differ or when both print the same. */
  function pair(expected: unknown, actual: unknown, expectedText = show(expected), actualText = show(actual)): [string, string] {
    const te = typeName(expected);
    const ta = typeName(actual);
    if (te !== ta || expectedText === actualText) return [`${expectedText} (${te})`, `${actualText} (${ta})`];
    return [expectedText, actualText];
  }

  function deepEqual(a: unknown, b: unknown, seen: [unknown, unknown][] = []): boolean {
    if (ObjectIs(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    for (let i = 0; i < seen.length; i++) if (seen[i]![0] === a && seen[i]![1] === b) return true;
    push(seen, [a, b]);
    if (isArray(a) !== isArray(b)) return false;
    const am = isMap(a);
    if (am !== isMap(b)) return false;
    if (am) {
      if (call(mapSize, a) !== call(mapSize, b)) return false;
      const pairs = mapPairs(a);
      for (let i = 0; i < pairs.length; i++) {
        const [k, v] = pairs[i]!;
        if (!call(mapHas, b, k) || !deepEqual(v, call(mapGet, b, k), seen)) return false;
      }
      return true;
    }
    const as = isSet(a);
    if (as !== isSet(b)) return false;
    if (as) {
      if (call(setSize, a) !== call(setSize, b)) return false;
      const items = setItems(a);
      for (let i = 0; i < items.length; i++) if (!call(setHas, b, items[i])) return false;
      return true;
    }
    const ad = isDate(a);
    if (ad !== isDate(b)) return false;
    if (ad) return ObjectIs(call(dateGetTime, a), call(dateGetTime, b));
    const ka = ObjectKeys(a);
    const kb = ObjectKeys(b);
    if (ka.length !== kb.length) return false;
    for (let i = 0; i < ka.length; i++) {
      const k = ka[i]!;
      if (!call(hasOwn, b, k)) return false;
      if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen)) return false;
    }
    return true;
  }

  class CheckFailure extends Error {
    constructor(message: string) {
      super(cap(message, MESSAGE_CAP));
      if (hooks.failed) hooks.failed(this.message);
    }
  }
  Object.defineProperty(CheckFailure.prototype, 'name', { value: 'CheckFailure' });

  /**
   * A thrown value as one line of text, whatever it is: a Proxy whose traps throw, an Error whose
   * `message` getter throws, a string, a symbol, a megabyte message. Never throws, never long.
   */
  function describeError(e: unknown): string {
    try {
      if (e instanceof CheckFailure) return cap(StringFn(e.message), MESSAGE_CAP);
    } catch {
      // a Proxy's getPrototypeOf trap threw: it is not ours
    }
    let text: string;
    try {
      if (typeof e === 'object' && e !== null && isErrorLike(e)) {
        let name = 'Error';
        let message = '';
        try {
          const n = (e as Error).name;
          name = typeof n === 'string' ? n : 'Error';
        } catch {
          name = 'Error';
        }
        try {
          const m = (e as Error).message;
          message = typeof m === 'string' ? m : show(m);
        } catch {
          message = '(its message could not be read: the getter threw)';
        }
        text = `${cap(name, 80)}: ${cap(message, MESSAGE_CAP)}`;
        if (call(regexpTest, /Array buffer allocation failed/, message)) text += ' (over the memory limit)';
      } else if (typeof e === 'object' && e !== null || typeof e === 'function') {
        let shown: string;
        try {
          // a Proxy or an object with getters: reading it may throw
          shown = show(e);
        } catch {
          shown = '';
        }
        text = shown && shown !== '(a value that cannot be shown: reading it threw)'
          ? `threw ${cap(shown, MESSAGE_CAP)} (not an Error: throw new Error(…) gives a message and a stack)`
          : 'threw a value that cannot be read (a Proxy whose traps throw?): throw new Error(…) gives a message and a stack';
      } else {
        text = `threw ${cap(show(e), MESSAGE_CAP)} (not an Error: throw new Error(…) gives a message and a stack)`;
      }
    } catch {
      text = 'threw a value that cannot be read';
    }
    return cap(text, MESSAGE_CAP + 400); // the parts are capped already: this only bounds the whole
  }

  function errorText(e: unknown): string {
    try {
      if (typeof e === 'object' && e !== null && isErrorLike(e)) {
        const m = (e as Error).message;
        return typeof m === 'string' ? m : show(m);
      }
      return typeof e === 'string' ? e : show(e);
    } catch {
      return '(a thrown value that cannot be read)';
    }
  }

  function expect(actual: unknown, label?: string): Expectation {
    if (hooks.assertion) hooks.assertion(typeof label === 'string' ? label : undefined);
    const build = (negate: boolean): Matchers => {
      const judge = (pass: boolean, expected: string, found: string = show(actual)) => {
        if (pass !== negate) return;
        const what = label !== undefined ? `${cap(StringFn(label), NAME_CAP)}: ` : '';
        throw new CheckFailure(`${what}expected ${negate ? 'not ' : ''}${expected}, got ${found}`);
      };
      const compare = (pass: boolean, e: unknown) => {
        if (pass !== negate) return;
        const [exp, got] = pair(e, actual);
        judge(pass, exp, got);
      };
      const num = (n: unknown) => typeof n === 'number' || typeof n === 'bigint';
      const order = (pass: boolean, text: string) => judge(pass, text, num(actual) ? show(actual) : `${show(actual)} (${typeName(actual)})`);
      return {
        toBe: (e) => compare(ObjectIs(actual, e), e),
        toEqual: (e) => compare(deepEqual(actual, e), e),
        toBeCloseTo: (e, digits = 2) => order(typeof actual === 'number' && MathAbs(actual - e) < 10 ** -digits / 2, `≈ ${e}`),
        toBeLessThan: (n) => order(num(actual) && (actual as number) < n, `< ${n}`),
        toBeLessThanOrEqual: (n) => order(num(actual) && (actual as number) <= n, `≤ ${n}`),
        toBeGreaterThan: (n) => order(num(actual) && (actual as number) > n, `> ${n}`),
        toBeGreaterThanOrEqual: (n) => order(num(actual) && (actual as number) >= n, `≥ ${n}`),
        toBeTruthy: () => judge(Boolean(actual), 'a truthy value'),
        toBeFalsy: () => judge(!actual, 'a falsy value'),
        toBeNull: () => judge(actual === null, 'null'),
        toBeUndefined: () => judge(actual === undefined, 'undefined'),
        toBeDefined: () => judge(actual !== undefined, 'a defined value'),
        toContain: (item) => {
          let has = false;
          if (typeof actual === 'string') has = call(stringIncludes, actual, StringFn(item)) as boolean;
          else if (isArray(actual)) {
            for (let i = 0; i < actual.length && !has; i++) has = deepEqual(actual[i], item);
          } else if (isSet(actual)) has = call(setHas, actual, item) as boolean;
          judge(has, `to contain ${show(item)}`);
        },
        toHaveLength: (n) => {
          let len: unknown;
          try {
            len = (actual as { length?: unknown } | null)?.length;
          } catch {
            len = undefined;
          }
          judge(len === n, `length ${n}`, `length ${show(len)}`);
        },
        toBeInstanceOf: (ctor) => judge(typeof ctor === 'function' && (call(hasInstance, ctor, actual) as boolean), `an instance of ${getName(ctor) || 'that class'}`),
        toMatch: (re) => {
          const rx = typeof re === 'string' ? new RegExp(call(stringReplace, re, /[.*+?^${}()|[\]\\]/g, '\\$&') as string) : re;
          judge(typeof actual === 'string' && (call(regexpTest, rx, actual) as boolean), `a string matching ${show(rx)}`);
        },
        toThrow: (substring) => {
          if (typeof actual !== 'function') throw new CheckFailure(`${label ?? 'value'}: toThrow needs a function`);
          let threw = false;
          let message = '';
          try {
            (actual as () => unknown)();
          } catch (e) {
            threw = true;
            message = errorText(e);
          }
          const pass = threw && (substring === undefined || (call(stringIncludes, message, substring) as boolean));
          judge(pass, substring === undefined ? 'to throw' : `to throw ${show(substring)}`, threw ? `thrown ${show(message)}` : 'no exception');
        },
        rejects: async (substring) => {
          let threw = false;
          let message = '';
          try {
            await (typeof actual === 'function' ? (actual as () => unknown)() : actual);
          } catch (e) {
            threw = true;
            message = errorText(e);
          }
          const pass = threw && (substring === undefined || (call(stringIncludes, message, substring) as boolean));
          judge(pass, substring === undefined ? 'to reject' : `to reject with ${show(substring)}`, threw ? `rejected ${show(message)}` : 'it resolved');
        },
      };
    };
    const matchers = build(false) as Expectation;
    matchers.not = build(true);
    return matchers;
  }

  function assert(cond: unknown, message = 'assertion failed'): asserts cond {
    if (hooks.assertion) hooks.assertion(typeof message === 'string' ? message : undefined);
    if (!cond) throw new CheckFailure(typeof message === 'string' ? message : show(message));
  }

  function fail(message: string): never {
    throw new CheckFailure(typeof message === 'string' ? message : show(message));
  }

  function fakeClock(start = 0): FakeClock {
    let now = start;
    let nextId = 1;
    const timers = new Map<number, { at: number; fn: (...a: unknown[]) => void; args: unknown[]; every?: number; seq: number }>();
    let seq = 0;
    const add = (fn: (...a: unknown[]) => void, ms: number | undefined, args: unknown[], every?: number) => {
      const id = nextId++;
      const delay = MathMax(0, NumberFn(ms) || 0);
      timers.set(id, { at: now + delay, fn, args, every: every === undefined ? undefined : MathMax(1, delay), seq: seq++ });
      return id;
    };
    return {
      now: () => now,
      setTimeout: (fn, ms, ...args) => add(fn, ms, args),
      clearTimeout: (id) => void (id !== undefined && timers.delete(id)),
      setInterval: (fn, ms, ...args) => add(fn, ms, args, NumberFn(ms) || 0),
      clearInterval: (id) => void (id !== undefined && timers.delete(id)),
      pending: () => timers.size,
      advance(ms: number) {
        const target = now + ms;
        for (let guard = 0; guard < 1_000_000; guard++) {
          let nextIdFound: number | undefined;
          let best: { at: number; seq: number } | undefined;
          for (const [id, t] of timers) {
            if (t.at <= target && (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq))) {
              best = t;
              nextIdFound = id;
            }
          }
          if (nextIdFound === undefined || !best) break;
          const timer = timers.get(nextIdFound)!;
          now = timer.at;
          if (timer.every !== undefined) {
            timer.at += timer.every;
            timer.seq = seq++;
          } else timers.delete(nextIdFound);
          apply(timer.fn, undefined, timer.args);
        }
        now = target;
      },
    };
  }

  function seededRandom(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = MathImul(t ^ (t >>> 15), t | 1);
      t ^= t + MathImul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function sequence<T>(...values: T[]): () => T {
    let i = 0;
    return () => values[MathMin(i++, values.length - 1)] as T;
  }

  function deferred<T = void>() {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new PromiseCtor<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  function flush(): Promise<void> {
    return new PromiseCtor((resolve) => hooks.immediate(() => resolve()));
  }

  /**
   * structuredClone for the sandbox's realms (node's own would hand out objects of node's realm):
   * primitives, arrays, plain objects, Map, Set, Date, RegExp and cycles; functions and symbols
   * cannot be cloned, as in the standard.
   */
  function structuredCloneLite(value: unknown, seen: [unknown, unknown][] = []): unknown {
    if (typeof value === 'function' || typeof value === 'symbol') {
      const e = new Error(`${show(value)} could not be cloned.`);
      e.name = 'DataCloneError';
      throw e;
    }
    if (typeof value !== 'object' || value === null) return value;
    for (let i = 0; i < seen.length; i++) if (seen[i]![0] === value) return seen[i]![1];
    if (isArray(value)) {
      const out: unknown[] = [];
      push(seen, [value, out]);
      for (let i = 0; i < value.length; i++) out[i] = structuredCloneLite(value[i], seen);
      return out;
    }
    if (isMap(value)) {
      const out = new Map();
      push(seen, [value, out]);
      const pairs = mapPairs(value);
      for (let i = 0; i < pairs.length; i++) out.set(structuredCloneLite(pairs[i]![0], seen), structuredCloneLite(pairs[i]![1], seen));
      return out;
    }
    if (isSet(value)) {
      const out = new Set();
      push(seen, [value, out]);
      const items = setItems(value);
      for (let i = 0; i < items.length; i++) out.add(structuredCloneLite(items[i], seen));
      return out;
    }
    if (isDate(value)) return new Date(call(dateGetTime, value) as number);
    if (isRegExp(value)) return new RegExp(call(regexpSource, value) as string, call(regexpFlags, value) as string);
    const out: Record<string, unknown> = {};
    push(seen, [value, out]);
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = structuredCloneLite((value as Record<string, unknown>)[keys[i]!], seen);
    return out;
  }

  return { CheckFailure, show, typeName, deepEqual, describeError, cap, structuredClone: structuredCloneLite, expect, assert, fail, fakeClock, seededRandom, sequence, deferred, flush };
}

export type CheckApi = ReturnType<typeof createCheckApi>;

/** One instance in node's own realm (benchmarks and tests; the sandbox makes its own). */
const api = createCheckApi({ immediate: (fn) => void setImmediate(fn) });
export const { CheckFailure, show, deepEqual, describeError, expect, assert, fail, fakeClock, seededRandom, sequence, deferred, flush } = api;
export type CheckFailure = InstanceType<typeof api.CheckFailure>;

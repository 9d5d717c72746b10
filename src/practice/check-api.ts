// The assertion API that lesson checks are written against (docs/lesson-format.md).
// Pure: no I/O. The sandbox installs these as globals in the learner's context.

export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

export interface CheckCase {
  name: string;
  fn: () => unknown;
}

export function show(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  if (depth > 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((v) => show(v, depth + 1));
    if (value.length > 20) items.push(`… ${value.length - 20} more`);
    return `[${items.join(', ')}]`;
  }
  if (value instanceof Map) return `Map(${show([...value.entries()], depth + 1)})`;
  if (value instanceof Set) return `Set(${show([...value.values()], depth + 1)})`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  const entries = Object.entries(value).slice(0, 20).map(([k, v]) => `${k}: ${show(v, depth + 1)}`);
  const ctor = (value as object).constructor?.name;
  const prefix = ctor && ctor !== 'Object' ? `${ctor} ` : '';
  return `${prefix}{${entries.join(', ')}}`;
}

export function deepEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k), seen)) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen)) return false;
  }
  return true;
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

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function expect(actual: unknown, label?: string): Expectation {
  const build = (negate: boolean): Matchers => {
    const judge = (pass: boolean, expected: string, found = show(actual)) => {
      if (pass !== negate) return;
      const what = label ? `${label}: ` : '';
      throw new CheckFailure(`${what}expected ${negate ? 'not ' : ''}${expected}, got ${found}`);
    };
    const num = (n: unknown) => typeof n === 'number' || typeof n === 'bigint';
    return {
      toBe: (e) => judge(Object.is(actual, e), show(e)),
      toEqual: (e) => judge(deepEqual(actual, e), show(e)),
      toBeCloseTo: (e, digits = 2) =>
        judge(typeof actual === 'number' && Math.abs(actual - e) < 10 ** -digits / 2, `≈ ${e}`),
      toBeLessThan: (n) => judge(num(actual) && (actual as number) < n, `< ${n}`),
      toBeLessThanOrEqual: (n) => judge(num(actual) && (actual as number) <= n, `≤ ${n}`),
      toBeGreaterThan: (n) => judge(num(actual) && (actual as number) > n, `> ${n}`),
      toBeGreaterThanOrEqual: (n) => judge(num(actual) && (actual as number) >= n, `≥ ${n}`),
      toBeTruthy: () => judge(Boolean(actual), 'a truthy value'),
      toBeFalsy: () => judge(!actual, 'a falsy value'),
      toBeNull: () => judge(actual === null, 'null'),
      toBeUndefined: () => judge(actual === undefined, 'undefined'),
      toBeDefined: () => judge(actual !== undefined, 'a defined value'),
      toContain: (item) => {
        const has =
          typeof actual === 'string'
            ? actual.includes(String(item))
            : Array.isArray(actual)
              ? actual.some((x) => deepEqual(x, item))
              : actual instanceof Set
                ? actual.has(item)
                : false;
        judge(has, `to contain ${show(item)}`);
      },
      toHaveLength: (n) => {
        const len = (actual as { length?: unknown } | null)?.length;
        judge(len === n, `length ${n}`, `length ${show(len)}`);
      },
      toBeInstanceOf: (ctor) => judge(actual instanceof ctor, `an instance of ${ctor.name}`),
      toMatch: (re) => {
        const rx = typeof re === 'string' ? new RegExp(re.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : re;
        judge(typeof actual === 'string' && rx.test(actual), `a string matching ${String(rx)}`);
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
        const pass = threw && (substring === undefined || message.includes(substring));
        judge(
          pass,
          substring === undefined ? 'to throw' : `to throw ${show(substring)}`,
          threw ? `thrown ${show(message)}` : 'no exception',
        );
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
        const pass = threw && (substring === undefined || message.includes(substring));
        judge(
          pass,
          substring === undefined ? 'to reject' : `to reject with ${show(substring)}`,
          threw ? `rejected ${show(message)}` : 'it resolved',
        );
      },
    };
  };
  return Object.assign(build(false), { not: build(true) });
}

export function assert(cond: unknown, message = 'assertion failed'): asserts cond {
  if (!cond) throw new CheckFailure(message);
}

export function fail(message: string): never {
  throw new CheckFailure(message);
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

export function fakeClock(start = 0): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: (...a: unknown[]) => void; args: unknown[]; every?: number; seq: number }>();
  let seq = 0;
  const add = (fn: (...a: unknown[]) => void, ms: number | undefined, args: unknown[], every?: number) => {
    const id = nextId++;
    const delay = Math.max(0, Number(ms) || 0);
    timers.set(id, { at: now + delay, fn, args, every: every === undefined ? undefined : Math.max(1, delay), seq: seq++ });
    return id;
  };
  return {
    now: () => now,
    setTimeout: (fn, ms, ...args) => add(fn, ms, args),
    clearTimeout: (id) => void (id !== undefined && timers.delete(id)),
    setInterval: (fn, ms, ...args) => add(fn, ms, args, Number(ms) || 0),
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
        timer.fn(...timer.args);
      }
      now = target;
    },
  };
}

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sequence<T>(...values: T[]): () => T {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)] as T;
}

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The globals a check script sees. `registry` collects the declared checks. */
export function checkGlobals(registry: CheckCase[]) {
  return {
    check: (name: string, fn: () => unknown) => void registry.push({ name: String(name), fn }),
    expect,
    assert,
    fail,
    fakeClock,
    seededRandom,
    sequence,
    deferred,
    flush,
  };
}

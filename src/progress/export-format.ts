// The versioned JSON that `swelearn export` writes and `swelearn import` reads. Pure. Every field
// of every entry is checked (FSRS ranges, times within [2000-01-01, now + 1 day], real dates);
// checkExport keeps the good entries and lists each rejected one with the reason, so that one bad
// entry neither poisons the store nor blocks the rest.
import type { AttemptRecord, Grade, LessonViewRecord, ProgressExport, ReviewRecord, Settings } from './types.ts';
import { checkState, checkTime } from './state-codec.ts';
import { parseIsoDay } from './day.ts';
import { MAX_RETENTION, MIN_RETENTION } from './settings.ts';

export const EXPORT_FORMAT = 'swelearn-progress';
export const EXPORT_VERSION = 1;
const MAX_ID = 200;
// a reading left open for days is possible; beyond ~30 years it is not a duration
const MAX_DURATION_MS = 1e12;

export class ExportFormatError extends Error {
  override name = 'ExportFormatError';
}

/** One entry left out of an import, and why. */
export interface Rejection {
  /** "reviews[17]", "settings.interviewDate" */
  where: string;
  id?: string;
  reason: string;
}

export interface CheckedExport {
  data: ProgressExport;
  rejected: Rejection[];
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const idProblem = (v: unknown): string | null =>
  typeof v !== 'string' || v.length === 0 ? 'is missing' : v.length > MAX_ID ? `is longer than ${MAX_ID} characters` : null;

function list(data: Record<string, unknown>, key: string): unknown[] {
  const v = data[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ExportFormatError(`"${key}" is not a list`);
  return v;
}

class Bad extends Error {}
const fail = (reason: string): never => {
  throw new Bad(reason);
};

function need(x: Record<string, unknown>, keys: readonly string[]): void {
  for (const k of keys) {
    const p = idProblem(x[k]);
    if (p) fail(`${k} ${p}`);
  }
}
function time(x: Record<string, unknown>, k: string, now: number): number {
  if (!isNum(x[k])) fail(`${k} is not a time`);
  const bad = checkTime(x[k] as number, now);
  if (bad) fail(`${k} ${bad}`);
  return x[k] as number;
}
function duration(x: Record<string, unknown>, k: string, optional: boolean): number | null {
  const v = x[k];
  if (optional && (v === null || v === undefined)) return null;
  if (!isNum(v) || v < 0 || v > MAX_DURATION_MS) fail(`${k} ${JSON.stringify(v) ?? 'undefined'} is not a duration in ms`);
  return v as number;
}
function obj(v: unknown): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail('not an object');
  return v as Record<string, unknown>;
}
function run<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Bad) return e.message;
    throw e;
  }
}

/** A review from untrusted JSON (an import, the journal), or what is wrong with it. */
export function checkReview(value: unknown, now: number): ReviewRecord | string {
  return run(() => {
    const x = obj(value);
    need(x, ['id', 'cardId', 'lessonId']);
    if (![1, 2, 3, 4].includes(x.grade as number)) fail(`grade must be 1–4 (got ${JSON.stringify(x.grade)})`);
    const at = time(x, 'at', now);
    const after = checkState(x.after, now);
    if (typeof after === 'string') fail(`after: ${after}`);
    let before = null;
    if (x.before !== null && x.before !== undefined) {
      const b = checkState(x.before, now);
      if (typeof b === 'string') fail(`before: ${b}`);
      before = b as Exclude<typeof b, string>;
    }
    const durationMs = duration(x, 'durationMs', true);
    return { id: x.id as string, cardId: x.cardId as string, lessonId: x.lessonId as string, grade: x.grade as Grade, at, durationMs, before, after: after as Exclude<typeof after, string> };
  });
}

function checkView(value: unknown, now: number): LessonViewRecord | string {
  return run(() => {
    const x = obj(value);
    need(x, ['id', 'lessonId']);
    return { id: x.id as string, lessonId: x.lessonId as string, at: time(x, 'at', now), durationMs: duration(x, 'durationMs', true) };
  });
}

function checkAttempt(value: unknown, now: number): AttemptRecord | string {
  return run(() => {
    const x = obj(value);
    need(x, ['id', 'exerciseId', 'lessonId']);
    if (typeof x.codeHash !== 'string' || x.codeHash.length > MAX_ID) fail('codeHash is not a hash');
    for (const k of ['passed', 'failed'] as const) {
      if (!isNum(x[k]) || !Number.isInteger(x[k]) || (x[k] as number) < 0 || (x[k] as number) > 1e6) fail(`${k} ${JSON.stringify(x[k]) ?? 'undefined'} is not a count`);
    }
    // (exports made before hints were recorded have none)
    if (x.hints !== undefined && (!isNum(x.hints) || !Number.isInteger(x.hints) || (x.hints as number) < 0 || (x.hints as number) > 1000)) fail(`hints ${JSON.stringify(x.hints)} is not a count`);
    return {
      ...(x.hints !== undefined && { hints: x.hints as number }),
      id: x.id as string,
      exerciseId: x.exerciseId as string,
      lessonId: x.lessonId as string,
      codeHash: x.codeHash as string,
      passed: x.passed as number,
      failed: x.failed as number,
      durationMs: duration(x, 'durationMs', false) as number,
      at: time(x, 'at', now),
    };
  });
}

/** Check parsed JSON: the good entries, and every rejected one with its reason. Throws ExportFormatError when it is not an export at all. */
export function checkExport(data: unknown, now: number = Date.now()): CheckedExport {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ExportFormatError('not a swelearn progress export (expected a JSON object)');
  const d = data as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw new ExportFormatError(`not a swelearn progress export ("format" is ${JSON.stringify(d.format)}, expected "${EXPORT_FORMAT}")`);
  if (d.version !== EXPORT_VERSION) {
    const newer = isNum(d.version) && d.version > EXPORT_VERSION;
    throw new ExportFormatError(`export version ${JSON.stringify(d.version)} is not supported (this swelearn reads version ${EXPORT_VERSION}${newer ? '; update swelearn' : ''})`);
  }
  const rejected: Rejection[] = [];
  function keep<T>(key: string, check: (v: unknown, now: number) => T | string): T[] {
    const out: T[] = [];
    list(d, key).forEach((v, i) => {
      const r = check(v, now);
      if (typeof r !== 'string') return void out.push(r);
      const id = (v as { id?: unknown } | null)?.id;
      rejected.push({ where: `${key}[${i}]`, ...(typeof id === 'string' && id ? { id: id.slice(0, MAX_ID) } : {}), reason: r });
    });
    return out;
  }
  const reviews = keep('reviews', checkReview);
  const lessonViews = keep('lessonViews', checkView);
  const attempts = keep('attempts', checkAttempt);
  const settings: Partial<Settings> = {};
  const s = d.settings === undefined || d.settings === null ? {} : d.settings;
  if (typeof s !== 'object' || Array.isArray(s)) rejected.push({ where: 'settings', reason: 'not an object' });
  else {
    const x = s as Record<string, unknown>;
    if (x.interviewDate !== undefined && x.interviewDate !== null) {
      if (typeof x.interviewDate === 'string' && parseIsoDay(x.interviewDate) !== null && /^\d{4}-\d{2}-\d{2}$/.test(x.interviewDate)) settings.interviewDate = x.interviewDate;
      else rejected.push({ where: 'settings.interviewDate', reason: `${JSON.stringify(x.interviewDate)} is not a real date (YYYY-MM-DD)` });
    }
    if (x.retention !== undefined && x.retention !== null) {
      if (isNum(x.retention) && x.retention >= MIN_RETENTION && x.retention <= MAX_RETENTION) settings.retention = x.retention;
      else rejected.push({ where: 'settings.retention', reason: `${JSON.stringify(x.retention)} is not in [${MIN_RETENTION}, ${MAX_RETENTION}]` });
    }
  }
  return {
    data: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: typeof d.exportedAt === 'string' ? d.exportedAt : '', settings, lessonViews, reviews, attempts },
    rejected,
  };
}

export function describeRejection(r: Rejection): string {
  return `${r.where}${r.id ? ` (id ${r.id})` : ''}: ${r.reason}`;
}

/** Strict: the whole export or an ExportFormatError naming the first bad entry. */
export function validateExport(data: unknown, now: number = Date.now()): ProgressExport {
  const { data: out, rejected } = checkExport(data, now);
  if (rejected.length) throw new ExportFormatError(describeRejection(rejected[0]!).replace(/ \(id [^)]*\)/, '').replace(/^(\w+\[\d+\]): /, '$1.'));
  return out;
}

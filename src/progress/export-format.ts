// The versioned JSON that `swelearn export` writes and `swelearn import` reads. Pure:
// validation names the first bad entry so that a damaged file is easy to fix.
import type { AttemptRecord, Grade, LessonViewRecord, ProgressExport, ReviewRecord, Settings } from './types.ts';
import { checkState } from './state-codec.ts';

export const EXPORT_FORMAT = 'swelearn-progress';
export const EXPORT_VERSION = 1;

export class ExportFormatError extends Error {
  override name = 'ExportFormatError';
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : isNum(v) ? v : NaN);

function list(data: Record<string, unknown>, key: string): unknown[] {
  const v = data[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ExportFormatError(`"${key}" is not a list`);
  return v;
}

/** Check parsed JSON and return it as a ProgressExport; throws ExportFormatError naming the problem. */
export function validateExport(data: unknown): ProgressExport {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ExportFormatError('not a swelearn progress export (expected a JSON object)');
  const d = data as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw new ExportFormatError(`not a swelearn progress export ("format" is ${JSON.stringify(d.format)}, expected "${EXPORT_FORMAT}")`);
  if (d.version !== EXPORT_VERSION) {
    const newer = isNum(d.version) && d.version > EXPORT_VERSION;
    throw new ExportFormatError(`export version ${JSON.stringify(d.version)} is not supported (this swelearn reads version ${EXPORT_VERSION}${newer ? '; update swelearn' : ''})`);
  }
  const reviews: ReviewRecord[] = list(d, 'reviews').map((r, i) => {
    const where = `reviews[${i}]`;
    if (!r || typeof r !== 'object') throw new ExportFormatError(`${where} is not an object`);
    const x = r as Record<string, unknown>;
    for (const k of ['id', 'cardId', 'lessonId'] as const) if (!isStr(x[k])) throw new ExportFormatError(`${where}.${k} is missing`);
    if (![1, 2, 3, 4].includes(x.grade as number)) throw new ExportFormatError(`${where}.grade must be 1–4`);
    if (!isNum(x.at)) throw new ExportFormatError(`${where}.at is not a time`);
    const after = checkState(x.after);
    if (typeof after === 'string') throw new ExportFormatError(`${where}.after: ${after}`);
    let before = null;
    if (x.before !== null && x.before !== undefined) {
      const b = checkState(x.before);
      if (typeof b === 'string') throw new ExportFormatError(`${where}.before: ${b}`);
      before = b;
    }
    const durationMs = numOrNull(x.durationMs);
    if (Number.isNaN(durationMs)) throw new ExportFormatError(`${where}.durationMs is not a number`);
    return { id: x.id as string, cardId: x.cardId as string, lessonId: x.lessonId as string, grade: x.grade as Grade, at: x.at, durationMs, before, after };
  });
  const lessonViews: LessonViewRecord[] = list(d, 'lessonViews').map((r, i) => {
    const x = (r ?? {}) as Record<string, unknown>;
    if (!isStr(x.id) || !isStr(x.lessonId) || !isNum(x.at)) throw new ExportFormatError(`lessonViews[${i}] needs id, lessonId and at`);
    const durationMs = numOrNull(x.durationMs);
    if (Number.isNaN(durationMs)) throw new ExportFormatError(`lessonViews[${i}].durationMs is not a number`);
    return { id: x.id, lessonId: x.lessonId, at: x.at, durationMs };
  });
  const attempts: AttemptRecord[] = list(d, 'attempts').map((r, i) => {
    const x = (r ?? {}) as Record<string, unknown>;
    if (!isStr(x.id) || !isStr(x.exerciseId) || !isStr(x.lessonId) || typeof x.codeHash !== 'string') {
      throw new ExportFormatError(`attempts[${i}] needs id, exerciseId, lessonId and codeHash`);
    }
    for (const k of ['passed', 'failed', 'durationMs', 'at'] as const) if (!isNum(x[k])) throw new ExportFormatError(`attempts[${i}].${k} is not a number`);
    return {
      id: x.id,
      exerciseId: x.exerciseId,
      lessonId: x.lessonId,
      codeHash: x.codeHash,
      passed: x.passed as number,
      failed: x.failed as number,
      durationMs: x.durationMs as number,
      at: x.at as number,
    };
  });
  const settings: Partial<Settings> = {};
  const s = (d.settings ?? {}) as Record<string, unknown>;
  if (typeof s.interviewDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.interviewDate)) settings.interviewDate = s.interviewDate;
  if (isNum(s.retention) && s.retention >= 0.7 && s.retention <= 0.99) settings.retention = s.retention;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof d.exportedAt === 'string' ? d.exportedAt : '',
    settings,
    lessonViews,
    reviews,
    attempts,
  };
}

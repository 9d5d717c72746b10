// The lesson filters .find and .topics share: their flags, and reading them (validated against
// the corpus: a difficulty that does not exist or an unknown area is a usage error).
import type { Corpus } from '../corpus/corpus.ts';
import { DIFFICULTIES } from '../corpus/types.ts';
import { UsageError } from '../errors.ts';
import type { Args, Flag } from './command.ts';

export const LESSON_FILTER_FLAGS: Record<'tag' | 'area' | 'difficulty', Flag> = {
  tag: { type: 'string', arg: 'TAG', desc: 'only lessons with this tag' },
  area: { type: 'string', arg: 'AREA', desc: 'only lessons of this area' },
  difficulty: { type: 'string', arg: 'D', desc: `only lessons of this difficulty (${DIFFICULTIES.join(', ')})` },
};

export interface LessonFilters {
  tag?: string;
  area?: string;
  difficulty?: string;
}

const lower = (v: unknown) => (v === undefined ? undefined : String(v).trim().toLowerCase());

export function lessonFilters(command: string, args: Args, corpus: Corpus): LessonFilters {
  const f = { tag: lower(args.tag), area: lower(args.area), difficulty: lower(args.difficulty) };
  if (f.difficulty !== undefined && !(DIFFICULTIES as readonly string[]).includes(f.difficulty)) {
    throw new UsageError(`.${command}`, `--difficulty is one of ${DIFFICULTIES.join(', ')}`);
  }
  if (f.area !== undefined && !corpus.areas.includes(f.area)) {
    throw new UsageError(`.${command}`, `no area "${f.area}"; areas: ${corpus.areas.join(', ')}`);
  }
  return f;
}

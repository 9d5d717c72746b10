// check-corpus: every problem of every file (file:line: level: message), then the summary line;
// --json: the counts and the problems.
import { formatProblem, type Problem } from '../../corpus/types.ts';
import type { View } from './view.ts';

export interface CorpusCheckData {
  lessons: number;
  cards: number;
  /** exercises with checks, each run through the sandbox */
  exercises: number;
  /** known-wrong solutions the checks were proved against */
  wrong_solutions: number;
  /** cards whose answer is already in the question */
  answer_in_prompt: number;
  near_duplicates: number;
  errors: number;
  warnings: number;
  /** every problem, in file then line order (files relative to the working folder when inside it) */
  problems: Problem[];
  /** --strict: warnings fail too */
  strict: boolean;
  /** --quiet: the text lists the errors only */
  quiet: boolean;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    'corpus-check': CorpusCheckData;
  }
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export const corpusCheckView: View<'corpus-check'> = {
  render(d, s) {
    const summary = `${count(d.lessons, 'lesson')}, ${count(d.cards, 'card')}, ${count(d.exercises, 'exercise')} verified against ${count(d.wrong_solutions, 'known-wrong solution')}, ${d.answer_in_prompt} answer-in-prompt and ${count(d.near_duplicates, 'near-duplicate card')}`;
    if (d.problems.length === 0) return `${s.green('ok')} ${summary}, no problems`;
    const listed = d.quiet ? d.problems.filter((p) => p.level === 'error') : d.problems;
    const lines = listed.map((p) => (p.level === 'error' ? s.red(formatProblem(p)) : s.yellow(formatProblem(p))));
    const hint = d.warnings && !d.strict && !d.errors ? ' (--strict makes warnings fail)' : '';
    return [...lines, `${summary}; ${count(d.errors, 'error')}, ${count(d.warnings, 'warning')}${hint}`].join('\n');
  },
  json: ({ quiet: _quiet, ...d }) => ({ ...d, problems: d.problems.map((p) => ({ level: p.level, file: p.file, line: p.line ?? null, message: p.message })) }),
};

// .practice: the exercise started (header, task, starter, what was loaded, what to do next), the
// candidates when the words match several, and practice notes on their own (.edit).
import { wrap, type Style } from '../../render/style.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import type { Note } from '../../practice/practice-session.ts';
import type { ExerciseSummary } from '../../practice/pick.ts';
import { exerciseHeader } from './practice-text.ts';
import { toned } from './message.ts';
import type { View } from './view.ts';

export interface ExerciseData extends ExerciseSummary {
  /** the task, markdown */
  prompt: string;
  /** the starter code ('' for a writing prompt) */
  starter: string;
  hints: number;
  /** its lesson's code runs in the shell (built-in or a trusted folder) */
  trusted: boolean;
  /** solved in an earlier session */
  solvedBefore: boolean;
  /** the workspace file */
  workspace: string;
  /** what was loaded, or failed to load */
  notes: Note[];
}

export interface ExerciseMatchesData {
  query: string;
  matches: { id: string; title: string }[];
}

export interface NotesData {
  notes: Note[];
}

declare module '../outcome.ts' {
  interface OutcomeData {
    exercise: ExerciseData;
    'exercise-matches': ExerciseMatchesData;
    'practice-notes': NotesData;
  }
}

/** Practice notes, one a line, toned (not wrapped: they hold paths the terminal wraps as it likes). */
export function noteLines(notes: Note[], s: Style): string[] {
  return notes.map((n) => toned(n.text, n.tone, s));
}

export const exerciseView: View<'exercise'> = {
  async render(d, s) {
    const writing = d.kind === 'writing';
    const where = d.trusted ? 'in scope now, and in your workspace' : 'in your workspace; not run in the shell';
    const md = writing || !d.starter.trim() ? d.prompt : `${d.prompt}\n\n**Starter** (${where}):\n\n\`\`\`ts\n${d.starter.trim()}\n\`\`\``;
    const body = await renderMarkdown(md, s);
    const next = writing
      ? '.edit writes a draft · .check shows what a good answer covers · .solution shows a model answer'
      : `.check runs the checks · .hint${d.hints ? ` (${d.hints})` : ''} · .edit opens your editor · .solution`;
    const solved = d.solvedBefore ? [s.green('you have solved this one before')] : [];
    return [exerciseHeader(d, s), '', body, '', ...solved, ...noteLines(d.notes, s), s.dim(wrap(next, s.width))].join('\n');
  },
};

export const MATCHES_SHOWN = 12;

export const exerciseMatchesView: View<'exercise-matches'> = {
  render(d, s) {
    const list = d.matches.slice(0, MATCHES_SHOWN).map((e) => `  ${e.id} ${s.dim(`— ${e.title}`)}`);
    const more = d.matches.length > MATCHES_SHOWN ? [s.dim(`  … ${d.matches.length - MATCHES_SHOWN} more`)] : [];
    return [`${d.matches.length} exercises match "${d.query}":`, ...list, ...more, s.dim('.practice ID picks one')].join('\n');
  },
};

export const practiceNotesView: View<'practice-notes'> = {
  render: (d, s) => noteLines(d.notes, s).join('\n'),
};

// What the drill's Ink view (drill-app.tsx) shows and what its keys do, apart from the typed
// answer (ink-text-input owns typing). Pure: every line fits the width, the keys act on the run.
import { fit, type Style } from '../render/style.ts';
import { wrapText } from '../render/width.ts';
import { cardText } from '../render/card-text.ts';
import type { DrillRun } from '../drill/drill-session.ts';
import { ackText, cueText, gradeChoices } from '../render/drill-text.ts';
import type { Grade } from '../progress/types.ts';

export interface DrillViewOptions {
  title: (lessonId: string) => string;
  now: () => number;
}

/** The state of the view, apart from the run itself. */
export interface ViewState {
  phase: 'answer' | 'grade';
  answer: string;
  /** one line above the card: the last grade's acknowledgement, an undo, … */
  note: string;
  /** a grade is being stored (it may wait for another session's write): keys but Esc wait too */
  saving: boolean;
}

export type KeyResult = 'redraw' | 'end' | 'ignore';

/** Shown when a grade waits long for another session that is writing the same progress store. */
export const WAITING_NOTE =
  'waiting for another session to finish saving its progress… (Esc ends the drill: this grade still lands when the other session is done, or is kept for the next start)';

/** The keys the view handles itself (the shape of Ink's useInput key, the fields we need). */
export interface ViewKey {
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  leftArrow?: boolean;
}

/** The one key scheme: on screen, in `.help drill` and in the README (never Ctrl-Z: job control). */
export const ANSWER_KEYS = 'Enter: show answer · ← (empty answer): undo last grade · Esc: end';
export const GRADE_KEYS = '1-4: grade · u: undo last grade · q or Esc: end';

/**
 * The lines of the view for the current card: `top` above the answer box (shown while typing),
 * `bottom` below it. Every line fits the width.
 */
export function drillFrame(run: DrillRun, state: ViewState, s: Style, opts: DrillViewOptions): { top: string[]; bottom: string[] } {
  const item = run.current;
  if (!item) return { top: [], bottom: [] };
  const { index, total } = run.position;
  const width = s.width;
  const top = [s.dim(fit(`[${index}/${total}] ${opts.title(item.card.lessonId)} · ${item.state ? 'review' : 'new'}`, width).trimEnd())];
  if (state.note) top.push(...wrapText(state.note, width, '', '  ').split('\n'));
  top.push('', ...cardText(s.bold('Q:'), item.card.question, s).split('\n'));
  const bottom: string[] = [];
  if (state.phase === 'answer') {
    bottom.push(...wrapText(ANSWER_KEYS, width).split('\n').map(s.dim));
  } else {
    if (state.answer.trim()) bottom.push(...wrapText(`${s.dim('You:')} ${state.answer}`, width, '', '   ').split('\n'));
    bottom.push(...cardText(s.bold('A:'), item.card.answer, s).split('\n'));
    bottom.push(...wrapText(cueText(state.answer, item.card.answer, s), width, '', '  ').split('\n'));
    bottom.push('', ...wrapText(gradeChoices(run.preview(), opts.now(), s), width).split('\n'));
    bottom.push(...wrapText(GRADE_KEYS, width).split('\n').map(s.dim));
  }
  return { top, bottom };
}

/**
 * What a key does (typing is ink-text-input's: a letter while answering is 'ignore' here).
 * Pure apart from the run (grades and undos go through it). A grade resolves once it is stored;
 * `onWait` is called (after WAITING_NOTE is set) when that waits long for another session.
 */
export function onKey(
  run: DrillRun,
  state: ViewState,
  input: string,
  key: ViewKey,
  s: Style,
  now: () => number,
  opts: { onWait?: () => void } = {},
): KeyResult | Promise<KeyResult> {
  if (key.escape || (key.ctrl && input === 'c')) return 'end';
  if (state.saving) return 'ignore';
  const undo = () => {
    const back = run.undo();
    if (!back) state.note = 'nothing to undo';
    else {
      // the card comes back as it was graded: the answer you typed, the expected one, the grades
      state.note = `undone: the last grade — grade "${back.card.question.slice(0, 40)}" again`;
      state.answer = back.answer;
      state.phase = 'grade';
    }
    return 'redraw' as const;
  };
  if (state.phase === 'answer') {
    if (key.leftArrow && state.answer === '') return undo();
    // Enter is ours, not the text input's onSubmit: a stale text input must not swallow it
    if (key.return) {
      state.phase = 'grade';
      return 'redraw';
    }
    return 'ignore';
  }
  if (/^[1-4]$/.test(input)) {
    const g = Number(input) as Grade;
    state.saving = true;
    const onWait = () => {
      state.note = WAITING_NOTE;
      opts.onWait?.();
    };
    return run.grade(g, { onWait, answer: state.answer }).then((o): KeyResult => {
      state.saving = false;
      state.note = ackText({ saved: o.saved, journaled: o.journaled, error: o.error, grade: g, after: o.record.after, again: o.again }, now(), s);
      state.answer = '';
      state.phase = 'answer';
      return run.current ? 'redraw' : 'end';
    });
  }
  if (input === 'u') return undo();
  if (input === 'q') return 'end';
  return 'ignore';
}

/**
 * A key typed into the answer as ink-text-input types at the end of it: text is appended,
 * Backspace/Delete remove the last character; null for a key that types nothing (arrows, Tab,
 * Ctrl or Alt chords). For the moment before a new card's text input listens (drill-app.tsx).
 */
export function typeInto(answer: string, input: string, key: ViewKey & { backspace?: boolean; delete?: boolean; meta?: boolean; tab?: boolean; upArrow?: boolean; downArrow?: boolean; rightArrow?: boolean }): string | null {
  if (key.backspace || key.delete) return answer.slice(0, -1);
  if (key.ctrl || key.meta || key.tab || key.escape || key.return || key.leftArrow || key.rightArrow || key.upArrow || key.downArrow) return null;
  if (!input || /[\x00-\x1f\x7f]/.test(input)) return null;
  return answer + input;
}

/** The answer line as ink-text-input first draws it: the placeholder with its first letter as the cursor. */
export function answerLine(s: Style): string {
  const box = s.color ? `\x1b[7m${PLACEHOLDER[0]}\x1b[27m\x1b[90m${PLACEHOLDER.slice(1)}\x1b[39m` : ' ';
  return `${s.cyan('› ')}${box}`;
}

/** ink-text-input's placeholder (greyed by it: none under NO_COLOR). */
export const PLACEHOLDER = 'type your answer, Enter to check';

/**
 * The first card's lines, as the Ink view draws them: painted at once while Ink loads, then
 * erased (eraseLines) just before Ink draws the same frame in their place.
 */
export function firstFrame(run: DrillRun, s: Style, opts: DrillViewOptions): string[] {
  const { top, bottom } = drillFrame(run, { phase: 'answer', answer: '', note: '', saving: false }, s, opts);
  return [...top, answerLine(s), ...bottom].map((l) => l || ' ');
}

/** Back to the first of `n` lines just written (each ended by a newline), and clear from there down. */
export function eraseLines(n: number): string {
  return n > 0 ? `\x1b[${n}F\x1b[J` : '';
}

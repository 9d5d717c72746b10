// The drill on a terminal: one view per card, redrawn in place. Type an answer, Enter shows the
// expected one with a similarity cue, 1-4 grades, u undoes the last grade, q or Esc ends
// (Ctrl-Z undoes while typing).
//
// Drawn with plain escape codes rather than Ink: measured in a pty (scripts/bench-first-use.mjs),
// importing Ink, React and Yoga made the first card appear 6x later than node:repl shows its
// prompt, and added ~47 MB of RSS. This view paints the first card in a few milliseconds.
import { emitKeypressEvents } from 'node:readline';
import type { Key } from 'node:readline';
import { fit, visibleWidth, type Style } from '../render/style.ts';
import { wrapText } from '../render/width.ts';
import { cardText } from '../render/card-text.ts';
import type { Session } from '../shell/session.ts';
import type { DrillRun } from '../drill/drill-run.ts';
import { ackText, cueText, gradeChoices } from '../drill/drill-text.ts';
import { similarity } from '../drill/similarity.ts';
import type { Grade } from '../progress/types.ts';
import { detachReadline } from './detach-readline.ts';

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
}

/** Cut text into lines of at most `width` columns (the answer box: typed text, not prose). */
function hardWrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (visibleWidth(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  lines.push(line);
  return lines;
}

/** The lines of the view for the current card. Pure: every line fits the width. */
export function drillFrame(run: DrillRun, state: ViewState, s: Style, opts: DrillViewOptions): string[] {
  const item = run.current;
  if (!item) return [];
  const { index, total } = run.position;
  const width = s.width;
  const lines = [s.dim(fit(`[${index}/${total}] ${opts.title(item.card.lessonId)} · ${item.state ? 'review' : 'new'}`, width).trimEnd())];
  if (state.note) lines.push(...wrapText(state.note, width, '', '  ').split('\n'));
  lines.push('', ...cardText(s.bold('Q:'), item.card.question, s).split('\n'));
  if (state.phase === 'answer') {
    // the typed text, then a block cursor; a dim placeholder while nothing is typed
    const cursor = s.color ? '\x1b[7m \x1b[27m' : '_';
    const typed = state.answer ? hardWrap(state.answer, width - 3) : [''];
    typed.forEach((t, i) => {
      const last = i === typed.length - 1;
      const body = last ? (t === '' && s.color && !state.answer ? `${cursor}${s.dim('type your answer, Enter to check')}` : `${t}${cursor}`) : t;
      lines.push(`${i === 0 ? s.cyan('› ') : '  '}${body}`);
    });
    lines.push(...wrapText('Enter: show answer · Ctrl-Z: undo last grade · Esc: end', width).split('\n').map(s.dim));
  } else {
    if (state.answer.trim()) lines.push(...wrapText(`${s.dim('You:')} ${state.answer}`, width, '', '   ').split('\n'));
    lines.push(...cardText(s.bold('A:'), item.card.answer, s).split('\n'));
    lines.push(...wrapText(cueText(similarity(state.answer, item.card.answer), s), width, '', '  ').split('\n'));
    lines.push('', ...wrapText(gradeChoices(run.preview(), opts.now(), s), width).split('\n'));
    lines.push(...wrapText('u: undo last grade · q: end', width).split('\n').map(s.dim));
  }
  return lines;
}

/** What a key does. Pure apart from the run (grades and undos go through it). */
export function onKey(run: DrillRun, state: ViewState, str: string | undefined, key: Key, s: Style, now: () => number): 'redraw' | 'end' | 'ignore' {
  if (key.name === 'escape' || (key.ctrl && key.name === 'c')) return 'end';
  const undo = () => {
    const back = run.undo();
    if (!back) state.note = 'nothing to undo';
    else {
      state.note = `undone: the last grade — "${back.card.question.slice(0, 40)}" comes again`;
      state.answer = '';
      state.phase = 'answer';
    }
    return 'redraw' as const;
  };
  if (state.phase === 'answer') {
    if (key.ctrl && key.name === 'z') return undo();
    if (key.name === 'return' || key.name === 'enter') {
      state.phase = 'grade';
      return 'redraw';
    }
    if (key.name === 'backspace') {
      state.answer = [...state.answer].slice(0, -1).join('');
      return 'redraw';
    }
    if (key.ctrl && key.name === 'u') {
      state.answer = '';
      return 'redraw';
    }
    if (str && !key.ctrl && !key.meta && !/[\x00-\x1f\x7f]/.test(str)) {
      state.answer += str;
      return 'redraw';
    }
    return 'ignore';
  }
  if (str && /^[1-4]$/.test(str)) {
    const g = Number(str) as Grade;
    const o = run.grade(g);
    state.note = ackText({ saved: o.saved, error: o.error, grade: g, due: o.record.after.due, again: o.again }, now(), s);
    state.answer = '';
    state.phase = 'answer';
    return run.current ? 'redraw' : 'end';
  }
  if (str === 'u') return undo();
  if (str === 'q') return 'end';
  return 'ignore';
}

/** Run the drill on the session's terminal, then give the keyboard back to the REPL. */
export async function runTtyDrill(run: DrillRun, session: Session, opts: DrillViewOptions & { intro: string }): Promise<void> {
  const stdin = session.input as NodeJS.ReadStream;
  const stdout = session.output as NodeJS.WriteStream;
  const s = session.style;
  stdout.write(`${opts.intro}\n`);
  if (!run.current) return;
  const restore = detachReadline(stdin);
  const state: ViewState = { phase: 'answer', answer: '', note: '' };
  let drawn = 0;
  const draw = () => {
    const frame = drillFrame(run, state, s, opts);
    // back to the first line of the last frame, clear to the end of the screen, draw anew
    const up = drawn > 1 ? `\x1b[${drawn - 1}A` : '';
    stdout.write(`${up}\r\x1b[J${frame.join('\n')}`);
    drawn = frame.length;
  };
  const wasRaw = stdin.isRaw;
  emitKeypressEvents(stdin);
  if (stdin.isTTY) stdin.setRawMode(true);
  stdout.write('\x1b[?25l'); // the view draws its own cursor
  try {
    await new Promise<void>((resolve) => {
      const listener = (str: string | undefined, key: Key) => {
        const what = onKey(run, state, str, key ?? {}, s, opts.now);
        if (what === 'ignore') return;
        if (what === 'end') {
          // the last card graded: its acknowledgement replaces the view
          if (!run.current && state.note) {
            stdout.write(`${drawn > 1 ? `\x1b[${drawn - 1}A` : ''}\r\x1b[J${wrapText(state.note, s.width, '', '  ')}`);
          }
          stdin.removeListener('keypress', listener);
          resolve();
        } else draw();
      };
      stdin.on('keypress', listener);
      stdin.resume();
      draw();
    });
  } finally {
    // leave the last frame on screen (its acknowledgement is the record of the last grade)
    stdout.write('\n\x1b[?25h');
    if (stdin.isTTY) stdin.setRawMode(wasRaw);
    restore();
    // a one-shot `swelearn drill` has no REPL to read stdin afterwards: let the process end
    if (!session.repl) stdin.pause();
  }
}

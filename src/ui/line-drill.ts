// A drill without a terminal (piped stdin, scripts, tests): the question line, then an answer
// line is read; the expected answer and grade choices are printed, then a grade line is read
// (1-4 or again/hard/good/easy; u undoes the last grade and shows that card again with the
// answer typed for it; q ends). Each grade is acknowledged
// only after it is committed.
import type { Style } from '../render/style.ts';
import { cardText } from '../render/card-text.ts';
import { wrapText } from '../render/width.ts';
import type { DrillRun } from '../drill/drill-session.ts';
import { ackText, cueText, gradeChoices } from '../render/drill-text.ts';
import { parseGradeLine } from '../drill/grade-words.ts';

export interface LineIO {
  read(): Promise<string | null>;
  write(text: string): void;
}

export async function runLineDrill(run: DrillRun, io: LineIO, style: Style, opts: { now?: () => number; lessonTitle?: (lessonId: string) => string } = {}): Promise<void> {
  const now = opts.now ?? Date.now;
  // every line fits the width (a card's Q:/A: lines come fitted from cardText)
  const say = (text: string, fitted = false) => {
    const t = fitted ? text : wrapText(text, style.width, '', '   ');
    io.write(t.endsWith('\n') ? t : t + '\n');
  };
  // after an undo the card comes back with the answer typed for it, to be graded again
  let restored: string | null = null;
  for (;;) {
    const item = run.current;
    if (!item) return;
    const { index, total } = run.position;
    const where = opts.lessonTitle?.(item.card.lessonId) ?? item.card.lessonId;
    say(style.dim(`[${index}/${total}] ${where} · ${item.state ? 'review' : 'new'}`));
    say(cardText(style.bold('Q:'), item.card.question, style), true);
    let answer: string | null = restored;
    if (restored !== null) {
      if (restored.trim()) say(`${style.dim('You:')} ${restored}`);
      restored = null;
    } else answer = await io.read();
    if (answer === null) return;
    say(cardText(style.bold('A:'), item.card.answer, style), true);
    if (answer.trim()) say(`   ${cueText(answer, item.card.answer, style)}`);
    for (;;) {
      say(`${gradeChoices(run.preview(), now(), style)} · u undo · q quit`);
      const line = await io.read();
      if (line === null) return;
      const g = parseGradeLine(line);
      if (g === 'quit') return;
      if (g === 'undo') {
        const back = run.undo();
        say(back ? `undone: the last grade (${back.card.question.slice(0, 50)}) — grade it again` : 'nothing to undo');
        if (back) {
          restored = back.answer;
          break;
        }
        continue;
      }
      if (g === null) {
        say(`"${line.trim()}" is not a grade: type 1-4 (again, hard, good, easy), u to undo or q to quit`);
        continue;
      }
      const o = await run.grade(g, { answer, onWait: () => say(style.dim('waiting for another session to finish saving its progress…')) });
      say(ackText({ saved: o.saved, journaled: o.journaled, error: o.error, grade: g, after: o.record.after, again: o.again }, now(), style));
      break;
    }
  }
}

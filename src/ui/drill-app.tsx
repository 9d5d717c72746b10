// The drill on a terminal: one Ink view per card. Type an answer (ink-text-input), Enter shows
// the expected one with a similarity cue, 1-4 grades, u undoes the last grade, q ends.
// Loaded only when .drill starts on a TTY (Ink and React are heavy).
import React, { useCallback, useRef, useState } from 'react';
import { Box, Text, render, useApp, useInput, type Key } from 'ink';
import TextInput from 'ink-text-input';
import { fit, wrap, type Style } from '../render/style.ts';
import type { Session } from '../shell/session.ts';
import type { DrillRun } from '../drill/drill-run.ts';
import { ackText, cueText, gradeChoices } from '../drill/drill-text.ts';
import { similarity } from '../drill/similarity.ts';
import type { Grade } from '../progress/types.ts';
import { detachReadline } from './detach-readline.ts';

export interface DrillAppProps {
  run: DrillRun;
  style: Style;
  title: (lessonId: string) => string;
  now: () => number;
}

export function DrillApp({ run, style: s, title, now }: DrillAppProps): React.JSX.Element | null {
  const { exit } = useApp();
  // Our keys (Enter, grades, u, q, Esc, Ctrl-Z) are handled from refs by one handler
  // subscribed once, so it always sees the current card and phase. ink-text-input
  // re-subscribes its handler after every render (a passive effect, a few ms later), so for
  // those few ms a key reaches the handler of an earlier render: each card view gets a fresh
  // text input (key), and edits from a text input that is no longer the current one are
  // ignored rather than applied to the wrong card.
  const phase = useRef<'answer' | 'grade'>('answer');
  const answer = useRef('');
  const note = useRef('');
  const view = useRef(0);
  // a grade waiting for another session's write: keys wait too
  const saving = useRef(false);
  const [, setTick] = useState(0);
  const refresh = () => setTick((t) => t + 1);

  const undo = () => {
    const back = run.undo();
    if (!back) {
      note.current = 'nothing to undo';
      refresh();
      return;
    }
    note.current = `undone: the last grade — "${back.card.question.slice(0, 40)}" comes again`;
    answer.current = '';
    phase.current = 'answer';
    view.current++;
    refresh();
  };

  const onKey = useCallback((input: string, key: Key) => {
    if (key.escape || (key.ctrl && input === 'c')) return exit();
    if (saving.current) return;
    if (phase.current === 'answer') {
      if (key.ctrl && input === 'z') undo();
      // Enter is ours, not the text input's onSubmit: a stale text input must not swallow it
      else if (key.return) {
        phase.current = 'grade';
        refresh();
      }
      return;
    }
    if (/^[1-4]$/.test(input)) {
      const g = Number(input) as Grade;
      saving.current = true;
      const onWait = () => {
        note.current = 'waiting for another session to finish saving its progress… (Esc ends the drill: this grade still lands when the other session is done, or is kept for the next start)';
        refresh();
      };
      void run.grade(g, { onWait }).then((o) => {
        saving.current = false;
        note.current = ackText({ saved: o.saved, journaled: o.journaled, error: o.error, grade: g, due: o.record.after.due, again: o.again }, now(), s);
        answer.current = '';
        phase.current = 'answer';
        // a new view: the text input that also hears this key is now stale and is ignored
        view.current++;
        refresh();
        if (!run.current) exit();
      });
    } else if (input === 'u') undo();
    else if (input === 'q') exit();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useInput(onKey);

  const item = run.current;
  if (!item) return null;
  const { index, total } = run.position;
  const header = s.dim(fit(`[${index}/${total}] ${title(item.card.lessonId)} · ${item.state ? 'review' : 'new'}`, s.width).trimEnd());
  // wrapped here, with a hanging indent, rather than by Ink (which starts lines with the space it broke at)
  const para = (label: string, text: string) => wrap(`${label} ${text}`, s.width, '   ');
  const grading = phase.current === 'grade';
  const thisView = view.current;
  return (
    <Box flexDirection="column" width={s.width}>
      <Text>{header}</Text>
      {note.current ? <Text>{wrap(note.current, s.width, '  ')}</Text> : null}
      <Text> </Text>
      <Text>{para(s.bold('Q:'), item.card.question)}</Text>
      <Box display={grading ? 'none' : 'flex'}>
        <Text>{s.cyan('› ')}</Text>
        <TextInput
          key={thisView}
          value={answer.current}
          onChange={(v) => {
            if (thisView !== view.current || phase.current !== 'answer') return;
            answer.current = v;
            refresh();
          }}
          // ink-text-input greys the placeholder itself: none under NO_COLOR
          placeholder={s.color ? 'type your answer, Enter to check' : undefined}
        />
      </Box>
      {grading ? (
        <>
          {answer.current.trim() ? <Text>{para(s.dim('You:'), answer.current)}</Text> : null}
          <Text>{para(s.bold('A:'), item.card.answer)}</Text>
          <Text>{wrap(cueText(similarity(answer.current, item.card.answer), s), s.width, '  ')}</Text>
          <Text> </Text>
          <Text>{wrap(gradeChoices(run.preview(), now(), s), s.width)}</Text>
          <Text>{s.dim('u: undo last grade · q: end')}</Text>
        </>
      ) : (
        <Text>{s.dim('Enter: show answer · Ctrl-Z: undo last grade · Esc: end')}</Text>
      )}
    </Box>
  );
}

/** Run the drill in Ink on the session's terminal, then give the terminal back to the REPL. */
export async function runInkDrill(run: DrillRun, session: Session, opts: { intro: string; title: (id: string) => string; now: () => number }): Promise<void> {
  const stdin = session.input as NodeJS.ReadStream;
  const stdout = session.output as NodeJS.WriteStream;
  stdout.write(`${opts.intro}\n`);
  const restore = detachReadline(stdin);
  try {
    const app = render(<DrillApp run={run} style={session.style} title={opts.title} now={opts.now} />, {
      stdin,
      stdout,
      exitOnCtrlC: false,
      patchConsole: false,
      maxFps: 120,
    });
    await app.waitUntilExit();
    app.cleanup();
  } finally {
    restore();
  }
}

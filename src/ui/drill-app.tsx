// The drill on a terminal: an Ink view per card. Type an answer (ink-text-input), Enter shows
// the expected one with the key terms your answer leaves out, 1-4 grades, u undoes the last grade
// (← on an empty answer while typing; never Ctrl-Z, which is job control), q or Esc ends. What it shows and what the keys do are drill-frame.ts (pure).
// Loaded only when .drill starts on a TTY; the build bundles Ink, React and ink-text-input into
// this chunk (minified, React's production build) so that the first card paints quickly.
import React, { useCallback, useEffect, useRef, useState } from 'react';
import { Box, Text, render, useApp, useInput, type Key } from 'ink';
import TextInput from 'ink-text-input';
import type { Style } from '../render/style.ts';
import { wrapText } from '../render/width.ts';
import type { DrillRun } from '../drill/drill-session.ts';
import { drillFrame, eraseLines, onKey, PLACEHOLDER, typeInto, type KeyResult, type ViewState } from './drill-frame.ts';

export interface DrillAppProps {
  run: DrillRun;
  style: Style;
  title: (lessonId: string) => string;
  now: () => number;
}

export function DrillApp({ run, style: s, title, now }: DrillAppProps): React.JSX.Element | null {
  const { exit } = useApp();
  // Our keys (Enter, grades, u, q, Esc, ←) are handled from refs by one handler subscribed
  // once, so it always sees the current card and phase. ink-text-input re-subscribes its handler
  // after every render (a passive effect, a few ms later), so for those few ms a key reaches the
  // handler of an earlier render: each card view gets a fresh text input (key), and edits from a
  // text input that is no longer the current one are ignored rather than applied to the wrong card.
  const state = useRef<ViewState>({ phase: 'answer', answer: '', note: '', saving: false });
  const view = useRef(0);
  // the card view whose text input is listening: its effects have run (React runs a parent's
  // effects after its children's, so this one runs after the text input's has subscribed)
  const listening = useRef(-1);
  const rendered = view.current;
  useEffect(() => {
    listening.current = rendered;
  });
  const [done, setDone] = useState(false);
  const [, setTick] = useState(0);
  const refresh = () => setTick((t) => t + 1);

  const onInput = useCallback((input: string, key: Key) => {
    const st = state.current;
    const apply = (what: KeyResult) => {
      if (what === 'ignore') return;
      // a grade or an undo starts a new card view: the text input that also heard this key is stale
      if (st.phase === 'answer') view.current++;
      if (what === 'end') setDone(true);
      else refresh();
    };
    const what = onKey(run, st, input, key, s, now, { onWait: refresh });
    // A key typed the moment a new card is drawn arrives before its text input has subscribed
    // (only the last card's, now stale, hears it): it is typed here, and a fresh text input
    // takes the answer with its cursor at the end.
    if (what === 'ignore' && st.phase === 'answer' && !st.saving && listening.current !== view.current) {
      const typed = typeInto(st.answer, input, key);
      if (typed !== null) {
        st.answer = typed;
        view.current++;
        refresh();
      }
      return;
    }
    // a grade resolves once it is stored; keys other than Esc wait for it (onKey ignores them)
    if (typeof what === 'string') apply(what);
    else void what.then(apply);
    // no dependencies on purpose: one handler, subscribed once, reading the current state from refs (above)
  }, []);
  useInput(onInput, { isActive: !done });
  // end after the last frame is drawn (the last grade's acknowledgement stays on screen)
  useEffect(() => {
    if (done) exit();
  }, [done, exit]);

  const st = state.current;
  // after the last grade its acknowledgement replaces the card; after q or Esc the card stays
  if (!run.current) return st.note ? <Text>{wrapText(st.note, s.width, '', '  ')}</Text> : null;
  const { top, bottom } = drillFrame(run, st, s, { title, now });
  const thisView = view.current;
  const lines = (ls: string[], k: string) => ls.map((l, i) => <Text key={`${k}${i}`}>{l || ' '}</Text>);
  return (
    <Box flexDirection="column" width={s.width}>
      {lines(top, 't')}
      {st.phase === 'answer' ? (
        <Box>
          <Text>{s.cyan('› ')}</Text>
          <TextInput
            key={thisView}
            focus={!done}
            value={st.answer}
            onChange={(v) => {
              if (thisView !== view.current || state.current.phase !== 'answer') return;
              state.current.answer = v;
              refresh();
            }}
            // ink-text-input greys the placeholder itself: none under NO_COLOR
            placeholder={s.color ? PLACEHOLDER : undefined}
          />
        </Box>
      ) : null}
      {lines(bottom, 'b')}
    </Box>
  );
}

export interface InkStreams {
  /** the keys (key-feed.ts: the terminal's, one at a time; Ink toggles its raw mode, not the terminal's) */
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  style: Style;
}

/**
 * Run the drill in Ink. `prePainted`: lines of the first card already on screen (firstFrame),
 * erased just before Ink draws the same frame in their place.
 */
export async function runInkDrill(
  run: DrillRun,
  io: InkStreams,
  opts: { title: (id: string) => string; now: () => number; prePainted?: number },
): Promise<void> {
  if (!run.current) return;
  const { stdin, stdout } = io;
  if (opts.prePainted) stdout.write(eraseLines(opts.prePainted));
  const app = render(<DrillApp run={run} style={io.style} title={opts.title} now={opts.now} />, {
    stdin,
    stdout,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 120,
  });
  await app.waitUntilExit();
  app.cleanup();
}

// The drill's Ink view (src/ui/drill-app.tsx) and what it shows (src/ui/drill-frame.ts): frames
// that fit the width, keys that move it between typing and grading, ink-text-input for the answer.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { DrillRun } from '../../src/drill/drill-session.ts';
import { createScheduler } from '../../src/drill/scheduler.ts';
import { planFrom } from '../../src/drill/interview-plan.ts';
import type { Card } from '../../src/corpus/types.ts';
import { createStyle, stripAnsi, visibleWidth } from '../../src/render/style.ts';
import { PassThrough, Writable } from 'node:stream';
import React from 'react';
import { drillFrame, eraseLines, firstFrame, onKey, typeInto, type ViewState } from '../../src/ui/drill-frame.ts';
import { importInteractive } from '../../src/ui/import-interactive.ts';
import { tempDir } from '../progress/helpers.ts';

const T0 = Date.UTC(2025, 4, 5, 8);
const card = (n: number, question: string, answer: string): Card => ({ id: `l:${n}`, lessonId: 'l', kind: 'qa', question, answer });

function setup() {
  const run = new DrillRun({
    items: [
      { card: card(1, 'How do you make an `EventSource` stop **reconnecting** after the stream is closed by the server on purpose?', 'Answer with `204 No Content`: the browser then stops retrying.'), state: null },
      { card: card(2, 'Second?', 'Yes.'), state: null },
    ],
    store: openStoreWith(Database, tempDir()),
    scheduler: createScheduler({ retention: 0.9, fuzz: false }),
    plan: planFrom({ interviewDate: null, retention: 0.9 }, T0),
    now: () => T0,
  });
  return run;
}
const opts = { title: () => 'A lesson with a rather long title that must be cut to the width', now: () => T0 };
const view = suite('ui/drill-app');

view('every line of every frame fits the width; inline markdown is styled, never raw', () => {
  for (const width of [40, 60]) {
    for (const color of [false, true]) {
      const s = createStyle({ color, width });
      const run = setup();
      const state: ViewState = { phase: 'answer', answer: 'x'.repeat(150), note: '', saving: false };
      const answering = drillFrame(run, state, s, opts);
      state.phase = 'grade';
      const grading = drillFrame(run, state, s, opts);
      const frames = [[...answering.top, ...answering.bottom], [...grading.top, ...grading.bottom]];
      for (const frame of frames) {
        for (const line of frame) assert.ok(visibleWidth(line) <= width, `${width} cols, colour ${color}: "${stripAnsi(line)}"`);
        const text = stripAnsi(frame.join('\n'));
        assert.not.match(text, /\*\*|`/);
      }
      assert.match(stripAnsi(frames[1]!.join('\n')), /A: Answer with 204 No Content/);
    }
  }
});

view('keys: Enter to grade, a grade moves on once stored, ← (empty answer) or u undoes and restores the answer, q and Esc end; letters while answering are for the text input', async () => {
  const s = createStyle({ color: false, width: 60 });
  const run = setup();
  const state: ViewState = { phase: 'answer', answer: 'ab', note: '', saving: false };
  assert.is(onKey(run, state, 'q', {}, s, opts.now), 'ignore', 'q is a letter while typing (ink-text-input takes it)');
  assert.is(onKey(run, state, '\r', { return: true }, s, opts.now), 'redraw');
  assert.is(state.phase, 'grade');
  assert.is(onKey(run, state, 'x', {}, s, opts.now), 'ignore');
  const graded = onKey(run, state, '3', {}, s, opts.now);
  assert.ok(graded instanceof Promise, 'a grade resolves once it is stored');
  assert.is(state.saving, true);
  assert.is(onKey(run, state, '4', {}, s, opts.now), 'ignore', 'keys wait while a grade is being saved');
  assert.is(await graded, 'redraw');
  assert.is(state.saving, false);
  assert.match(state.note, /saved · good/);
  assert.is(state.answer, '');
  assert.is(run.position.index, 2);
  assert.is(state.phase, 'answer');
  assert.is(onKey(run, state, 'z', { ctrl: true }, s, opts.now), 'ignore', 'no Ctrl-Z (job control in a terminal)');
  // ← on an empty answer undoes: the card comes back graded-to-be, with the answer typed for it
  assert.is(onKey(run, state, '', { leftArrow: true }, s, opts.now), 'redraw');
  assert.match(state.note, /undone/);
  assert.is(run.position.index, 1);
  assert.is(state.answer, 'ab', 'the typed answer is back');
  assert.is(state.phase, 'grade');
  assert.is(onKey(run, state, 'q', {}, s, opts.now), 'end');
  assert.is(onKey(run, { phase: 'answer', answer: '', note: '', saving: false }, '', { escape: true }, s, opts.now), 'end');
});

/** Fake TTY streams for Ink: keys written to stdin, frames collected from stdout. */
function fakeTerminal(columns: number) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin }) as unknown as NodeJS.ReadStream;
  let screen = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        screen += String(chunk);
        cb();
      },
    }),
    { isTTY: true, columns, rows: 40 },
  ) as unknown as NodeJS.WriteStream;
  const until = async (re: RegExp, what: string) => {
    for (let i = 0; i < 500; i++) {
      if (re.test(stripAnsi(screen))) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.unreachable(`${what}: ${re} not on screen:\n${stripAnsi(screen).slice(-600)}`);
  };
  return { stdin, stdout, until, clear: () => (screen = ''), get screen() { return stripAnsi(screen); } };
}

view('the Ink view: ink-text-input takes the typed answer, Enter reveals, a grade shows the next card', async () => {
  const run = setup();
  const t = fakeTerminal(60);
  const s = createStyle({ color: true, width: 60 });
  // as the shell loads it: Ink decides at import whether it runs in CI (and then draws only its last frame)
  const [{ render }, { DrillApp }] = await importInteractive(() => Promise.all([import('ink'), import('../../src/ui/drill-app.tsx')]));
  const app = render(React.createElement(DrillApp, { run, style: s, ...opts }), { stdin: t.stdin, stdout: t.stdout, exitOnCtrlC: false, patchConsole: false });
  try {
    await t.until(/Q: How do you make an EventSource stop/, 'the first card');
    await t.until(/type your answer, Enter to check/, 'the text input placeholder');
    t.stdin.write('two o four');
    await t.until(/› two o four/, 'typed text in the answer box');
    t.stdin.write('\r');
    await t.until(/A: Answer with 204 No Content/, 'the expected answer');
    await t.until(/You: two o four/, 'the typed answer is kept');
    t.clear();
    t.stdin.write('4');
    await t.until(/Q: Second\?/, 'the next card');
    await t.until(/saved · easy/, 'the acknowledgement');
    assert.not.match(t.screen, /\*\*|`/);
  } finally {
    app.unmount();
  }
});

view('typeInto: a key typed before a new card\'s text input listens is typed as it would type it at the end', () => {
  assert.is(typeInto('10', '1 switching', {}), '101 switching');
  assert.is(typeInto('101', '', { backspace: true }), '10');
  assert.is(typeInto('', 'é', {}), 'é');
  for (const key of [{ leftArrow: true }, { return: true }, { escape: true }, { ctrl: true }, { tab: true }, { upArrow: true }]) assert.is(typeInto('x', 'a', key), null);
  assert.is(typeInto('x', '\x04', {}), null, 'a control character types nothing');
});

view('firstFrame: the card as the Ink view first draws it, every line within the width; eraseLines goes back over it', () => {
  for (const color of [false, true]) {
    const s = createStyle({ color, width: 60 });
    const lines = firstFrame(setup(), s, opts);
    for (const line of lines) assert.ok(visibleWidth(line) <= 60, stripAnsi(line));
    const text = stripAnsi(lines.join('\n'));
    assert.match(text, /\[1\/2\] A lesson/);
    assert.match(text, /Q: How do you make an EventSource stop reconnecting/);
    assert.match(text, color ? /› type your answer, Enter to check/ : /^› +$/m);
    assert.match(text, /Enter: show answer/);
  }
  assert.is(eraseLines(7), '\x1b[7F\x1b[J');
  assert.is(eraseLines(0), '');
});

view.run();

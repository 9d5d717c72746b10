// The drill's terminal card view (src/ui/drill-view.ts): frames that fit the width, keys that
// move it between typing and grading.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { openStoreWith } from '../../src/progress/open.ts';
import { DrillRun } from '../../src/drill/drill-run.ts';
import { createScheduler } from '../../src/drill/scheduler.ts';
import { planFrom } from '../../src/drill/interview-plan.ts';
import type { Card } from '../../src/corpus/types.ts';
import { createStyle, stripAnsi, visibleWidth } from '../../src/render/style.ts';
import { drillFrame, onKey, type ViewState } from '../../src/ui/drill-view.ts';
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
const key = (name: string, extra: Record<string, unknown> = {}) => ({ name, ctrl: false, meta: false, shift: false, sequence: '', ...extra });

const view = suite('ui/drill-view');

view('every line of every frame fits the width; inline markdown is styled, never raw', () => {
  for (const width of [40, 60]) {
    for (const color of [false, true]) {
      const s = createStyle({ color, width });
      const run = setup();
      const state: ViewState = { phase: 'answer', answer: 'x'.repeat(150), note: '' };
      const frames = [drillFrame(run, state, s, opts)];
      state.phase = 'grade';
      frames.push(drillFrame(run, state, s, opts));
      for (const frame of frames) {
        for (const line of frame) assert.ok(visibleWidth(line) <= width, `${width} cols, colour ${color}: "${stripAnsi(line)}"`);
        const text = stripAnsi(frame.join('\n'));
        assert.not.match(text, /\*\*|`/);
      }
      assert.match(stripAnsi(frames[1]!.join('\n')), /A: Answer with 204 No Content/);
    }
  }
});

view('keys: typing and backspace, Enter to grade, a grade moves on, u undoes, q and Esc end', () => {
  const s = createStyle({ color: false, width: 60 });
  const run = setup();
  const state: ViewState = { phase: 'answer', answer: '', note: '' };
  assert.is(onKey(run, state, 'a', key('a'), s, opts.now), 'redraw');
  onKey(run, state, 'b', key('b'), s, opts.now);
  onKey(run, state, undefined, key('backspace'), s, opts.now);
  assert.is(state.answer, 'a');
  assert.is(onKey(run, state, 'q', key('q'), s, opts.now), 'redraw', 'q is a letter while typing');
  assert.is(onKey(run, state, '\r', key('return'), s, opts.now), 'redraw');
  assert.is(state.phase, 'grade');
  assert.is(onKey(run, state, 'x', key('x'), s, opts.now), 'ignore');
  assert.is(onKey(run, state, '3', key('3'), s, opts.now), 'redraw');
  assert.match(state.note, /saved · good/);
  assert.is(run.position.index, 2);
  assert.is(state.phase, 'answer');
  assert.is(onKey(run, state, '\x1a', key('z', { ctrl: true }), s, opts.now), 'redraw');
  assert.match(state.note, /undone/);
  assert.is(run.position.index, 1);
  onKey(run, state, '\r', key('return'), s, opts.now);
  assert.is(onKey(run, state, 'q', key('q'), s, opts.now), 'end');
  assert.is(onKey(run, { phase: 'answer', answer: '', note: '' }, '\x1b', key('escape'), s, opts.now), 'end');
});

view.run();

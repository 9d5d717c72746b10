// .drill on a terminal: the Ink view in the real shell, in a pty. Needs the build (npm test builds first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';
import { fixtureCorpus } from '../helpers/drill-fixture.ts';


const tty = suite('.drill on a TTY (Ink)');
let term: Term | undefined;
tty.after.each(() => term?.kill());

tty('type, check, grade, undo, quit; then the prompt works as before', async () => {
  const data = tempDir();
  term = startTerm({ args: ['--corpus', fixtureCorpus()], cols: 80, dataDir: data });
  await term.prompt('start-up');
  term.mark();
  term.line('.drill zz-drill-fixture');
  await term.waitFor(/Q: Which status code completes a WebSocket handshake\?/, 'first card');
  await term.waitFor('type your answer', 'the answer box');
  term.mark();
  term.type('101 switching protocols');
  await term.waitFor('101 switching protocols', 'typed text is echoed in the box');
  term.type('\r');
  await term.waitFor(/A: 101 Switching Protocols\./, 'the expected answer');
  await term.waitFor(/✓ has the key terms/, 'the key-terms cue');
  await term.waitFor(/1-4: grade · u: undo last grade · q or Esc: end/, 'the keys, as .help drill and the README say');
  const choices = await term.waitFor(/1 again \S+ · 2 hard \S+ · 3 good \S+ · 4 easy \S+/, 'the grade choices');
  const label = /4 easy (\S+)/.exec(choices)![1]!;
  term.mark();
  term.type('4');
  // the label is the interval stored: the acknowledgement says the same
  await term.waitFor(`✓ saved · easy · next in ${label}`, `the acknowledgement names the label's ${label}`);
  await term.waitFor(/Q: What spreads requests across servers\?/, 'second card');
  term.mark();
  term.type('\r');
  await term.waitFor(/A: A load balancer\./, 'second answer shown without typing');
  term.mark();
  term.type('u');
  await term.waitFor(/undone: the last grade/, 'undo');
  await term.waitFor(/Q: Which status code completes a WebSocket handshake\?/, 'the first card comes back');
  await term.waitFor(/You: 101 switching protocols/, 'with the answer typed for it');
  await term.waitFor(/1 again .* 4 easy/, 'grade choices again');
  term.mark();
  term.type('3');
  await term.waitFor(/✓ saved · good/, 'graded again');
  await term.waitFor(/Q: What spreads requests across servers\?/, 'second card again');
  await term.waitFor(/Enter: show answer · ← \(empty answer\): undo last grade · Esc: end/, 'the keys while answering');
  term.mark();
  term.type('\x1b[D');
  await term.waitFor(/undone: the last grade/, '← on an empty answer undoes');
  await term.waitFor(/You: 101 switching protocols/, 'the typed answer is back again');
  term.type('3');
  await term.waitFor(/Q: What spreads requests across servers\?/, 'second card, third time');
  term.mark();
  term.type('q');
  await term.waitFor(/› q/, 'at the answer box q is just a letter');
  term.type('\r');
  await term.waitFor(/A: A load balancer\./, 'reveal');
  term.mark();
  term.type('q');
  await term.waitFor(/Drill done: 1 reviewed/, 'the summary');
  await term.prompt('the prompt comes back');
  // readline has the keyboard again: typing echoes and evaluates
  assert.match(await term.run('40 + 2', 'TypeScript after the drill'), /\b42\b/);
  const progress = await term.run('.progress', '.progress after the drill');
  assert.match(progress, /1 reviews today/);
  term.line('.exit');
  const exit = await term.exited;
  assert.is(exit.exitCode, 0);
});

tty('with NO_COLOR the view has no colour; Esc ends a drill at the answer box and the session goes on', async () => {
  term = startTerm({ args: ['--corpus', fixtureCorpus()], cols: 60, env: { NO_COLOR: '1' } });
  await term.prompt('start-up');
  let raw = '';
  term.pty.onData((d) => (raw += d));
  term.mark();
  term.line('.drill zz-drill-fixture --new 1');
  await term.waitFor('Enter: show answer', 'the answer box');
  term.type('x');
  await term.waitFor('› x', 'typing');
  term.type('\r');
  await term.waitFor(/1 again .* 4 easy/, 'the grades');
  assert.not.match(raw, /\x1b\[(?:3[0-9]|9[0-7]|38;|48;)[0-9;]*m/, 'no colour codes');
  term.mark();
  term.type('q');
  await term.waitFor(/Drill done: 0 reviewed/, 'q ends at the grades too');
  await term.prompt('prompt after q');
  term.mark();
  term.line('.drill zz-drill-fixture --new 1');
  await term.waitFor('Enter: show answer', 'the answer box again');
  term.mark();
  term.type('\x1b');
  await term.waitFor(/Nothing reviewed|Drill done: 0 reviewed/, 'the summary');
  await term.prompt('prompt after Esc');
  assert.match(await term.run('"still here"'), /still here/);
});

tty.run();

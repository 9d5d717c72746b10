// .drill on a terminal, keys typed early and fast: the first card is painted before Ink is loaded
// and what is typed meanwhile waits for it (src/ui/key-feed.ts); an answer and Enter in one write
// are an answer and Enter; an Esc typed while the card view loads ends the drill, and the prompt
// afterwards gets every key. Needs the build (npm test builds first).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTerm, type Term } from '../helpers/pty.ts';
import { fixtureCorpus } from '../helpers/drill-fixture.ts';


const keys = suite('.drill on a TTY: keys typed early, fast, or in one write');
let term: Term | undefined;
keys.after.each(() => term?.kill());

keys('an answer and Enter typed the moment the card shows, and in one write on the next card: each is graded', async () => {
  term = startTerm({ args: ['--corpus', fixtureCorpus()], cols: 80 });
  await term.prompt('start-up');
  term.mark();
  term.line('.drill zz-drill-fixture');
  await term.waitFor(/Q: Which status code completes a WebSocket handshake\?/, 'the first card');
  // at once, in one write: the card view may not be ready yet
  term.type('101 switching protocols\r');
  await term.waitFor(/A: 101 Switching Protocols\./, 'the expected answer (Enter was taken as Enter)', 20_000);
  assert.match(await term.waitFor(/You: 101 switching protocols\n/, 'the typed answer, once'), /You: 101 switching protocols\n/);
  assert.not.match(term.sinceMark(), /101 switching protocols101/, 'no key doubled');
  await term.waitFor(/1 again .* 4 easy/, 'the grades');
  term.mark();
  term.type('3');
  await term.waitFor(/Q: What spreads requests across servers\?/, 'the second card');
  term.mark();
  term.type('a load balancer\r');
  await term.waitFor(/A: A load balancer\./, 'answer and Enter in one write: the answer is shown');
  await term.waitFor(/You: a load balancer\n/, 'with the typed answer');
  await term.waitFor(/✓ has the key terms/, 'and the cue for it');
  term.mark();
  term.type('3');
  // "good" on a new card brings it back later in the session: Esc ends there
  await term.waitFor(/✓ saved · good/, 'the second grade');
  term.type('\x1b');
  await term.waitFor(/Drill done: 2 reviewed/, 'both graded');
  await term.prompt('the prompt after the drill');
  assert.match(await term.run('40 + 2', 'TypeScript after the drill'), /\b42\b/);
});

keys('an Esc typed while the second drill loads ends it, and the next key at the prompt is not lost', async () => {
  term = startTerm({ args: ['--corpus', fixtureCorpus()], cols: 80 });
  await term.prompt('start-up');
  term.mark();
  term.line('.drill zz-drill-fixture');
  await term.waitFor(/Q: Which status code/, 'the first card');
  term.type('x');
  await term.waitFor(/› x/, 'typed in the answer box');
  term.type('\r');
  await term.waitFor(/A: 101 Switching Protocols\./, 'the answer');
  term.type('q');
  await term.waitFor(/Drill done: 0 reviewed/, 'q ends the first drill');
  await term.prompt('the prompt after the first drill');
  term.mark();
  term.line('.drill zz-drill-fixture');
  await term.waitFor(/Q: Which status code/, 'the second drill paints its card');
  term.type('\x1b');
  await term.waitFor(/Drill done: 0 reviewed/, 'Esc ends the second drill');
  await term.prompt('the prompt after Esc');
  // typed at once: a key that readline took with a stray Esc as Alt+key would vanish
  assert.match(await term.run('"still here"', 'a string at the prompt'), /'still here'/);
});

keys.run();

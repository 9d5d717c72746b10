import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { selectCards } from '../../src/drill/select-cards.ts';
import { drill } from '../../src/shell/commands/drill.ts';
import { NotFoundError, UsageError } from '../../src/errors.ts';
import { miniCorpus, testSession } from '../progress/helpers.ts';
import { exec } from '../helpers/context.ts';

const rd = suite('drill/selectCards and .drill in line mode');

rd('selects cards by lesson, words, tag and area, and says what is wrong otherwise', () => {
  const c = miniCorpus();
  const sel = (req: Parameters<typeof selectCards>[0]) => selectCards(req, c.lessons, c.byId, []).cards.map((x) => x.lessonId);
  assert.equal([...new Set(sel({ newLimit: 10 }))], ['load-balancing', 'caching', 'consistent-hashing', 'sharding']);
  assert.equal(sel({ ref: 'caching', newLimit: 10 }), ['caching']);
  assert.equal(sel({ ref: 'consistent hash', newLimit: 10 }), ['consistent-hashing']);
  assert.equal([...new Set(sel({ tag: 'scaling', newLimit: 10 }))], ['load-balancing', 'caching']);
  assert.equal(sel({ area: 'databases', newLimit: 10 }), ['sharding']);
  const id = c.byId.get('caching')!.cards[0]!.id;
  assert.equal(selectCards({ ref: id, newLimit: 10 }, c.lessons, c.byId, []).cards.map((x) => x.id), [id]);
  assert.throws(() => sel({ ref: 'nothing-like-this', newLimit: 1 }), (e: Error) => e instanceof NotFoundError && /no lesson matches "nothing-like-this"/.test(e.message));
  assert.throws(() => sel({ tag: 'nope', newLimit: 1 }), /no lesson has the tag "nope"/);
  assert.throws(() => sel({ area: 'nope', newLimit: 1 }), /no lessons in the area "nope"/);
});

rd('line mode: question, answer line, expected answer with a cue, grade line, acknowledgement, summary', async () => {
  const s = testSession({ now: () => Date.UTC(2025, 0, 1) });
  s.type('Requests over servers', 'good', '', '4');
  s.inputStream.end();
  const summary = await exec(drill, 'load-balancing', s);
  const out = s.text();
  assert.match(out, /Drill load balancing: 0 due · 2 new/);
  assert.match(out, /\[1\/2\] load balancing · new\nQ: What does a load balancer spread\?\n/);
  assert.match(out, /A: Requests across servers\.\n\s+key terms not in your answer: across\n/);
  assert.match(out, /1 again \S+ · 2 hard \S+ · 3 good \S+ · 4 easy \S+ · u undo · q quit/);
  assert.match(out, /✓ saved · good · back in 10m \(this session\)/);
  assert.match(out, /Q: Name a balancing algorithm\?|Q: Name a balancing algorithm\./);
  assert.match(out, /✓ saved · easy · next in \d+d/);
  assert.match(summary, /Drill done: 2 reviewed · again 0% · 1 left for later/);
  assert.is((await s.progress()).reviewCount(), 2);
  assert.not.match(out, /\x1b\[/, 'plain text');
  await s.close();
});

rd('line mode: a bad grade is asked again, u undoes, q ends', async () => {
  const s = testSession();
  // after u the card comes back with its answer ("x") for a new grade: no answer line is read
  s.type('x', 'maybe', '1', 'y', 'u', '4', 'z', 'q');
  s.inputStream.end();
  const summary = await exec(drill, 'load-balancing', s);
  const out = s.text();
  assert.match(out, /"maybe" is not a grade: type 1-4/);
  assert.match(out, /undone: the last grade \(What does a load balancer spread\?\) — grade it again\n.*\nQ: What does a load balancer spread\?\nYou: x\nA: /);
  const store = await s.progress();
  assert.is(store.reviewCount(), 1, 'the undone review is gone, the easy one is kept');
  assert.is(store.exportData().reviews[0]!.grade, 4);
  assert.match(summary, /1 reviewed · again 0% · 1 left for later/);
  await s.close();
});

rd('the end of input ends the drill; nothing due says when the next card is', async () => {
  const s = testSession();
  s.type('answer', '4', 'answer', '4');
  s.inputStream.end();
  await exec(drill, 'load-balancing', s);
  const again = testSession({ dataDir: s.dataDir });
  again.inputStream.end();
  const msg = await exec(drill, 'load-balancing', again);
  assert.match(msg, /Nothing due in load balancing\. Next card due in \d+ days\./);
  const none = await exec(drill, 'caching --new 0', again);
  assert.match(none, /Nothing due in caching \(1 new: --new N to start some\)\./);
  await s.close();
  await again.close();
});

rd('--new bounds the new cards; options are checked', async () => {
  const s = testSession();
  s.type('a', '4');
  s.inputStream.end();
  const summary = await exec(drill, '--new 1', s);
  assert.match(s.text(), /Drill all lessons: 0 due · 1 new/);
  assert.match(String(summary), /1 reviewed/);
  for (const bad of ['--new -1', '--new 2.5', '--bogus', 'a b']) {
    try {
      await exec(drill, bad, s);
      assert.unreachable(bad);
    } catch (e) {
      assert.ok(e instanceof UsageError, `${bad}: ${(e as Error).message}`);
    }
  }
  await s.close();
});

rd('completion offers the lessons that have cards', async () => {
  const s = testSession();
  const ids = await drill.complete!('', s);
  assert.equal(ids, ['load-balancing', 'caching', 'consistent-hashing', 'sharding']);
});

rd.run();

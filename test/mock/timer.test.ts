import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { clockText, MockTimer, type TimerEvent } from '../../src/mock/timer.ts';
import { DESIGN_STAGES, stagesFor } from '../../src/mock/rubric.ts';

const s = suite('mock/timer');
const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 3, 17, 0, 0);

/** a clock a test moves by hand */
function clock() {
  let now = T0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const design = () => DESIGN_STAGES.map((st) => ({ name: st.name, ms: st.minutes * MIN }));

s('walks the design stages by their own time boxes, with the time left counting down', () => {
  const c = clock();
  const t = new MockTimer(design(), c.now());
  assert.is(t.totalMs, 40 * MIN);
  assert.is(t.stage.name, 'requirements');
  c.advance(4 * MIN);
  assert.equal(t.tick(c.now()), []);
  assert.is(t.remaining(c.now()), 36 * MIN);
  assert.is(t.stageRemaining(c.now()), MIN);
  c.advance(MIN);
  assert.equal(t.tick(c.now()), [{ kind: 'stage', from: 'requirements', to: 'estimates', index: 1 }]);
  // a tick that comes late (a busy event loop) still reports every stage it passed, in order
  c.advance(21 * MIN);
  const events = t.tick(c.now()).filter((e) => e.kind === 'stage') as Extract<TimerEvent, { kind: 'stage' }>[];
  assert.equal(events.map((e) => e.to), ['api', 'high-level', 'deep-dive']);
  assert.is(t.stage.name, 'deep-dive');
  assert.equal(t.log.map((l) => [l.name, l.elapsedMs / MIN]), [['requirements', 0], ['estimates', 5], ['api', 10], ['high-level', 15], ['deep-dive', 25]]);
});

s('warns at 5 and at 1 minute left, once each, then times out', () => {
  const c = clock();
  const t = new MockTimer(design(), c.now());
  c.advance(34 * MIN);
  assert.not.ok(t.tick(c.now()).some((e) => e.kind === 'warn'));
  c.advance(MIN);
  assert.equal(t.tick(c.now()).filter((e) => e.kind === 'warn'), [{ kind: 'warn', minutes: 5 }]);
  c.advance(MIN);
  assert.equal(t.tick(c.now()), []);
  c.advance(3 * MIN);
  assert.equal(t.tick(c.now()), [{ kind: 'warn', minutes: 1 }]);
  c.advance(59_000);
  assert.equal(t.tick(c.now()), []);
  assert.is(clockText(t.remaining(c.now())), '00:01');
  c.advance(1000);
  assert.equal(t.tick(c.now()), [{ kind: 'timeout' }]);
  assert.is(t.status, 'ended');
  c.advance(MIN);
  assert.equal(t.tick(c.now()), [], 'an ended mock says nothing more');
  assert.is(t.elapsed(c.now()), 40 * MIN, 'the time used stops at the end');
});

s('gives only the most urgent warning when a tick comes late, and none longer than the mock', () => {
  const c = clock();
  const t = new MockTimer(design(), c.now());
  c.advance(39.5 * MIN);
  assert.equal(t.tick(c.now()).filter((e) => e.kind === 'warn'), [{ kind: 'warn', minutes: 1 }]);
  const c2 = clock();
  const short = new MockTimer([{ name: 'answer', ms: 5 * MIN }], c2.now());
  assert.equal(short.tick(c2.now()), [], 'a 5-minute mock gets no "5 minutes left" at its start');
  c2.advance(4 * MIN);
  assert.equal(short.tick(c2.now()), [{ kind: 'warn', minutes: 1 }]);
});

s('a pause stops the clock; resume goes on where it stopped', () => {
  const c = clock();
  const t = new MockTimer([{ name: 'answer', ms: 5 * MIN }], c.now());
  c.advance(2 * MIN);
  assert.ok(t.pause(c.now()));
  assert.not.ok(t.pause(c.now()), 'pausing twice does nothing');
  c.advance(30 * MIN);
  assert.equal(t.tick(c.now()), [], 'no time-out while paused');
  assert.is(t.remaining(c.now()), 3 * MIN);
  assert.ok(t.resume(c.now()));
  c.advance(2 * MIN);
  assert.is(t.remaining(c.now()), MIN);
  c.advance(MIN);
  assert.equal(t.tick(c.now()).at(-1), { kind: 'timeout' });
  assert.is(t.elapsed(c.now()), 5 * MIN);
});

s('.mock next ends a stage early; the next starts with its full box', () => {
  const c = clock();
  const t = new MockTimer(design(), c.now());
  c.advance(2 * MIN);
  assert.equal(t.next(c.now()), { kind: 'stage', from: 'requirements', to: 'estimates', index: 1 });
  assert.is(t.stageRemaining(c.now()), 5 * MIN);
  assert.is(t.remaining(c.now()), 35 * MIN, 'the three minutes not used come off the end');
  for (let i = 0; i < 4; i++) t.next(c.now());
  assert.is(t.stage.name, 'wrap-up');
  assert.is(t.next(c.now()), null, 'no stage after the last');
});

s('stop keeps the time used; stages scale to --minutes and --seconds', () => {
  const c = clock();
  const t = new MockTimer(design(), c.now());
  c.advance(7 * MIN);
  t.stop(c.now());
  c.advance(10 * MIN);
  assert.is(t.elapsed(c.now()), 7 * MIN);
  const scaled = stagesFor('design', null, 12_000);
  assert.equal(scaled.map((b) => b.ms), [1500, 1500, 1500, 3000, 3000, 1500]);
  assert.equal(stagesFor('behavioral', null).map((b) => [b.name, b.ms]), [['answer', 5 * MIN]]);
  assert.equal(stagesFor('coding', null, 45 * MIN).map((b) => b.ms), [45 * MIN]);
});

s('clockText pads and rounds up', () => {
  assert.is(clockText(38 * MIN + 11_001), '38:12');
  assert.is(clockText(0), '00:00');
  assert.is(clockText(75 * MIN), '75:00');
  assert.is(clockText(-5), '00:00');
});

s.run();

// .drill against a test Context: the command returns a drill effect (it never writes); the effect
// runner shows the cards in line mode (piped input) and the summary comes back as data.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/shell/commands/index.ts'; // registers every command, as the shell does (.help reads them)
import { drill } from '../../../src/shell/commands/drill.ts';
import { exitCode, type Outcome } from '../../../src/shell/outcome.ts';
import { renderData } from '../../../src/shell/render-outcome.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { NotFoundError, UsageError } from '../../../src/errors.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import { miniCorpus, testSession } from '../../progress/helpers.ts';

const NOW = Date.UTC(2025, 0, 1, 12);
const s = suite('.drill command');

s('returns a drill effect and never writes; resume(summary) is the drill-summary data', async () => {
  const quiet = testContext({ corpus: miniCorpus(), now: () => NOW, throwingStreams: true });
  const o = await outcome(drill, 'load-balancing', quiet);
  assert.is(o.kind, 'drill');
  if (o.kind !== 'drill') return;
  assert.is(o.setup.scope, 'load balancing');
  assert.is(o.setup.fresh, 2);
  assert.ok(o.setup.run?.current, 'the run is built, at its first card');
  const done = (await o.resume(o.setup.run!.summary())) as Outcome;
  assert.is(done.kind, 'drill-summary');
  if (done.kind !== 'drill-summary') return;
  assert.is(done.data.status, 'done');
  assert.is(done.data.left, 2, 'nothing graded: both cards left');
  assert.is(exitCode(done), 0);
  await quiet.close();
});

s('nothing to drill is data too: no cards, nothing due (with the --new hint)', async () => {
  const ctx = testSession({ now: () => NOW });
  const o = await outcome(drill, 'caching --new 0', ctx);
  assert.is(o.kind, 'drill-summary');
  if (o.kind !== 'drill-summary') return;
  assert.is(o.data.status, 'nothing-due');
  assert.is(o.data.newAvailable, 1);
  assert.match(await renderData(o, ctx.style), /Nothing due in caching \(1 new: --new N to start some\)\./);
  await ctx.close();
});

for (const width of [60, 100]) {
  s(`line mode at ${width} columns: every line fits, the summary last`, async () => {
    const ctx = testSession({ now: () => NOW, width });
    ctx.type('Requests over servers', '4', 'Round robin', '4');
    ctx.inputStream.end();
    const out = await exec(drill, 'load-balancing', ctx);
    assert.match(out, /^Drill load balancing: 0 due · 2 new · retention 0\.9/);
    assert.match(out, /Drill done: 2 reviewed · again 0%\nNext due: in \d+ days, 2 cards$/);
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `too wide: ${line}`);
    assert.is(ctx.errors(), '');
    await ctx.close();
  });
}

s('--json: the transcript goes to stderr, stdout is the summary as JSON', async () => {
  const ctx = testSession({ now: () => NOW });
  ctx.type('Requests over servers', '3', 'x', 'q');
  ctx.inputStream.end();
  const out = await exec(drill, 'load-balancing --json', ctx);
  const j = JSON.parse(out);
  assert.is(j.status, 'done');
  assert.is(j.scope, 'load balancing');
  assert.is(j.reviewed, 1);
  assert.is(j.left, 2, 'the again card and the second one');
  for (const k of ['due', 'fresh', 'newAvailable', 'newLimit', 'again', 'againRate', 'unsaved', 'journaled', 'nextDue', 'nextDueCount', 'now']) assert.ok(k in j, k);
  assert.match(ctx.errors(), /Drill load balancing: 0 due · 2 new/);
  assert.match(ctx.errors(), /Q: What does a load balancer spread\?/);
  await ctx.close();
});

s('--help, and its errors by kind: usage exit 2, a missing lesson, tag or area exit 1', async () => {
  const ctx = testSession();
  const help = await outcome(drill, '--help', ctx);
  assert.is(help.kind, 'help');
  assert.match(await exec(drill, '--help', ctx), /--tag T[\s\S]*--new N[\s\S]*--json/);
  const cases: [string, number, typeof UsageError][] = [
    ['--new -1', 2, UsageError],
    ['--new 2.5', 2, UsageError],
    ['--bogus', 2, UsageError],
    ['a b', 2, UsageError],
    ['nothing-like-this', 1, NotFoundError],
    ['--tag nope', 1, NotFoundError],
    ['--area nope', 1, NotFoundError],
  ];
  for (const [args, code, kind] of cases) {
    const o = await outcome(drill, args, ctx);
    assert.is(o.kind, 'error', args);
    assert.is(exitCode(o), code, args);
    assert.ok(o.kind === 'error' && o.cause instanceof kind, `${args}: ${o.kind === 'error' ? o.message : o.kind}`);
  }
  await ctx.close();
});

s.run();

// .edit against a test Context: it returns an `edit` effect (the shell opens the editor) whose
// resume loads the file into the shell.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit } from '../../../src/shell/commands/edit.ts';
import { practice } from '../../../src/shell/commands/practice.ts';
import { show } from '../../../src/shell/effects.ts';
import type { Outcome } from '../../../src/shell/outcome.ts';
import { tempDir } from '../../helpers/context.ts';
import { closeAll, exitCode, fits, outcome, practiceContext, rendered } from './practice-helpers.ts';

const s = suite('.edit');
s.after(closeAll);

type Edit = Extract<Outcome, { kind: 'edit' }>;
const SUM = 'function sum(xs: number[]): number { return xs.reduce((a, b) => a + b, 0); }\n';

s('an edit effect on the workspace; resume loads the saved file, and says what it loaded at 60 and 100 columns', async () => {
  for (const width of [60, 100]) {
    const ctx = practiceContext({ width });
    await outcome(practice, 'sum-array', ctx);
    const o = await outcome(edit, '', ctx);
    assert.is(o.kind, 'edit');
    const e = o as Edit;
    assert.is(e.path, ctx.state.exercise!.path);
    writeFileSync(e.path, SUM);
    const after = await e.resume({ editor: 'vi', status: 0 });
    assert.is(after.kind, 'practice-notes');
    const text = await rendered(after, ctx);
    assert.match(text, /loaded .*sum-array\.ts \(1 line\) · \.edit to change it/);
    assert.match(text, /\.check judges this file$/);
    fits(text.split('\n').filter((l) => !l.includes(e.path)).join('\n'), width);
    assert.is(ctx.state.exercise!.code, SUM);
    assert.match(ctx.evaluated.at(-1)!, /reduce/);
  }
});

s('an editor that fails: nothing is loaded, a warning names the status and the file', async () => {
  const ctx = practiceContext();
  await outcome(practice, 'sum-array', ctx);
  const e = (await outcome(edit, '', ctx)) as Edit;
  const before = ctx.state.exercise!.code;
  writeFileSync(e.path, SUM);
  const after = await e.resume({ editor: 'vi', status: 3 });
  assert.equal((after as { data: unknown }).data, { notes: [{ text: `the editor (vi) exited with status 3: nothing was loaded; your file is kept at ${e.path}`, tone: 'warn' }] });
  assert.is(ctx.state.exercise!.code, before);
});

s('the shell carries the effect out: $EDITOR runs on the file, then the file is loaded', async () => {
  const ctx = practiceContext();
  const src = join(tempDir(), 'mine.ts');
  writeFileSync(src, SUM);
  ctx.env = { ...ctx.env, VISUAL: '', EDITOR: `cp ${src}` };
  await outcome(practice, 'sum-array', ctx);
  const code = await show(await outcome(edit, '', ctx), ctx);
  assert.is(code, 0);
  assert.is(readFileSync(ctx.state.exercise!.path, 'utf8'), SUM);
  assert.match(ctx.text(), /loaded .*sum-array\.ts \(1 line\)/);
});

s('errors: no exercise, or an argument: usage (exit 2); --help; it takes no --json', async () => {
  const ctx = practiceContext();
  assert.is(exitCode(await outcome(edit, '', ctx)), 2);
  await outcome(practice, 'sum-array', ctx);
  assert.is(exitCode(await outcome(edit, 'x', ctx)), 2);
  assert.is(exitCode(await outcome(edit, '--json', ctx)), 2);
  assert.equal(await outcome(edit, '--help', ctx), { kind: 'help', data: { command: 'edit' } });
});

s('never writes to a stream itself', async () => {
  const ctx = practiceContext({ throwingStreams: true });
  await outcome(practice, 'sum-array', ctx);
  assert.is((await outcome(edit, '', ctx)).kind, 'edit');
});

s.run();

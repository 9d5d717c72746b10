// Shared by the practice commands' suites: a test Context over the practice fixture corpus (with
// a store that remembers attempts), each line's width, and the run a suite repeats per command.
import * as assert from 'uvu/assert';
import { visibleWidth } from '../../../src/render/style.ts';
import type { Command } from '../../../src/shell/command.ts';
import { exitCode, type Outcome } from '../../../src/shell/outcome.ts';
import { renderData, toJson } from '../../../src/shell/render-outcome.ts';
import { outcome, testContext, type TestContext } from '../../helpers/context.ts';
import { fixtureCorpus, memoryStore, type MemoryStore } from '../../practice/helpers.ts';

export type PracticeContext = TestContext & { store: MemoryStore };

const open: TestContext[] = [];

export function practiceContext(opts: { width?: number; throwingStreams?: boolean; store?: MemoryStore } = {}): PracticeContext {
  const store = opts.store ?? memoryStore();
  const ctx = testContext({ corpus: fixtureCorpus(), store, width: opts.width ?? 60, throwingStreams: opts.throwingStreams });
  open.push(ctx);
  return Object.assign(ctx, { store });
}

export async function closeAll(): Promise<void> {
  for (const c of open.splice(0)) await c.close();
}

/** Every line fits the width (lines of code, indented, may not: they are cut or scroll). */
export function fits(text: string, width: number): void {
  for (const line of text.split('\n')) assert.ok(visibleWidth(line) <= width, `wider than ${width}: ${JSON.stringify(line)}`);
}

/** The text of a data outcome, as the shell renders it. */
export async function rendered(o: Outcome, ctx: TestContext): Promise<string> {
  assert.ok(o.kind !== 'error' && o.kind !== 'many' && o.kind !== 'none', `data, not ${o.kind}`);
  return renderData(o as never, ctx.style);
}

/** --json of a command: the outcome's JSON value (round-tripped through JSON.stringify). */
export async function json(cmd: Command, args: string, ctx: TestContext): Promise<unknown> {
  const o = await outcome(cmd, `${args} --json`.trim(), ctx);
  return JSON.parse(JSON.stringify(await toJson(o as never)));
}

/** `--help` comes from the declaration; an unknown flag is a usage error, exit 2. */
export async function helpAndUnknownFlag(cmd: Command): Promise<void> {
  const ctx = practiceContext();
  const help = await outcome(cmd, '--help', ctx);
  assert.equal(help, { kind: 'help', data: { command: cmd.name } });
  const bad = await outcome(cmd, '--bogus', ctx);
  assert.is(bad.kind, 'error');
  assert.is(exitCode(bad), 2);
  assert.match((bad as { message: string }).message, new RegExp(`\\.${cmd.name}: unknown option --bogus`));
}

export { exitCode, outcome };

// .help (src/shell/commands/help.ts and views/help.ts): every command with its summary, or one
// in detail with its declared options; --json; the error for an unknown name; never writing.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { commands } from '../../../src/shell/commands/index.ts';
import { help } from '../../../src/shell/commands/help.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { UsageError } from '../../../src/errors.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';

const s = suite('shell/commands/help');

s('the list: every registered command with its usage, node\'s REPL commands, within the width', async () => {
  for (const width of [60, 100]) {
    const out = await exec(help, '', testContext({ width }));
    for (const c of commands) assert.ok(out.includes(c.usage.split(' ')[0]!), `lists .${c.name}`);
    assert.match(out, /node's REPL commands/);
    assert.match(out, /\.editor/);
    for (const line of out.split('\n')) assert.ok(visibleWidth(line) <= width, `too wide at ${width}: ${line}`);
  }
});

s('.help NAME: usage, summary, detail and every declared flag with its description', async () => {
  for (const cmd of commands) {
    const out = await exec(help, cmd.name, testContext({ width: 100 }));
    assert.ok(out.startsWith(cmd.usage.slice(0, 20)), `.help ${cmd.name} starts with its usage`);
    for (const [flag, f] of Object.entries(cmd.flags)) {
      assert.ok(out.includes(`--${flag}`), `.help ${cmd.name} names --${flag}`);
      assert.ok(out.replace(/\s+/g, ' ').includes(f.desc.replace(/\s+/g, ' ').slice(0, 30)), `.help ${cmd.name} describes --${flag}`);
    }
    assert.match(out, /--help/);
    assert.is(out.includes('--json'), cmd.json !== false, `.help ${cmd.name}: --json listed only when it takes it`);
    assert.match(out, cmd.shellOnly ? /inside the shell only/ : /also a one-shot: swelearn/);
  }
});

s('.help .topic and node\'s .editor; the same text as `topic --help`', async () => {
  const ctx = testContext({ width: 80 });
  const dotted = await exec(help, '.topic', ctx);
  const viaFlag = await exec(commands.find((c) => c.name === 'topic')!, '--help', testContext({ width: 80 }));
  assert.is(dotted, viaFlag);
  assert.match((await exec(help, 'editor', ctx)).replace(/\s+/g, ' '), /\.editor enter editor mode.*node's own REPL command/);
});

s('--json: the declarations', async () => {
  const all = JSON.parse(await exec(help, '--json', testContext())) as { name: string; flags: { flag: string }[]; shellOnly: boolean }[];
  assert.equal(all.map((c) => c.name), commands.map((c) => c.name));
  const find = JSON.parse(await exec(help, 'find --json', testContext()))[0];
  assert.is(find.name, 'find');
  assert.ok(find.flags.some((f: { flag: string }) => f.flag.startsWith('--limit')));
});

s('an unknown name: a usage error with a suggestion (exit 2); never writes itself', async () => {
  const o = await outcome(help, 'topci', testContext({ throwingStreams: true }));
  assert.is(o.kind, 'error');
  assert.is(exitCode(o), 2);
  assert.match((o as { message: string }).message, /no command \.topci — did you mean \.topic\?/);
  try {
    await exec(help, 'a b', testContext());
    assert.unreachable();
  } catch (e) {
    assert.instance(e, UsageError);
  }
});

s.run();

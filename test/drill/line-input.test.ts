import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { LineInput, lineInputFor } from '../../src/shell/line-input.ts';

const li = suite('line input');

li('lines written before and after a read arrive in order; null at the end', async () => {
  const input = new PassThrough();
  const lines = LineInput.fromStream(input);
  input.write('one\r\ntwo\n');
  assert.is(await lines.read(), 'one');
  const pending = lines.read();
  assert.is(await pending, 'two');
  const later = lines.read();
  input.write('three\n');
  assert.is(await later, 'three');
  input.end('last without newline');
  assert.is(await lines.read(), 'last without newline');
  assert.is(await lines.read(), null);
  assert.is(await lines.read(), null);
});

li('the shell and a command share one queue: the command gets the lines after its own', async () => {
  const lines = new LineInput();
  for (const l of ['.drill', 'answer', '3', '.progress']) lines.push(l);
  const ran: string[] = [];
  for (let line = await lines.read(); line !== null; line = await lines.read()) {
    ran.push(line);
    if (line === '.drill') ran.push(`drill read ${await lines.read()} / ${await lines.read()}`);
    if (line === '.progress') lines.end();
  }
  assert.equal(ran, ['.drill', 'drill read answer / 3', '.progress']);
});

li('one per session, kept in the shell state', () => {
  const session = { streams: { input: new PassThrough() }, state: { lines: null } };
  const a = lineInputFor(session);
  assert.is(lineInputFor(session), a);
  a.close();
});

li.run();

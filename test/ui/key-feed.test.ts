// The terminal's keys for the drill's Ink view (src/ui/key-feed.ts): split into keys, kept while
// nobody reads them, handed over one per read, and what is left goes back to readline.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { splitKeys, takeKeys } from '../../src/ui/key-feed.ts';

const feed = suite('ui/key-feed');

feed('splitKeys: text runs, Enter, escape sequences, Alt+key and a lone Esc are keys of their own', () => {
  assert.equal(splitKeys('101 switching\r'), ['101 switching', '\r']);
  assert.equal(splitKeys('ab\x1b[Dc\x7f\r'), ['ab', '\x1b[D', 'c', '\x7f', '\r']);
  assert.equal(splitKeys('\x1bOA\x1b[1;5C'), ['\x1bOA', '\x1b[1;5C']);
  assert.equal(splitKeys('\x1b'), ['\x1b']);
  assert.equal(splitKeys('\x1bx'), ['\x1bx']);
  assert.equal(splitKeys('q\x03'), ['q', '\x03']);
  assert.equal(splitKeys('é ü\r'), ['é ü', '\r']);
});

/** A stand-in for the terminal: a stream with readline's keypress listener on it. */
function terminal() {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; isRaw?: boolean; setRawMode?(m: boolean): void; ref?(): void; unref?(): void };
  stdin.isTTY = false;
  stdin.ref = () => {};
  stdin.unref = () => {};
  const pressed: unknown[] = [];
  stdin.on('keypress', (k: unknown) => pressed.push(k));
  return { stdin, pressed };
}

const turns = (n: number) => new Promise<void>((r) => {
  const step = (i: number) => (i === 0 ? r() : setImmediate(() => step(i - 1)));
  step(n);
});

feed('keys typed before the view reads are kept, then read one per read; readline hears none of them meanwhile', async () => {
  const { stdin } = terminal();
  const keys = takeKeys(stdin as unknown as NodeJS.ReadStream);
  assert.is(stdin.listenerCount('keypress'), 0, "readline's keypress listener is off");
  stdin.write('101 switching\r');
  await turns(3);
  const input = keys.input;
  input.setEncoding('utf8');
  const reads: string[] = [];
  input.on('readable', () => {
    for (let chunk = input.read(); chunk !== null; chunk = input.read()) reads.push(chunk as string);
  });
  await turns(12);
  assert.equal(reads, ['101 switching', '\r']);
  keys.release();
});

feed('release: readline gets its listener back, and the keys nobody read go back to the terminal', async () => {
  const { stdin } = terminal();
  const keys = takeKeys(stdin as unknown as NodeJS.ReadStream);
  stdin.write('q.progress\r');
  await turns(3);
  // nobody read: the first key waits in the view's stream, the rest in the queue
  keys.release();
  assert.is(stdin.listenerCount('keypress'), 1);
  const back = stdin.read() as Buffer | null;
  assert.is(back?.toString('utf8'), 'q.progress\r');
});

feed.run();

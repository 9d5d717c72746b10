// The keys of a TTY, taken from the swe> REPL for a view (the Ink drill) and handed back after.
// From the moment the drill starts, before Ink is even loaded, we read the terminal ourselves and
// queue what is typed; Ink reads a stream we feed (`input`), one key at a time, once it is ready.
// Measured reasons, each of which lost keys before:
// - Pausing the terminal while Ink loads stops reading it (net.Socket#pause is readStop): with
//   nothing else pending, the event loop is empty, node emits 'beforeExit', and Ink (6.x
//   waitUntilExit) unmounts on 'beforeExit', so a drill begun while the Ink chunk was already
//   loaded ended by itself; the Esc typed for it then reached readline, which read it with the
//   next key typed at the prompt as one Alt+key (the key vanished). Reading on keeps the loop busy.
// - Ink hands a whole chunk to its input handlers as one input: "101\r" (a paste, keys typed
//   while it loaded, a fast typist) is text with a carriage return in it, not an answer and Enter.
//   We give Ink one key per read, and the next only after it has handled the last (its handlers
//   and ink-text-input's are re-subscribed after each render, so a key handled before that would
//   edit a stale value).
// - Ink turns raw mode off and unrefs the stream it reads when it unmounts: given the real
//   terminal, readline had to be repaired after it. Ink now toggles a stream of ours instead.
import { Readable } from 'node:stream';
import { detachReadline } from './detach-readline.ts';

/**
 * Split terminal input into keys: an escape sequence (CSI, SS3, Alt+key), a control character,
 * or a run of printable text (a paste stays one piece: ink-text-input inserts it at once). Pure.
 */
export function splitKeys(text: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) {
      const next = text[i + 1];
      let end = i + 1;
      if (next === '[') {
        end = i + 2;
        while (end < text.length && /[0-?]/.test(text[end]!)) end++; // parameter bytes
        while (end < text.length && /[ -/]/.test(text[end]!)) end++; // intermediate bytes
        end = Math.min(end + 1, text.length); // the final byte
      } else if (next === 'O') end = Math.min(i + 3, text.length);
      else if (next !== undefined && next !== '\x1b') end = i + 2; // Alt+key
      keys.push(text.slice(i, end));
      i = end;
    } else if (c < 0x20 || c === 0x7f) {
      keys.push(text[i]!);
      i++;
    } else {
      let end = i + 1;
      while (end < text.length) {
        const d = text.charCodeAt(end);
        if (d < 0x20 || d === 0x7f || d === 0x1b) break;
        end++;
      }
      keys.push(text.slice(i, end));
      i = end;
    }
  }
  return keys;
}

/** A stream that looks like a TTY to Ink: raw mode and ref/unref are Ink's to toggle, and do nothing to the terminal. */
class FedInput extends Readable {
  readonly isTTY = true;
  isRaw = false;
  override _read(): void {
    // keys are pushed as they come (KeyFeed)
  }
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

export interface KeyFeed {
  /** the stream to give Ink as its stdin */
  input: NodeJS.ReadStream;
  /** stop taking keys: the terminal goes back to readline, with any key not yet handled */
  release(): void;
}

/** Take the terminal's keys from readline (or, with no REPL, from nobody) until release(). */
export function takeKeys(stdin: NodeJS.ReadStream): KeyFeed {
  const restoreReadline = detachReadline(stdin);
  // with no REPL (a one-shot `swelearn drill`) nobody has put the terminal in raw mode
  const setRaw = Boolean(stdin.isTTY && !stdin.isRaw);
  if (setRaw) stdin.setRawMode(true);
  const input = new FedInput();
  const queue: string[] = [];
  let handing = false;
  let released = false;
  const handOne = () => {
    if (released || handing || queue.length === 0) return;
    handing = true;
    input.push(queue.shift()!);
  };
  // Ink reads the key (its 'readable' handler), then its handlers run and React renders and
  // re-subscribes them; the next key goes in after two turns of the event loop
  input.on('data', () =>
    setImmediate(() =>
      setImmediate(() => {
        handing = false;
        handOne();
      }),
    ),
  );
  // (listening for 'data' must not make it flow: keys wait in it until Ink reads them)
  input.pause();
  const onData = (chunk: Buffer | string) => {
    queue.push(...splitKeys(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
    handOne();
  };
  stdin.on('data', onData);
  stdin.resume();
  return {
    input: input as unknown as NodeJS.ReadStream,
    release() {
      if (released) return;
      released = true;
      stdin.removeListener('data', onData);
      if (setRaw) stdin.setRawMode(false);
      // keys typed after the view ended belong to the prompt; the one being handed was Ink's
      const unread = input.read() as string | Buffer | null;
      const left = (unread ? String(unread) : '') + queue.join('');
      queue.length = 0;
      input.destroy();
      restoreReadline();
      if (!setRaw && left) stdin.unshift(Buffer.from(left, 'utf8'));
      // no REPL reads on: let the process end
      if (setRaw) stdin.pause();
    },
  };
}

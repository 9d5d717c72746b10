// Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in ESC[200~ … ESC[201~, so
// the shell can take a pasted block as one unit. On while the swe> prompt owns a TTY; off when it
// exits and while another program (editor, pager) or view (the Ink drill) has the terminal.
const ON = '\x1b[?2004h';
const OFF = '\x1b[?2004l';

let out: NodeJS.WritableStream | null = null;
let suspended = 0;

/** Turn it on for this terminal (the shell calls this once, on a TTY). */
export function enableBracketedPaste(output: NodeJS.WritableStream): void {
  out = output;
  out.write(ON);
  // however the process ends, the terminal is not left pasting in brackets (a TTY write is synchronous)
  process.once('exit', () => {
    if (out) (out as NodeJS.WriteStream).write(OFF);
    out = null;
  });
}

/** Turn it off for good (the shell is exiting). */
export function disableBracketedPaste(): void {
  if (out && suspended === 0) out.write(OFF);
  out = null;
}

/** Off while something else has the terminal; the returned function turns it back on. No-op when the shell never turned it on. */
export function suspendBracketedPaste(): () => void {
  if (!out) return () => {};
  if (suspended++ === 0) out.write(OFF);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--suspended === 0 && out) out.write(ON);
  };
}

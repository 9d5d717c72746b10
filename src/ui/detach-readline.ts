// Hand a TTY's input from readline (the swe> REPL) to an Ink view and back. Measured pitfall:
// pausing the REPL around Ink makes the process exit silently once Ink unrefs stdin. Instead,
// readline's keypress listeners are taken off stdin while Ink runs, and afterwards they are put
// back, raw mode is turned on again and stdin is ref'd (Ink turns raw mode off and unrefs it).
// (The shell's effect runner turns bracketed paste off around the view: Ink reads keys itself.)

export function detachReadline(stdin: NodeJS.ReadStream): () => void {
  const keypress = stdin.listeners('keypress') as ((...a: unknown[]) => void)[];
  for (const l of keypress) stdin.removeListener('keypress', l);
  const wasRaw = Boolean(stdin.isTTY && stdin.isRaw);
  return () => {
    // nothing was listening (a one-shot `swelearn drill`): leave stdin as Ink left it, so the process can end
    if (!keypress.length) return;
    for (const l of keypress) if (!stdin.listeners('keypress').includes(l)) stdin.on('keypress', l);
    if (stdin.isTTY && wasRaw) stdin.setRawMode(true);
    stdin.ref();
    stdin.resume();
  };
}

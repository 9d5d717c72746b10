// Hand a TTY's input from readline (the swe> REPL) to a view and back (key-feed.ts uses it).
// Measured pitfall: pausing stdin around the view stops reading the terminal, the event loop
// empties, and node's 'beforeExit' ends Ink (or the process). Instead readline's keypress
// listeners are taken off stdin meanwhile, and afterwards they are put back, raw mode is turned on
// again and stdin is ref'd and flowing, as readline had it.

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

// The command registry: filled once by commands/index.ts, read by commands that run or list
// other commands (.help, .next go) without importing index.ts (which imports them: a cycle).
import { editDistance } from '../util/edit-distance.ts';
import type { Command } from './command.ts';

export const commands: Command[] = [];

export function register(list: Command[]): void {
  commands.push(...list);
}

/** node's own REPL commands, which keep working */
export const NODE_COMMANDS = ['break', 'clear', 'editor', 'exit', 'load', 'save'];

export const NODE_HELP: Record<string, string> = {
  editor: 'enter editor mode: type several lines, Ctrl-D to run them',
  load: 'load a TypeScript file into the session: .load FILE',
  save: 'save everything typed this session to a file: .save FILE',
  clear: 'reset the TypeScript context (your definitions)',
  break: 'abandon a half-typed multi-line input',
  exit: 'leave swelearn (Ctrl-D does the same)',
};

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

/** The nearest command name to a mistyped one, if any is close. */
export function suggestCommand(name: string): string | undefined {
  const all = [...commands.map((c) => c.name), ...NODE_COMMANDS];
  const prefixed = all.filter((n) => n.startsWith(name));
  if (name && prefixed.length === 1) return prefixed[0];
  const max = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestD = max + 1;
  for (const n of all) {
    const dd = editDistance(name, n, max);
    if (dd < bestD) [best, bestD] = [n, dd];
  }
  return best;
}

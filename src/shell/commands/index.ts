// Every dot-command, in the order .help lists them. Each also runs as a one-shot:
// `swelearn <name> ARGS` (see src/cli.ts).
import type { Command } from '../command.ts';
import { help } from './help.ts';
import { topic } from './topic.ts';
import { topics } from './topics.ts';
import { find } from './find.ts';
import { checkCorpus } from './check-corpus.ts';
import { practice } from './practice.ts';
import { check } from './check.ts';
import { hint } from './hint.ts';
import { solution } from './solution.ts';
import { edit } from './edit.ts';
import { exercises } from './exercises.ts';
import { drill } from './drill.ts';
import { next } from './next.ts';
import { progress } from './progress.ts';
import { plan } from './plan.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';

export const commands: Command[] = [topic, topics, find, checkCorpus, practice, check, hint, solution, edit, exercises, drill, next, progress, plan, exportCommand, importCommand, help];

/** node's own REPL commands, which keep working */
export const NODE_COMMANDS = ['break', 'clear', 'editor', 'exit', 'load', 'save'];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** The nearest command name to a mistyped one, if any is close. */
export function suggestCommand(name: string): string | undefined {
  const all = [...commands.map((c) => c.name), ...NODE_COMMANDS];
  const prefixed = all.filter((n) => n.startsWith(name));
  if (name && prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of all) {
    const dd = distance(name, n);
    if (dd < bestD) [best, bestD] = [n, dd];
  }
  return bestD <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

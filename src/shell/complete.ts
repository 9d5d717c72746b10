// Tab completion for dot-command lines: command names, then the command's own arguments
// (lesson ids, exercise ids, tags after --tag, areas after --area, difficulties).
import type { Context } from './context.ts';
import { commands, findCommand, NODE_COMMANDS } from './commands/index.ts';
import { DIFFICULTIES } from '../corpus/types.ts';
import type { Command } from './command.ts';

/** The flags a command takes, as typed: its own, --json (unless it shows no data) and --help. */
function flagNames(cmd: Command): string[] {
  return [...Object.keys(cmd.flags ?? {}), ...(cmd.json === false ? [] : ['json']), 'help'].map((f) => `--${f}`);
}

export async function completeLine(line: string, ctx: Context): Promise<[string[], string]> {
  const m = /^\s*\.(\S*)$/.exec(line);
  if (m) {
    const names = [...commands.map((c) => c.name), ...NODE_COMMANDS].filter((n) => n.startsWith(m[1]!)).sort();
    return [names.map((n) => `.${n}`), line.trim()];
  }
  const parts = /^\s*\.(\S+)\s+(.*)$/.exec(line);
  if (!parts) return [[], line];
  const cmd = findCommand(parts[1]!);
  const rest = parts[2]!;
  const words = rest.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const prev = words[words.length - 2];
  const corpus = await ctx.corpus();
  let pool: string[];
  if (prev === '--tag') pool = [...new Set(corpus.lessons.flatMap((l) => l.tags))];
  else if (prev === '--area') pool = corpus.areas;
  else if (prev === '--difficulty') pool = [...DIFFICULTIES];
  else if (last.startsWith('--')) pool = cmd ? flagNames(cmd) : [];
  else if (cmd?.complete) pool = await cmd.complete(rest, ctx);
  else pool = [];
  const hits = pool.filter((p) => p.startsWith(last)).sort();
  return [hits, last];
}

// .help and `swelearn CMD --help`: drawn from the commands' own declarations.
import { fit, wrap, type Style } from '../../render/style.ts';
import type { Command, Flag } from '../command.ts';
import { commands, findCommand, NODE_COMMANDS, NODE_HELP } from '../registry.ts';
import type { View } from './view.ts';

export interface HelpData {
  /** one command (without the dot), or every command */
  command?: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    help: HelpData;
  }
}

const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

/** The flags every command takes, then its own, as help lines. */
export function flagList(cmd: Command): { flag: string; desc: string }[] {
  const own = Object.entries(cmd.flags ?? {}).map(([name, f]: [string, Flag]) => ({
    flag: [`--${name}`, ...(f.alias ?? []).map((a) => (a.length === 1 ? `-${a}` : `--${a}`))].join(', ') + (f.arg ? ` ${f.arg}` : ''),
    desc: f.desc,
  }));
  return [
    ...own,
    ...(cmd.json !== false ? [{ flag: '--json', desc: 'print the data as JSON (docs/json.md)' }] : []),
    { flag: '--help, -h', desc: 'show this help' },
  ];
}

function commandHelp(cmd: Command, s: Style): string {
  const flags = flagList(cmd);
  const col = Math.min(24, Math.max(...flags.map((f) => f.flag.length)) + 2);
  const lines = flags.map((f) => {
    if (s.width < 60 || f.flag.length > col - 1) return `  ${s.cyan(f.flag)}\n${indent(wrap(f.desc, s.width - 6), 6)}`;
    const body = wrap(f.desc, s.width - col - 4).split('\n');
    return [`  ${s.cyan(fit(f.flag, col))}${body[0]}`, ...body.slice(1).map((b) => ' '.repeat(col + 2) + b)].join('\n');
  });
  const oneShot = cmd.shellOnly ? s.dim(`inside the shell only: run swelearn, then .${cmd.name}`) : s.dim(`also a one-shot: swelearn ${cmd.name} …`);
  return [wrap(s.bold(cmd.usage), s.width), '', wrap(cmd.summary, s.width), '', wrap(cmd.detail, s.width), '', s.bold('options'), ...lines, '', wrap(oneShot, s.width)].join('\n');
}

function allHelp(s: Style): string {
  const col = Math.min(28, Math.max(...commands.map((c) => c.usage.length)) + 2);
  const line = (usage: string, summary: string) => {
    if (s.width < 60) return `${indent(s.cyan(wrap(usage, s.width - 4, '  ')), 2)}\n${indent(wrap(summary, s.width - 6), 6)}`;
    const body = wrap(summary, s.width - col - 2).split('\n').map((b) => ' '.repeat(col + 2) + b);
    // a usage too long for the column gets a line of its own, never an ellipsis
    if (usage.length > col - 1) return [indent(s.cyan(wrap(usage, s.width - 4, '  ')), 2), ...body].join('\n');
    body[0] = `  ${s.cyan(fit(usage, col))}${body[0]!.trimStart()}`;
    return body.join('\n');
  };
  const out = [s.bold('swelearn commands'), ''];
  for (const c of commands) out.push(line(c.usage, c.summary));
  out.push('', s.bold("node's REPL commands"), '');
  for (const n of NODE_COMMANDS) out.push(line(`.${n}`, NODE_HELP[n] ?? ''));
  out.push(
    '',
    wrap(s.dim("Anything else you type is TypeScript, run as in node's REPL. Tab completes commands, lesson ids and tags. .help COMMAND for details."), s.width),
  );
  return out.join('\n');
}

export const helpView: View<'help'> = {
  render(d, s) {
    if (!d.command) return allHelp(s);
    const cmd = findCommand(d.command);
    if (cmd) return commandHelp(cmd, s);
    return wrap(`${s.bold('.' + d.command)}  ${NODE_HELP[d.command] ?? ''} (node's own REPL command)`, s.width);
  },
  json(d) {
    const list = d.command ? commands.filter((c) => c.name === d.command) : commands;
    return list.map((c) => ({ name: c.name, usage: c.usage, summary: c.summary, detail: c.detail, shellOnly: Boolean(c.shellOnly), flags: flagList(c) }));
  },
};

import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { commands, findCommand, NODE_COMMANDS, suggestCommand } from '../registry.ts';
import { fit, wrap } from '../../render/style.ts';
import { page } from '../pager.ts';

const indent = (text: string, n: number) => text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

const NODE_HELP: Record<string, string> = {
  editor: 'enter editor mode: type several lines, Ctrl-D to run them',
  load: 'load a TypeScript file into the session: .load FILE',
  save: 'save everything typed this session to a file: .save FILE',
  clear: 'reset the TypeScript context (your definitions)',
  break: 'abandon a half-typed multi-line input',
  exit: 'leave swelearn (Ctrl-D does the same)',
};

export const help: Command = {
  name: 'help',
  summary: 'list the commands, or show one in detail',
  usage: '.help [COMMAND]',
  detail: 'With no argument, lists every command with a one-line summary. .help topic shows how .topic is used.',
  complete: () => [...commands.map((c) => c.name), ...NODE_COMMANDS],
  async run(args, session) {
    const s = session.style;
    const name = args.trim().replace(/^\./, '');
    if (name) {
      const cmd = findCommand(name);
      if (cmd) {
        return [wrap(s.bold(cmd.usage), s.width), '', wrap(cmd.summary, s.width), '', wrap(cmd.detail, s.width)].join('\n');
      }
      if (NODE_HELP[name]) return wrap(`${s.bold('.' + name)}  ${NODE_HELP[name]} (node's own REPL command)`, s.width);
      const near = suggestCommand(name);
      throw new UsageError('.help', `no command .${name}${near ? ` — did you mean .${near}?` : ''}`);
    }
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
      wrap(s.dim('Anything else you type is TypeScript, run as in node\'s REPL. Tab completes commands, lesson ids and tags. .help COMMAND for details.'), s.width),
    );
    const text = out.join('\n');
    // longer than the screen: through the pager (which returns at once when it fits)
    return page(text, session) ? '' : text;
  },
};

// .help [COMMAND]: every command with its summary, or one in detail, from the declarations.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { commands, findCommand, NODE_COMMANDS, NODE_HELP, suggestCommand } from '../registry.ts';

export const help: Command = {
  name: 'help',
  summary: 'list the commands, or show one in detail',
  usage: '.help [COMMAND]',
  detail: 'With no argument, lists every command with a one-line summary. .help topic shows how .topic is used, with its options.',
  flags: {},
  shellOnly: true,
  complete: () => [...commands.map((c) => c.name), ...NODE_COMMANDS],
  run(args) {
    if (args._.length > 1) throw new UsageError('.help', 'takes one command name');
    const name = args._[0]?.replace(/^\./, '');
    if (!name) return { kind: 'help', data: {}, page: true };
    if (findCommand(name) || NODE_HELP[name]) return { kind: 'help', data: { command: name } };
    const near = suggestCommand(name);
    throw new UsageError('.help', `no command .${name}${near ? ` — did you mean .${near}?` : ''}`);
  },
};

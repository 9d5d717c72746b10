// swelearn completion bash|zsh|fish: print a completion script for that shell.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { commands } from '../registry.ts';
import { DIFFICULTIES } from '../../corpus/types.ts';
import { COMPLETION_SHELLS, completionScript, type CompletionShell } from '../completion-script.ts';
import { data } from '../outcome.ts';

/** The options every one-shot command takes (src/cli.ts). */
export const GLOBAL_FLAGS = ['--corpus', '--data', '--width', '--no-color', '--quiet'];

/** One-shots that are not dot-commands (src/cli.ts answers them before the shell's commands load). */
const CLI_ONLY = [{ name: 'trust', summary: 'let a lesson folder run its code in the shell', usage: 'trust DIR | --list | --remove DIR' }];

export const completion: Command = {
  name: 'completion',
  summary: 'print a Tab-completion script for bash, zsh or fish',
  usage: '.completion bash|zsh|fish',
  detail:
    'Prints a completion script covering the commands, their flags, lesson and exercise ids, areas and tags. bash: add `source <(swelearn completion bash)` to ~/.bashrc. zsh: add `source <(swelearn completion zsh)` to ~/.zshrc after compinit. fish: `swelearn completion fish > ~/.config/fish/completions/swelearn.fish`. Lesson ids are written into the script: run it again after adding lesson folders.',
  flags: {},
  complete: (partial) => COMPLETION_SHELLS.filter((s) => s.startsWith(partial.trim())),
  async run(a, ctx) {
    const shell = a._[0];
    if (a._.length !== 1 || !COMPLETION_SHELLS.includes(shell as CompletionShell)) {
      throw new UsageError('.completion', `names one shell: ${COMPLETION_SHELLS.join(', ')}`);
    }
    const corpus = await ctx.corpus();
    const lessons = corpus.lessons;
    const text = completionScript(shell as CompletionShell, {
      commands: [...commands.filter((c) => !c.shellOnly).map((c) => ({ name: c.name, summary: c.summary, usage: c.usage })), ...CLI_ONLY],
      globalFlags: GLOBAL_FLAGS,
      lessonIds: lessons.map((l) => l.id).sort(),
      exerciseIds: [...corpus.exercises.keys()].sort(),
      areas: [...new Set(lessons.map((l) => l.area))].sort(),
      tags: [...new Set(lessons.flatMap((l) => l.tags))].sort(),
      difficulties: [...DIFFICULTIES],
    }).trimEnd();
    return data('script', { shell: shell!, text });
  },
};

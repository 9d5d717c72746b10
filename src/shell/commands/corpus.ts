// .corpus: the active lesson folders (built-in, config file, SWELEARN_CORPUS, --corpus), each with
// its lesson count, trust and problems.
import type { Command } from '../command.ts';
import { folderReports, otherProblems } from '../../corpus/folder-report.ts';
import { configFile } from '../../config/paths.ts';
import { UsageError } from '../../errors.ts';
import { data } from '../outcome.ts';

export const corpusCommand: Command = {
  name: 'corpus',
  summary: 'the active lesson folders, their lesson counts and problems',
  usage: '.corpus [--json]',
  detail: [
    'Lists every lesson folder in use: the built-in corpus, the folders in the config file, in SWELEARN_CORPUS (a path list) and from --corpus.',
    'Each shows how many lessons it gave, whether it is trusted (`swelearn trust DIR`: its starters and solutions may run in the shell), and the files it skipped, with file and line.',
    '`swelearn check-corpus DIR` checks a folder in full (every exercise through the sandbox).',
  ].join('\n'),
  flags: {},
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.corpus', `takes no words ("${args._[0]}"): swelearn check-corpus DIR checks a folder`);
    const corpus = await ctx.corpus();
    return data('corpus', { config: configFile(ctx.env), folders: folderReports(corpus), problems: otherProblems(corpus) });
  },
};

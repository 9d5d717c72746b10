// .corpus: the active lesson folders (built-in, config file, SWELEARN_CORPUS, --corpus), each with
// its lesson count, trust and problems.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { formatProblem } from '../../corpus/types.ts';
import { folderReports, otherProblems } from '../../corpus/folder-report.ts';
import { configFile } from '../../config/paths.ts';
import { stripControl } from '../../util/control-chars.ts';

const MAX_SHOWN = 10;

export const corpusCommand: Command = {
  name: 'corpus',
  summary: 'the active lesson folders, their lesson counts and problems',
  usage: '.corpus [--json]',
  detail: [
    'Lists every lesson folder in use: the built-in corpus, the folders in the config file, in SWELEARN_CORPUS (a path list) and from --corpus.',
    'Each shows how many lessons it gave, whether it is trusted (`swelearn trust DIR`: its starters and solutions may run in the shell), and the files it skipped, with file and line.',
    '`swelearn check-corpus DIR` checks a folder in full (every exercise through the sandbox).',
  ].join('\n'),
  async run({ raw: args }, ctx) {
    const a = parseArgs('corpus', args, { boolean: ['json'] });
    const corpus = await ctx.corpus();
    const reports = folderReports(corpus);
    const other = otherProblems(corpus);
    if (a.json) return JSON.stringify({ config: configFile(), folders: reports, problems: other }, null, 2);
    const s = ctx.style;
    const out: string[] = [];
    for (const r of reports) {
      const facts = [
        `${r.lessons} lesson${r.lessons === 1 ? '' : 's'}`,
        r.source === 'built-in' ? '' : r.trusted ? s.green('trusted') : 'not trusted',
        r.errors.length ? s.red(`${r.errors.length} skipped`) : '',
        r.warnings.length ? s.yellow(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`) : '',
      ].filter(Boolean);
      out.push(`${s.bold(stripControl(r.dir))}  ${s.dim(r.source)}`, `  ${facts.join(' · ')}`);
      for (const p of r.errors.slice(0, MAX_SHOWN)) out.push(`  ${s.red(formatProblem(p))}`);
      if (r.errors.length > MAX_SHOWN) out.push(`  … ${r.errors.length - MAX_SHOWN} more: swelearn check-corpus ${stripControl(r.dir)}`);
    }
    for (const p of other) out.push(s.red(formatProblem(p)));
    out.push(s.dim(`config: ${stripControl(configFile())}${reports.length === 1 ? ' — add folders there, in SWELEARN_CORPUS, or with --corpus DIR' : ''}`));
    return out.join('\n');
  },
};

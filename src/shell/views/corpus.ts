// .corpus: each active lesson folder with its lesson count, trust and problems; --json: the data
// as it always printed ({config, folders, problems}).
import { formatProblem, type Problem } from '../../corpus/types.ts';
import type { FolderReport } from '../../corpus/folder-report.ts';
import { stripControl } from '../../util/control-chars.ts';
import type { View } from './view.ts';

export interface CorpusData {
  /** the config file that names lesson folders */
  config: string;
  folders: FolderReport[];
  /** problems of no folder (the config file's) */
  problems: Problem[];
}

declare module '../outcome.ts' {
  interface OutcomeData {
    corpus: CorpusData;
  }
}

const MAX_SHOWN = 10;

export const corpusView: View<'corpus'> = {
  render(d, s) {
    const out: string[] = [];
    for (const r of d.folders) {
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
    for (const p of d.problems) out.push(s.red(formatProblem(p)));
    out.push(s.dim(`config: ${stripControl(d.config)}${d.folders.length === 1 ? ' — add folders there, in SWELEARN_CORPUS, or with --corpus DIR' : ''}`));
    return out.join('\n');
  },
};

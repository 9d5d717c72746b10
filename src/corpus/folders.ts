// Which lesson folders are active, where each came from, and whether the learner trusts it.
// Folders come from the config file, then SWELEARN_CORPUS (a path list, like PATH), then
// --corpus; the same folder named twice counts once. Trust is by real path: a folder is trusted
// when it, or a folder above it, was trusted with `swelearn trust DIR`.
import { delimiter, sep } from 'node:path';
import type { Config } from '../config/config-file.ts';
import { expandPath } from '../config/config-file.ts';
import { realPath } from '../util/real-path.ts';

export type FolderSource = 'built-in' | 'config' | 'SWELEARN_CORPUS' | '--corpus';

export interface CorpusFolder {
  /** absolute */
  dir: string;
  source: FolderSource;
  trusted: boolean;
}


/** `dir` is one of the trusted folders or inside one. */
export function isTrusted(dir: string, trusted: string[]): boolean {
  const real = realPath(dir);
  return trusted.some((t) => {
    const root = realPath(t);
    return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  });
}

export function corpusFolders(opts: { cliDirs: string[]; env: NodeJS.ProcessEnv; config: Config; cwd?: string }): CorpusFolder[] {
  const cwd = opts.cwd ?? process.cwd();
  const named: { dir: string; source: FolderSource }[] = [
    ...opts.config.corpus.map((dir) => ({ dir, source: 'config' as const })),
    ...(opts.env.SWELEARN_CORPUS ?? '')
      .split(delimiter)
      .filter((d) => d.trim() !== '')
      .map((d) => ({ dir: expandPath(d, cwd, opts.env), source: 'SWELEARN_CORPUS' as const })),
    ...opts.cliDirs.map((d) => ({ dir: expandPath(d, cwd, opts.env), source: '--corpus' as const })),
  ];
  const seen = new Set<string>();
  const out: CorpusFolder[] = [];
  for (const f of named) {
    const key = realPath(f.dir);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ dir: f.dir, source: f.source, trusted: isTrusted(f.dir, opts.config.trusted) });
  }
  return out;
}

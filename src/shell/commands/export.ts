// .export [FILE]: all progress as versioned JSON (to stdout without FILE) — how to move machines.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { StoreError, UsageError } from '../../errors.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write all progress as JSON (to FILE, or the screen)',
  usage: '.export [FILE]',
  detail:
    'Writes reviews, lesson reads, exercise attempts and settings as versioned JSON ({"format": "swelearn-progress", "version": 1, …}). Without FILE it prints the JSON (swelearn export > progress.json). Read it back on another machine with swelearn import FILE.',
  async run(args, session) {
    const a = parseArgs('export', args);
    if (a._.length > 1) throw new UsageError('.export', 'takes one file name');
    const store = await session.progress();
    const data = store.exportData();
    const json = JSON.stringify(data, null, 1);
    const file = a._[0];
    if (!file) return json;
    const [{ writeFileSync, renameSync }, { resolve }] = await Promise.all([import('node:fs'), import('node:path')]);
    const path = resolve(file);
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, json + '\n');
      renameSync(tmp, path);
    } catch (e) {
      throw new StoreError(`.export: cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return `Exported ${data.reviews.length} reviews, ${data.lessonViews.length} lesson reads and ${data.attempts.length} exercise attempts to ${path}`;
  },
};

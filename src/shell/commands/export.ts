// .export [FILE]: all progress as versioned JSON (to stdout without FILE) — how to move machines.
// The file is written atomically (temp file, then rename), through a symlink to its target, and
// never onto a device (src/progress/files.ts).
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { StoreError, UsageError } from '../../errors.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write all progress as JSON (to FILE, or the screen)',
  usage: '.export [FILE]',
  detail:
    'Writes reviews, lesson reads, exercise attempts and settings as versioned JSON ({"format": "swelearn-progress", "version": 1, …}). Without FILE it prints the JSON (swelearn export > progress.json). The file is replaced in one step (a temp file next to it, then renamed), so a failed export never leaves half a file; a symlink is written through to its target; devices, directories and FIFOs are refused. Read it back on another machine with swelearn import FILE.',
  async run(args, session) {
    const a = parseArgs('export', args);
    if (a._.length > 1) throw new UsageError('.export', 'takes one file name');
    const store = await session.progress();
    const data = store.exportData();
    const json = JSON.stringify(data, null, 1);
    const file = a._[0];
    if (!file) return json;
    const { writeFileAtomic, FileRefused } = await import('../../progress/files.ts');
    let written;
    try {
      written = writeFileAtomic(file, json + '\n');
    } catch (e) {
      if (e instanceof FileRefused) throw new StoreError(`.export: ${e.message}`);
      throw e;
    }
    const via = written.viaSymlink ? ` (through the symlink ${file})` : '';
    return `Exported ${data.reviews.length} reviews, ${data.lessonViews.length} lesson reads and ${data.attempts.length} exercise attempts to ${written.target}${via}`;
  },
};

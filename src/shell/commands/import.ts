// .import FILE: merge a progress export; reviews already here (same id) are skipped. Only a
// regular file up to a size cap is read; every entry is checked, and the ones with impossible
// values are left out and listed with the reason (the command then counts as failed: exit 1).
import type { Command } from '../command.ts';
import { NotFoundError, UsageError } from '../../errors.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'merge progress exported on another machine',
  usage: '.import FILE',
  detail:
    'Reads a file written by swelearn export and merges it into this progress: reviews, lesson reads and attempts already here (same id) are skipped, so importing twice changes nothing. Card schedules follow the latest review of each card. Settings from the file are used only where none is set here. Every entry is checked (card states FSRS accepts, times between 2000-01-01 and tomorrow, real dates); entries that fail are left out and listed with the reason, and the command counts as failed (exit 1). A big import is saved in chunks, so another session can keep saving meanwhile.',
  flags: {},
  async run(a, ctx) {
    const file = a._[0];
    if (!file || a._.length > 1) throw new UsageError('.import', 'needs one file: .import FILE');
    const [{ resolve }, { existsSync }, { checkExport, ExportFormatError }, { readRegularFile, FileRefused, MAX_IMPORT_BYTES }] = await Promise.all([
      import('node:path'),
      import('node:fs'),
      import('../../progress/export-format.ts'),
      import('../../progress/files.ts'),
    ]);
    const path = resolve(file);
    let text: string;
    try {
      text = readRegularFile(path, MAX_IMPORT_BYTES);
    } catch (e) {
      if (e instanceof FileRefused) {
        if (!existsSync(path)) throw new NotFoundError('.import', `${e.message}; .import reads a file written by swelearn export`);
        throw new UsageError('.import', `${e.message}; .import reads a file written by swelearn export`);
      }
      throw e;
    }
    let checked;
    try {
      checked = checkExport(JSON.parse(text), ctx.clock.now());
    } catch (e) {
      if (e instanceof SyntaxError) throw new UsageError('.import', `${path} is not valid JSON (${e.message})`);
      if (e instanceof ExportFormatError) throw new UsageError('.import', `${path}: ${e.message}`);
      throw e;
    }
    const { data, rejected } = checked;
    const store = await ctx.progress();
    const r = await store.importData(data);
    // the good entries are in; with rejected ones the command still counts as failed (exit 1 in a script)
    return { kind: 'imported', data: { file: path, ...r, rejected }, failed: rejected.length > 0 };
  },
};

// .import FILE: merge a progress export; reviews already here (same id) are skipped. Only a
// regular file up to a size cap is read; every entry is checked, and the ones with impossible
// values are left out and listed with the reason.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { ReportError, UsageError } from '../../errors.ts';

/** rejected entries listed one by one; the rest are counted */
const LIST_REJECTED = 10;

export const importCommand: Command = {
  name: 'import',
  summary: 'merge progress exported on another machine',
  usage: '.import FILE',
  detail:
    'Reads a file written by swelearn export and merges it into this progress: reviews, lesson reads and attempts already here (same id) are skipped, so importing twice changes nothing. Card schedules follow the latest review of each card. Settings from the file are used only where none is set here. Every entry is checked (card states FSRS accepts, times between 2000-01-01 and tomorrow, real dates); entries that fail are left out and listed with the reason. A big import is saved in chunks, so another session can keep saving meanwhile.',
  async run({ raw: args }, ctx) {
    const a = parseArgs('import', args);
    const file = a._[0];
    if (!file || a._.length > 1) throw new UsageError('.import', 'needs one file: .import FILE');
    const [{ resolve }, { checkExport, describeRejection, ExportFormatError }, { readRegularFile, FileRefused, MAX_IMPORT_BYTES }] = await Promise.all([
      import('node:path'),
      import('../../progress/export-format.ts'),
      import('../../progress/files.ts'),
    ]);
    const path = resolve(file);
    let text: string;
    try {
      text = readRegularFile(path, MAX_IMPORT_BYTES);
    } catch (e) {
      if (e instanceof FileRefused) throw new UsageError('.import', `${e.message}; .import reads a file written by swelearn export`);
      throw e;
    }
    let checked;
    try {
      checked = checkExport(JSON.parse(text));
    } catch (e) {
      if (e instanceof SyntaxError) throw new UsageError('.import', `${path} is not valid JSON (${e.message})`);
      if (e instanceof ExportFormatError) throw new UsageError('.import', `${path}: ${e.message}`);
      throw e;
    }
    const { data, rejected } = checked;
    const store = await ctx.progress();
    const r = await store.importData(data);
    const part = (n: { added: number; skipped: number }, what: string) => `${n.added} ${what}${n.skipped ? ` (${n.skipped} already here)` : ''}`;
    const lines = [
      `Imported from ${path}: ${part(r.reviews, 'reviews')}, ${part(r.lessonViews, 'lesson reads')}, ${part(r.attempts, 'attempts')}`,
      r.settings.length ? `Settings taken from the file: ${r.settings.join(', ')}` : '',
    ];
    if (rejected.length) {
      lines.push(ctx.style.yellow(`Rejected ${rejected.length} entr${rejected.length === 1 ? 'y' : 'ies'} with impossible values (not imported):`));
      for (const x of rejected.slice(0, LIST_REJECTED)) lines.push(`  ${describeRejection(x)}`);
      if (rejected.length > LIST_REJECTED) lines.push(`  … and ${rejected.length - LIST_REJECTED} more`);
      // the good entries are in; the command still counts as failed (exit 1 in a script)
      throw new ReportError(lines.filter(Boolean).join('\n'));
    }
    return lines.filter(Boolean).join('\n');
  },
};

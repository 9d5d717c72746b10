// .import FILE: merge a progress export; reviews already here (same id) are skipped.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../../errors.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'merge progress exported on another machine',
  usage: '.import FILE',
  detail:
    'Reads a file written by swelearn export and merges it into this progress: reviews, lesson reads and attempts already here (same id) are skipped, so importing twice changes nothing. Card schedules follow the latest review of each card. Settings from the file are used only where none is set here.',
  async run(args, session) {
    const a = parseArgs('import', args);
    const file = a._[0];
    if (!file || a._.length > 1) throw new UsageError('.import', 'needs one file: .import FILE');
    const [{ readFileSync }, { resolve }, { validateExport, ExportFormatError }] = await Promise.all([
      import('node:fs'),
      import('node:path'),
      import('../../progress/export-format.ts'),
    ]);
    const path = resolve(file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new UsageError('.import', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    let data;
    try {
      data = validateExport(JSON.parse(text));
    } catch (e) {
      if (e instanceof SyntaxError) throw new UsageError('.import', `${path} is not valid JSON (${e.message})`);
      if (e instanceof ExportFormatError) throw new UsageError('.import', `${path}: ${e.message}`);
      throw e;
    }
    const store = await session.progress();
    const r = store.importData(data);
    const part = (n: { added: number; skipped: number }, what: string) => `${n.added} ${what}${n.skipped ? ` (${n.skipped} already here)` : ''}`;
    return [
      `Imported from ${path}: ${part(r.reviews, 'reviews')}, ${part(r.lessonViews, 'lesson reads')}, ${part(r.attempts, 'attempts')}`,
      r.settings.length ? `Settings taken from the file: ${r.settings.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  },
};

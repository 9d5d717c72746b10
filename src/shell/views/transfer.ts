// .export and .import: what was written or merged, and the entries an import left out.
import { wrap } from '../../render/style.ts';
import type { ImportResult, ProgressExport } from '../../progress/types.ts';
import { describeRejection, type Rejection } from '../../progress/export-format.ts';
import type { View } from './view.ts';

/** .export FILE or .export --anki FILE.tsv: where it went and how much. */
export type ExportedData =
  | { format: 'progress'; file: string; target: string; viaSymlink: boolean; reviews: number; lessonViews: number; attempts: number }
  | { format: 'anki'; file: string; target: string; viaSymlink: boolean; cards: number; lessons: number };

export interface ImportedData extends ImportResult {
  /** the file read (absolute) */
  file: string;
  /** entries left out, with the reason */
  rejected: Rejection[];
}

declare module '../outcome.ts' {
  interface OutcomeData {
    /** .export without FILE: the export itself */
    'progress-export': ProgressExport;
    exported: ExportedData;
    imported: ImportedData;
  }
}

/** rejected entries listed one by one; the rest are counted */
export const LIST_REJECTED = 10;

export const progressExportView: View<'progress-export'> = {
  // the file format itself (swelearn export > progress.json), one space of indent as always
  render: (d) => JSON.stringify(d, null, 1),
};

export const exportedView: View<'exported'> = {
  render(d, s) {
    const via = d.viaSymlink ? ` (through the symlink ${d.file})` : '';
    // (lines naming a file are not wrapped: the path stays one word to copy)
    if (d.format === 'progress') return `Exported ${d.reviews} reviews, ${d.lessonViews} lesson reads and ${d.attempts} exercise attempts to ${d.target}${via}`;
    return [
      `Exported ${d.cards} cards from ${d.lessons} lesson${d.lessons === 1 ? '' : 's'} to ${d.target}${via}`,
      wrap('for Anki: File > Import, then choose that file (importing a newer export again updates the same notes).', s.width),
    ].join('\n');
  },
};

export const importedView: View<'imported'> = {
  render(d, s) {
    const part = (n: { added: number; skipped: number }, what: string) => `${n.added} ${what}${n.skipped ? ` (${n.skipped} already here)` : ''}`;
    // (not wrapped: the path stays one word to copy)
    const lines = [`Imported from ${d.file}: ${part(d.reviews, 'reviews')}, ${part(d.lessonViews, 'lesson reads')}, ${part(d.attempts, 'attempts')}`];
    if (d.settings.length) lines.push(wrap(`Settings taken from the file: ${d.settings.join(', ')}`, s.width));
    const n = d.rejected.length;
    if (n) {
      lines.push(wrap(s.yellow(`Rejected ${n} entr${n === 1 ? 'y' : 'ies'} with impossible values (not imported):`), s.width));
      for (const x of d.rejected.slice(0, LIST_REJECTED)) lines.push(`  ${describeRejection(x)}`);
      if (n > LIST_REJECTED) lines.push(`  … and ${n - LIST_REJECTED} more`);
    }
    return lines.join('\n');
  },
};

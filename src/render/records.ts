// A table too wide for the screen as stacked records: one "header  value" line per cell, a blank
// line between rows (as glow does). Pure.
import { styleWords, type Style } from './style.ts';
import { visibleWidth, wrapText } from './width.ts';

export function records(header: string[], rows: string[][], s: Style, width: number): string[] {
  const labelWidth = Math.max(...header.map((h) => visibleWidth(h)));
  const beside = labelWidth + 2 <= Math.floor(width / 3);
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push('');
    header.forEach((h, i) => {
      const value = row[i] ?? '';
      if (!value.trim()) return;
      const label = styleWords(h, s.bold);
      if (beside) {
        const first = label + ' '.repeat(labelWidth + 2 - visibleWidth(h));
        out.push(...wrapText(value, width, first, ' '.repeat(labelWidth + 2)).split('\n'));
      } else {
        out.push(...wrapText(label, width).split('\n'));
        out.push(...wrapText(value, width, '  ').split('\n'));
      }
    });
  });
  return out;
}

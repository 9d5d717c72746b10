// A drill card's question or answer as printed: "Q: " then the text, its inline markdown styled
// (plain without colour), wrapped with a hanging indent. Shared by the terminal view and line mode. Pure.
import { inlineMarkdown } from './inline.ts';
import type { Style } from './style.ts';
import { wrapText } from './width.ts';

export function cardText(label: string, markdown: string, s: Style): string {
  return wrapText(`${label} ${inlineMarkdown(markdown, s)}`, s.width, '', '   ');
}

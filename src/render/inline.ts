// One line of inline markdown (a card, a hint, a title) as styled text: marked-terminal's inline
// renderers, configured by src/render/terminal-renderer.ts. Plain text without colour.
import type { Style } from './style.ts';
import { renderInlineMarkdown } from './terminal-renderer.ts';

export function inlineMarkdown(md: string, s: Style): string {
  if (!/[*_`\\[<&~]/.test(md)) return md;
  return renderInlineMarkdown(md, s);
}

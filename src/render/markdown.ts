// Markdown -> terminal text. The renderer (marked's lexer, bundled, and our own block, inline and
// code rendering) is imported on first use: start-up never pays for it, and it is small enough
// that the first lesson opens faster than node:repl shows its prompt (measured on a loaded
// machine: 90-150 ms to import, against 1.5 s for marked-terminal; scripts/bench-first-use.mjs).
import type { Style } from './style.ts';
import { cutLines } from './width.ts';

export interface RenderOptions {
  /**
   * Keep code and diagram lines wider than the screen whole (for a pager that scrolls them
   * sideways, like `less -S`). By default they are cut at the width with a visible marker.
   */
  wide?: boolean;
  /** columns to wrap to (default: the style's width) */
  width?: number;
}

type Blocks = typeof import('./blocks.ts');
let loading: Promise<Blocks> | null = null;

/** Load the renderer now (e.g. while the prompt is idle) so that its first use is instant. */
export function loadRenderer(): Promise<Blocks> {
  loading ??= import('./blocks.ts');
  return loading;
}

export async function renderMarkdown(md: string, style: Style, opts: RenderOptions = {}): Promise<string> {
  const { renderBlocks } = await loadRenderer();
  const width = opts.width ?? style.width;
  // prose longer than 120 columns is hard to read: wider screens get it at 120
  const out = renderBlocks(md.replace(/\r\n?/g, '\n'), style, Math.min(width, 120)).replace(/\n{3,}/g, '\n\n').trimEnd();
  return opts.wide ? out : cutLines(out, width, style.dim);
}

// Markdown -> terminal text. The renderer (marked + marked-terminal, extended in
// terminal-renderer.ts) is imported on first use: start-up never pays for it. The build bundles
// it into one chunk with a slim highlighter in place of cli-highlight (every highlight.js
// grammar) and a stub for node-emoji, so the first lesson opens quickly (scripts/bench-first-use.mjs).
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

type Blocks = typeof import('./terminal-renderer.ts');
let loading: Promise<Blocks> | null = null;

/** Load the renderer now (e.g. while the prompt is idle) so that its first use is instant. */
export function loadRenderer(): Promise<Blocks> {
  loading ??= import('./terminal-renderer.ts');
  return loading;
}

export async function renderMarkdown(md: string, style: Style, opts: RenderOptions = {}): Promise<string> {
  const { renderBlocks } = await loadRenderer();
  const width = opts.width ?? style.width;
  // prose longer than 120 columns is hard to read: wider screens get it at 120
  const out = renderBlocks(md.replace(/\r\n?/g, '\n'), style, Math.min(width, 120)).replace(/\n{3,}/g, '\n\n').trimEnd();
  return opts.wide ? out : cutLines(out, width, style.dim);
}

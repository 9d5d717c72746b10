// Colour and width for everything swelearn prints. Pure: the decision (TTY? NO_COLOR? --width?)
// is made once at start-up and passed in.
import { stripAnsi, visibleWidth, wrapText } from './width.ts';

export { stripAnsi, visibleWidth };

export interface Style {
  color: boolean;
  /** columns to wrap to */
  width: number;
  bold(s: string): string;
  dim(s: string): string;
  italic(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  magenta(s: string): string;
  cyan(s: string): string;
  /** highlighted search term (plain text without colour) */
  mark(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const id = (s: string) => s;

export function createStyle(opts: { color: boolean; width: number }): Style {
  const c = opts.color;
  return {
    color: c,
    width: Math.max(30, Math.floor(opts.width)),
    bold: c ? sgr(1, 22) : id,
    dim: c ? sgr(2, 22) : id,
    italic: c ? sgr(3, 23) : id,
    underline: c ? sgr(4, 24) : id,
    red: c ? sgr(31, 39) : id,
    green: c ? sgr(32, 39) : id,
    yellow: c ? sgr(33, 39) : id,
    blue: c ? sgr(34, 39) : id,
    magenta: c ? sgr(35, 39) : id,
    cyan: c ? sgr(36, 39) : id,
    // without colour a match is plain text: no markdown markers in plain output
    mark: c ? (s) => `\x1b[1;33m${s}\x1b[22;39m` : id,
  };
}

/** Apply `fn` to each word of `text`, keeping the spaces and newlines between words unstyled
 * (so text can be wrapped at any space and each line still opens and closes its own colours). */
export function styleWords(text: string, fn: (s: string) => string): string {
  return text.replace(/[^ \n]+/g, (w) => fn(w));
}

/** Word-wrap plain or styled text to `width` columns, keeping a hanging indent (see wrapText). */
export function wrap(text: string, width: number, indent = ''): string {
  return wrapText(text, width, '', indent);
}

/** Pad (or cut with …) to exactly `width` visible columns. */
export function fit(s: string, width: number): string {
  const w = visibleWidth(s);
  if (w <= width) return s + ' '.repeat(width - w);
  let out = '';
  for (const ch of stripAnsi(s)) {
    if (visibleWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - visibleWidth(out) - 1));
}

// Colour and width for everything swelearn prints. Pure: the decision (TTY? NO_COLOR? --width?)
// is made once at start-up and passed in.

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

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Display width of a string: ANSI codes count 0, wide (CJK, emoji) characters count 2. */
export function visibleWidth(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 32 || (cp >= 0x300 && cp <= 0x36f)) continue;
    w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)) ? 2 : 1;
  }
  return w;
}

/** Word-wrap plain or styled text to `width` columns, keeping a hanging indent. */
export function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/ +/);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && visibleWidth(candidate) + (out.length && indent ? 0 : 0) > width) {
        out.push(line);
        line = indent + word;
      } else line = candidate;
    }
    out.push(line);
  }
  return out.join('\n');
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

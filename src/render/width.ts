// Width rules for terminal text, as bat and glow apply them. Pure.
// - prose wraps at spaces (a styled word carries its own colour codes, so a line can start anywhere);
// - a word wider than the whole line is the one thing split, at a natural joint (/ . - _) when it has one;
// - code and diagram lines are never wrapped: printed straight they are cut with a visible marker.

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

// Why not string-width (installed through Ink): it builds an Intl.Segmenter when it is imported,
// and this module loads before the prompt. Measured (node scripts/bench-startup.mjs 21, loaded
// machine): start-up ratio 1.26-1.35x with this code, 1.46-1.54x with string-width. It is also
// ~2x slower per word unless guarded by a fast path like the one below. It is more exact for ZWJ
// emoji sequences and zero-width characters; the lessons have neither.

/** Display width of a string: ANSI codes count 0, wide (CJK, emoji) characters count 2. */
export function visibleWidth(s: string): number {
  // fast path, one pass over the char codes: printable ASCII and SGR colour codes (nearly all
  // that swelearn wraps: .find renders a page of snippets per keystroke-sized query)
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127) w++;
    // narrow letters and punctuation beyond ASCII (é, —, …, →, ✓, box drawing): one column each,
    // as slowWidth counts them; combining marks, Hangul jamo, wide ranges and surrogates go there
    else if ((c >= 0xa0 && c < 0x300) || (c >= 0x370 && c < 0x1100) || (c >= 0x1160 && c < 0x2e80)) w++;
    else if (c === 27 && s.charCodeAt(i + 1) === 91) {
      let j = i + 2;
      while (j < s.length && isParam(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== 109) return slowWidth(s); // not an SGR code: the full rules
      i = j;
    } else return slowWidth(s);
  }
  return w;
}

/** digits and ; of an SGR code */
const isParam = (c: number) => (c >= 48 && c <= 57) || c === 59;

function slowWidth(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 32 || (cp >= 0x300 && cp <= 0x36f)) continue;
    w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)) ? 2 : 1;
  }
  return w;
}

/** The marker at the end of a cut code line. */
export const CUT_MARK = '›';

const SGR = /^\x1b\[[0-9;]*m/;

/** Split a word wider than `room` into pieces that fit, preferring to break after / . - _ */
function splitLong(word: string, room: number): string[] {
  const plain = stripAnsi(word);
  if (plain !== word) return splitLong(plain, room); // rare: a styled word wider than the line
  const out: string[] = [];
  let rest = word;
  while (visibleWidth(rest) > room) {
    let cut = 0;
    let w = 0;
    let joint = -1;
    for (const ch of rest) {
      const cw = visibleWidth(ch);
      if (w + cw > room) break;
      w += cw;
      cut += ch.length;
      if ('/.-_,:'.includes(ch) && w > room / 3) joint = cut;
    }
    const at = joint > 0 ? joint : Math.max(1, cut);
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Word-wrap (possibly styled) text to `width` columns. The first line starts with `first`, the
 * others with `rest` (a hanging indent); both count towards the width. Newlines in `text` start
 * new lines; runs of spaces between words collapse to one.
 */
export function wrapText(text: string, width: number, first = '', rest = first): string {
  let out = '';
  let prefix = first;
  let from = 0;
  for (;;) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    // a paragraph's own indentation is kept, on its continuation lines too
    let i = from;
    while (i < to && text.charCodeAt(i) === 32) i++;
    const lead = i > from ? text.slice(from, i) : '';
    const restHere = rest + lead;
    prefix += lead;
    let room = Math.max(8, width - visibleWidth(prefix));
    // the line so far: text[lineStart, lineEnd) while its words are one space apart, else `built`
    let lineStart = -1;
    let lineEnd = -1;
    let built: string | null = null;
    let lineWidth = 0;
    while (i < to) {
      let j = text.indexOf(' ', i);
      if (j === -1 || j > to) j = to;
      if (j === i) {
        i++;
        continue;
      }
      const start = i;
      i = j + 1;
      const w = visibleWidth(text.slice(start, j));
      if (lineStart >= 0 && lineWidth + 1 + w <= room) {
        if (built === null && start === lineEnd + 1) lineEnd = j;
        else built = `${built ?? text.slice(lineStart, lineEnd)} ${text.slice(start, j)}`;
        lineWidth += 1 + w;
        continue;
      }
      if (lineStart >= 0) {
        out += (prefix + (built ?? text.slice(lineStart, lineEnd))).trimEnd() + '\n';
        prefix = restHere;
        room = Math.max(8, width - visibleWidth(prefix));
      }
      built = null;
      if (w <= room) {
        lineStart = start;
        lineEnd = j;
        lineWidth = w;
        continue;
      }
      const pieces = splitLong(text.slice(start, j), room);
      for (let k = 0; k < pieces.length - 1; k++) {
        out += (prefix + pieces[k]).trimEnd() + '\n';
        prefix = restHere;
        room = Math.max(8, width - visibleWidth(prefix));
      }
      built = pieces[pieces.length - 1]!;
      lineStart = start;
      lineWidth = visibleWidth(built);
    }
    out += (prefix + (built ?? (lineStart < 0 ? '' : text.slice(lineStart, lineEnd)))).trimEnd();
    if (to === text.length) return out;
    out += '\n';
    prefix = rest;
    from = to + 1;
  }
}

/**
 * A line cut to `width` columns with CUT_MARK as its last column when it is wider; colour codes
 * are kept (and reset at the cut), so a highlighted code line stays highlighted.
 */
export function cutLine(line: string, width: number, mark: (s: string) => string = (s) => s): string {
  if (visibleWidth(line) <= width) return line;
  let out = '';
  let w = 0;
  let styled = false;
  for (let i = 0; i < line.length; ) {
    const m = line[i] === '\x1b' ? SGR.exec(line.slice(i)) : null;
    if (m) {
      out += m[0];
      styled = true;
      i += m[0].length;
      continue;
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    const cw = visibleWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
    i += ch.length;
  }
  return `${out}${styled ? '\x1b[0m' : ''}${' '.repeat(Math.max(0, width - 1 - w))}${mark(CUT_MARK)}`;
}

/** Cut every line of `text` wider than `width` (used when text is printed straight, not paged). */
export function cutLines(text: string, width: number, mark?: (s: string) => string): string {
  return text
    .split('\n')
    .map((l) => cutLine(l, width, mark))
    .join('\n');
}

/** Wrap a message the shell prints (an error, a hint, a suggestion) at word boundaries. */
export function wrapMessage(text: string, width: number): string {
  return wrapText(text, width);
}

// The one markdown fence scanner, with CommonMark's rules (spec 0.31, "Fenced code blocks"):
// - an opening fence is 3+ backticks or 3+ tildes after at most 3 spaces; the rest of the line is
//   its info string ("ts checks"). (One deliberate difference: CommonMark forbids a backtick in
//   a backtick fence's info string, but a lesson's "```ts wrong REASON" may quote code there.)
// - a closing fence uses the same character, at least as many of it, after at most 3 spaces,
//   and nothing but spaces or tabs after it (no info string);
// - a fence never closed runs to the end of the text;
// - a line indented 4 or more spaces is never a fence (it is indented code or list content).
// Lessons, search snippets and Anki export all read fences through it, so they agree on where
// code starts and ends. Pure.

export interface Fence {
  /** '`' or '~' */
  char: string;
  /** how many of it */
  length: number;
  /** the info string, trimmed ("ts checks timeout=2000"); '' when none */
  info: string;
}

const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t\r]*$/; // a stray \r of a CRLF line is a line ending

/** The first character after at most 3 spaces, when it could start a fence: a cheap filter. */
function couldFence(line: string): boolean {
  for (let i = 0; i < 4 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 96 || c === 126) return true; // ` ~
    if (c !== 32) return false;
  }
  return false;
}

/** The fence `line` opens, or null when it opens none. */
export function openingFence(line: string): Fence | null {
  if (!couldFence(line)) return null;
  const m = OPEN.exec(line);
  if (!m) return null;
  const marker = m[1]!;
  return { char: marker[0]!, length: marker.length, info: m[2]!.trim() };
}

/** True when `line` closes the block that `open` opened. */
export function closesFence(line: string, open: Fence): boolean {
  if (!couldFence(line)) return false;
  const m = CLOSE.exec(line);
  return m !== null && m[1]![0] === open.char && m[1]!.length >= open.length;
}

/** Where a line stands: outside code, the opening fence, inside the block, or the closing fence. */
export type FenceLine = 'text' | 'open' | 'code' | 'close';

/**
 * A reader for a text's lines in order: each call says where that line stands. `fence` is the
 * open block's fence while inside one (the opening line included), else null.
 */
export function fenceReader(): { (line: string): FenceLine; readonly fence: Fence | null } {
  let fence: Fence | null = null;
  const read = (line: string): FenceLine => {
    if (fence === null) {
      fence = openingFence(line);
      return fence === null ? 'text' : 'open';
    }
    if (closesFence(line, fence)) {
      fence = null;
      return 'close';
    }
    return 'code';
  };
  return Object.defineProperty(read, 'fence', { get: () => fence }) as typeof read & { readonly fence: Fence | null };
}

export interface FencedBlock {
  fence: Fence;
  /** the lines between the fences */
  code: string[];
  /** 0-based index of the opening line, and of the closing line (the last line when unclosed) */
  start: number;
  end: number;
}

/** Every fenced code block of `lines`, in order. */
export function fencedBlocks(lines: readonly string[]): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let block: FencedBlock | null = null;
  const read = fenceReader();
  lines.forEach((line, i) => {
    const kind = read(line);
    if (kind === 'open') block = { fence: read.fence!, code: [], start: i, end: lines.length - 1 };
    else if (kind === 'code') block!.code.push(line);
    else if (kind === 'close') {
      block!.end = i;
      blocks.push(block!);
      block = null;
    }
  });
  if (block) blocks.push(block);
  return blocks;
}

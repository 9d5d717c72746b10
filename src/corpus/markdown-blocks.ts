// Pure helpers that split lesson markdown into sections, fenced blocks and list items,
// keeping 1-based line numbers. They never look inside fenced code for structure.

export interface RawSection {
  heading: string;
  body: string;
  /** 1-based line of the heading (or of the first body line for the preamble) */
  line: number;
  /** 1-based line of the body's first line (blank lines after the heading are not part of the body) */
  bodyLine: number;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})(.*)$/;

/** Split at `## ` headings outside fenced code. The text before the first one is the preamble. */
export function splitSections(text: string, firstLine = 1): { preamble: RawSection; sections: RawSection[] } {
  const lines = text.split('\n');
  const sections: RawSection[] = [];
  let current: RawSection = { heading: '', body: '', line: firstLine, bodyLine: firstLine };
  const preamble = current;
  let buf: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const joined = buf.join('\n');
    current.bodyLine += /^\n*/.exec(joined)![0].length;
    current.body = joined.replace(/^\n+|\s+$/g, '');
    buf = [];
  };
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      const marker = f[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && f[2]!.trim() === '') fence = null;
    } else if (fence === null) {
      const h = /^##\s+(.+?)\s*#*\s*$/.exec(line);
      if (h && !line.startsWith('###')) {
        flush();
        current = { heading: h[1]!.trim(), body: '', line: firstLine + i, bodyLine: firstLine + i + 1 };
        sections.push(current);
        return;
      }
    }
    buf.push(line);
  });
  flush();
  return { preamble, sections };
}

export interface FencedBlock {
  info: string;
  /** first word of the info string, e.g. "ts" */
  lang: string;
  /** remaining words, e.g. ["checks", "timeout=2000"] */
  words: string[];
  code: string;
  /** 0-based line offsets in the body, start and end inclusive */
  start: number;
  end: number;
}

/** Fenced code blocks of a body, with their info strings. An unclosed fence runs to the end. */
export function fencedBlocks(body: string): FencedBlock[] {
  const lines = body.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const marker = open[1]!;
    const info = open[2]!.trim();
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = FENCE.exec(lines[j]!);
      if (close && close[1]![0] === marker[0] && close[1]!.length >= marker.length && close[2]!.trim() === '') break;
      code.push(lines[j]!);
    }
    const [lang = '', ...words] = info.split(/\s+/).filter(Boolean);
    blocks.push({ info, lang, words, code: code.join('\n'), start: i, end: Math.min(j, lines.length - 1) });
    i = j;
  }
  return blocks;
}

/** Top-level list items ("- ", "* ", "1. "), continuation lines joined with "\n". Skips fenced code. */
export function listItems(body: string): string[] {
  const items: string[] = [];
  let current: string[] | null = null;
  let fence = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) {
      fence = !fence;
      if (current) current.push(line);
      continue;
    }
    if (fence) {
      if (current) current.push(line);
      continue;
    }
    const m = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (m) {
      if (current) items.push(current.join('\n').trim());
      current = [m[1]!];
    } else if (current && (/^\s+\S/.test(line) || line.trim() === '')) {
      current.push(line.trim());
    } else if (current) {
      items.push(current.join('\n').trim());
      current = null;
    }
  }
  if (current) items.push(current.join('\n').trim());
  return items.filter(Boolean);
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Pure helpers that split lesson markdown into sections, fenced blocks and list items,
// keeping 1-based line numbers. They never look inside fenced code for structure.

import { fenceReader, fencedBlocks as fences } from '../util/fences.ts';
import { fold } from '../util/fold.ts';

export interface RawSection {
  heading: string;
  body: string;
  /** 1-based line of the heading (or of the first body line for the preamble) */
  line: number;
  /** 1-based line of the body's first line (blank lines after the heading are not part of the body) */
  bodyLine: number;
}

/** Split at `## ` headings outside fenced code. The text before the first one is the preamble. */
export function splitSections(text: string, firstLine = 1): { preamble: RawSection; sections: RawSection[] } {
  const lines = text.split('\n');
  const sections: RawSection[] = [];
  let current: RawSection = { heading: '', body: '', line: firstLine, bodyLine: firstLine };
  const preamble = current;
  let buf: string[] = [];
  const read = fenceReader();
  const flush = () => {
    const joined = buf.join('\n');
    current.bodyLine += /^\n*/.exec(joined)![0].length;
    current.body = joined.replace(/^\n+|\s+$/g, '');
    buf = [];
  };
  lines.forEach((line, i) => {
    if (read(line) === 'text') {
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
  return fences(body.split('\n')).map(({ fence, code, start, end }) => {
    const [lang = '', ...words] = fence.info.split(/\s+/).filter(Boolean);
    return { info: fence.info, lang, words, code: code.join('\n'), start, end };
  });
}

/** Top-level list items ("- ", "* ", "1. "), continuation lines joined with "\n". Skips fenced code. */
export function listItems(body: string): string[] {
  const items: string[] = [];
  let current: string[] | null = null;
  const read = fenceReader();
  for (const line of body.split('\n')) {
    if (read(line) !== 'text') {
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
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Markdown -> one line of plain prose, for search snippets. Pure.
// Fenced code and diagrams are left out (a snippet of ASCII art reads badly); inline markup,
// links, list markers and table pipes are reduced to their text.

import { fenceReader } from '../util/fences.ts';

/** The first non-blank character of a line, or '' (cheap checks before any regular expression). */
function lead(line: string): string {
  for (let i = 0; i < line.length; i++) if (line[i] !== ' ' && line[i] !== '\t') return line[i]!;
  return '';
}

export function proseOf(markdown: string): string {
  const kept: string[] = [];
  const read = fenceReader();
  for (let line of markdown.split('\n')) {
    if (read(line) !== 'text') continue;
    const c = lead(line);
    if (c === '#') line = line.replace(/^\s{0,3}#{1,6}\s+/, ''); // heading marks
    else if (c === '>') line = line.replace(/^\s*>\s?/, ''); // blockquote
    else if (c === '-' || c === '*' || c === '+' || (c >= '0' && c <= '9')) line = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''); // list markers
    if (line.includes('|')) {
      line = line
        .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/, '') // table rule
        .replace(/\s*\|\s*/g, ' · ') // table cells
        .replace(/^ · | · $/g, '');
    }
    kept.push(line);
  }
  let text = kept.join(' ');
  if (text.includes('](')) {
    text = text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'); // links
  }
  if (text.includes('<')) text = text.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1'); // autolinks
  if (text.includes('**') || text.includes('__')) text = text.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'); // bold
  if (text.includes('*') || text.includes('_')) text = text.replace(/(^|[\s(])[*_](?=\S)(.+?)(?<=\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2'); // italics
  if (text.includes('`')) text = text.replace(/`+([^`]*)`+/g, '$1'); // inline code
  // collapse whitespace: only runs and non-space characters need replacing (matching every
  // single space would rebuild the whole string)
  return text.replace(/\s\s+|(?! )\s/g, ' ').trim();
}

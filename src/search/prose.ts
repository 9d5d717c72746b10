// Markdown -> one line of plain prose, for search snippets. Pure.
// Fenced code and diagrams are left out (a snippet of ASCII art reads badly); inline markup,
// links, list markers and table pipes are reduced to their text.

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function proseOf(markdown: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const f = FENCE.exec(line);
    if (f) {
      const marker = f[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    kept.push(
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '') // heading marks
        .replace(/^\s*>\s?/, '') // blockquote
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '') // list markers
        .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/, '') // table rule
        .replace(/\s*\|\s*/g, ' · ') // table cells
        .replace(/^ · | · $/g, ''),
    );
  }
  return kept
    .join(' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // bold
    .replace(/(^|[\s(])[*_](?=\S)(.+?)(?<=\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2') // italics
    .replace(/`+([^`]*)`+/g, '$1') // inline code
    .replace(/\s+/g, ' ')
    .trim();
}

// A JSON document written as lines, a head then one item per line, so that a big file can be read
// in slices (a keystroke waits for one line's parse, not the whole file's).
import type { Slice } from './time-slice.ts';

export function jsonLines(head: object, items: Iterable<unknown>): string {
  const lines = [JSON.stringify(head)];
  for (const item of items) lines.push(JSON.stringify(item));
  return lines.join('\n') + '\n';
}

/** The head and the items of `text`, awaiting `slice` before each item. */
export async function parseJsonLines(text: string, slice: Slice): Promise<{ head: unknown; items: unknown[] }> {
  let end = text.indexOf('\n');
  const head = JSON.parse(end === -1 ? text : text.slice(0, end)) as unknown;
  const items: unknown[] = [];
  while (end !== -1 && end < text.length - 1) {
    await slice();
    const from = end + 1;
    end = text.indexOf('\n', from);
    items.push(JSON.parse(text.slice(from, end === -1 ? undefined : end)));
  }
  return { head, items };
}

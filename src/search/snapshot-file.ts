// The search index snapshot as a file of lines, so that it can be read in slices after the prompt
// (no step long enough to delay a keystroke): a header line (format, version, lessons), then one
// JSON line per part: FlexSearch's exported maps cut into pieces (importing a piece adds to the
// map) and the vocabulary's lists cut into pieces. Pure but for the time slicing.
import type { Snapshot } from './lesson-index.ts';
import type { Slice } from '../util/time-slice.ts';
import { jsonLines, parseJsonLines } from '../util/json-lines.ts';

/** about this many characters per line: a line parses and imports in about a millisecond */
const LINE_CHARS = 48 * 1024;

/** The list cut into runs of about LINE_CHARS of JSON each (at least one entry per run). */
function pieces<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let chars = 0;
  for (const item of list) {
    const size = JSON.stringify(item).length + 1;
    if (run.length && chars + size > LINE_CHARS) {
      out.push(run);
      run = [];
      chars = 0;
    }
    run.push(item);
    chars += size;
  }
  out.push(run);
  return out;
}

export function snapshotText(snap: Snapshot): string {
  const parts: unknown[] = [];
  for (const [key, data] of snap.flex) for (const part of Array.isArray(data) ? pieces(data) : [data]) parts.push(['flex', key, part]);
  for (const part of pieces(snap.vocabulary.terms)) parts.push(['terms', part]);
  for (const part of pieces(snap.vocabulary.words)) parts.push(['words', part]);
  return jsonLines({ format: snap.format, version: snap.version, lessons: snap.lessons, layout: 'lines' }, parts);
}

/** The snapshot in `text` (the lines above, or one JSON document), parsed a line at a time. */
export async function parseSnapshotText(text: string, slice: Slice): Promise<unknown> {
  const { head, items } = await parseJsonLines(text, slice);
  const h = head as Record<string, unknown> | null;
  if (!h || h.layout !== 'lines') return head;
  const snap = { format: h.format, version: h.version, lessons: h.lessons, flex: [] as unknown[], vocabulary: { terms: [] as unknown[], words: [] as unknown[] } };
  for (const line of items as [string, ...unknown[]][]) {
    if (line[0] === 'flex') snap.flex.push([line[1], line[2]]);
    else if (line[0] === 'terms') snap.vocabulary.terms.push(...(line[1] as unknown[]));
    else if (line[0] === 'words') snap.vocabulary.words.push(...(line[1] as unknown[]));
  }
  return snap;
}

// How lessons become FlexSearch documents: one per prose section (plus one for a lesson's drill
// questions and exercises), fields title and tags (on a lesson's first document), heading and
// body. Text is encoded by ./encode.ts before FlexSearch sees it; FlexSearch's "score" slot
// records how strongly a document uses a term (BM25-style saturated term frequency).
import { Document } from 'flexsearch';
import type { Lesson } from '../corpus/types.ts';
import { shortHash } from '../util/hash.ts';

export interface DocData {
  [key: string]: string | number;
  id: number;
  title: string;
  tags: string;
  heading: string;
  body: string;
}

export interface Field {
  name: 'title' | 'tags' | 'heading' | 'body';
  /** indexed once per lesson (on its first document) rather than per section */
  perLesson: boolean;
  /** FlexSearch score slots */
  resolution: number;
  /** typical length in terms, and how much length normalisation applies (BM25 b) */
  avgLen: number;
  b: number;
}

export const FIELDS: readonly Field[] = [
  { name: 'title', perLesson: true, resolution: 5, avgLen: 4, b: 0.5 },
  { name: 'tags', perLesson: true, resolution: 5, avgLen: 8, b: 0.3 },
  { name: 'heading', perLesson: false, resolution: 5, avgLen: 2, b: 0.3 },
  { name: 'body', perLesson: false, resolution: 10, avgLen: 150, b: 0.75 },
];

/** BM25 term-frequency saturation */
const K1 = 1.2;

/** FlexSearch "score": the slot (0 = strongest) for a term in a field, from its saturated frequency. */
function slotScorer(field: Field): (content: string[], term: string) => number {
  let last: string[] | null = null;
  let tf = new Map<string, number>();
  const top = field.resolution - 1;
  return (content, term) => {
    if (content !== last) {
      last = content;
      tf = new Map();
      for (const t of content) tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    const f = tf.get(term) ?? 1;
    const norm = (f * (K1 + 1)) / (f + K1 * (1 - field.b + (field.b * content.length) / field.avgLen));
    return Math.min(top, Math.max(0, Math.round((1 - norm / (K1 + 1)) * top)));
  };
}

const splitTerms = (s: string): string[] => (s ? s.split(' ') : []);

export function createDocument(): Document<DocData> {
  return new Document<DocData>({
    document: {
      id: 'id',
      index: FIELDS.map((f) => ({
        field: f.name,
        tokenize: 'strict' as const,
        resolution: f.resolution,
        encode: splitTerms,
        score: slotScorer(f),
      })),
    },
  });
}

/**
 * The text of a lesson's drill questions and exercises. It is indexed as one more document of the
 * lesson (it is how learners phrase questions), but never named as the matching section.
 */
function practiceText(lesson: Lesson): string {
  const parts: string[] = [];
  for (const c of lesson.cards) if (c.kind === 'qa') parts.push(c.question, c.answer);
  for (const e of lesson.exercises) parts.push(e.title, e.prompt);
  return parts.join('\n');
}

/** The sections a lesson is indexed as: its prose sections (or one empty one), then its practice text. */
export function documentsOf(lesson: Lesson): { heading: string; body: string; section: number }[] {
  const docs = lesson.sections.map((s, i) => ({ heading: s.heading, body: s.body, section: i }));
  if (docs.length === 0) docs.push({ heading: '', body: '', section: -1 });
  const practice = practiceText(lesson);
  if (practice) docs.push({ heading: '', body: practice, section: -1 });
  return docs;
}

/** A term's documents, grouped by FlexSearch score slot (0 = strongest); slots may be empty. */
export type Slots = ReadonlyArray<readonly number[] | undefined>;

interface Resolved {
  result: Slots;
}

/**
 * One field's lookup: a term's documents by score slot. FlexSearch keeps them in the field's own
 * Index (the Document holds those in `index`) as `map`: term -> slots, which a single-term search
 * returns as is (Index#_get_array). Reading the map skips the search's option handling, encoder
 * and result wrapper: about 15% of a built-in query's time. A FlexSearch without that layout (or
 * with compression, a keystore or a database) is asked through the public search instead.
 */
export function fieldLookup(doc: Document<DocData>, field: string): (term: string) => Slots {
  // FlexSearch INTERNALS: `Document#index` and `Index#map` are not public API. That is why
  // package.json pins flexsearch to the exact version tested (no caret); before upgrading it, run
  // test/search/documents.test.ts: it fails when the layout moves and checks this lookup returns
  // exactly what the public search does.
  type FieldIndex = { map?: Map<string, Slots>; compress?: unknown; keystore?: unknown; db?: unknown; search?: (q: string, o: object) => Resolved };
  const own = (doc as unknown as { index?: Map<string, FieldIndex> }).index?.get(field);
  if (own && own.map instanceof Map && !own.compress && !own.keystore && !own.db) {
    // (read `map` on each call: import and clear may replace it)
    return (term) => own.map!.get(term) ?? NO_SLOTS;
  }
  const opts = { index: field, resolve: false };
  return (term) => (doc.search(term, opts as never) as unknown as Resolved).result;
}

const NO_SLOTS: Slots = [];

/** A fingerprint of everything the index reads from a lesson. */
export function lessonFingerprint(lesson: Lesson): string {
  const parts = [lesson.title, lesson.tags.join(','), lesson.area, lesson.difficulty];
  for (const d of documentsOf(lesson)) parts.push(d.heading, d.body);
  return shortHash(parts.join('\u0000'));
}


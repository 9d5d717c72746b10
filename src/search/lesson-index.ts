// The lesson search index: a FlexSearch Document with one document per lesson section (see
// ./documents.ts). FlexSearch keeps the inverted index and exports/imports it; ./query-plan.ts
// decides what a query's words mean (stems, compounds, synonyms, prefixes, typos); this module
// ranks lessons and cuts snippets.
//
// Ranking is BM25-like. Each field's FlexSearch "score" slot encodes how strongly a section uses
// a term (term frequency, saturated and normalised by field length), so one lookup per term and
// field gives graded matches. A lesson's score sums, over the query's words, the best match of
// any of the word's alternatives, weighted by field and rarity (idf), then scales by the share of
// the query's words the lesson matches. The section that matches most gives the snippet.
import type { Document } from 'flexsearch';
import type { Lesson } from '../corpus/types.ts';
import { SwelearnError } from '../errors.ts';
import { createDocument, documentsOf, fieldLookup, FIELDS, lessonFingerprint, type DocData, type Slots } from './documents.ts';
import { foldKeepingOffsets } from '../util/fold.ts';
import { encode, ENCODER_VERSION, forEachTerm, isWordCode, wordTokens } from './encode.ts';
import { proseOf } from './prose.ts';
import { timeSlicer, type Slice } from '../util/time-slice.ts';
import { COMMON_LESSONS, idf, MAX_POSTINGS, MAX_POSTINGS_COMMON, RANKING } from './ranking.ts';
import { planQuery, type Correction } from './query-plan.ts';
import { makeSnippet, SNIPPET_CHARS, type Matches, type Segment } from './snippet.ts';
import { Vocabulary, type VocabularyData } from './vocabulary.ts';

export { RANKING } from './ranking.ts';
export { lessonFingerprint } from './documents.ts';
export type { Correction } from './query-plan.ts';

/** Changes whenever the snapshot layout or the indexed terms change. */
export const SNAPSHOT_VERSION = `4.${ENCODER_VERSION}`;

export interface SearchOptions {
  tag?: string;
  difficulty?: string;
  area?: string;
  /** default 10 */
  limit?: number;
  /** snippet length in characters, default 160; 0 for no snippets (ranking only) */
  snippetChars?: number;
}

export interface Hit {
  lesson: Lesson;
  score: number;
  /** heading of the best-matching section ('' when the lesson has none) */
  section: string;
  /** the best-matching passage of that section, match terms marked */
  snippet: Segment[];
}

export interface SearchResult {
  hits: Hit[];
  /** misspelt words and what was searched for them */
  corrections: Correction[];
  /** words that matched nothing at all */
  unknown: string[];
}

export interface Snapshot {
  format: 'swelearn-search-index';
  version: string;
  /** [lesson id, content fingerprint ('' = removed), number of documents] in document-id order */
  lessons: Array<[string, string, number]>;
  vocabulary: VocabularyData;
  /** FlexSearch export: [key, parsed data] */
  flex: Array<[string, unknown]>;
}

interface Entry {
  lesson: Lesson | null;
  fingerprint: string;
  firstDoc: number;
  docCount: number;
}

/** A growable stack of ints, emptied and reused by every search (no garbage per query). */
class IntStack {
  data = new Int32Array(64);
  size = 0;
  push(v: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = v;
  }
}

interface Prose {
  text: string;
  /** text lowercased and accent-free, the same length (for findForms) */
  lower: string;
  /** each word's offsets in text and term id (LessonIndex.termIds, 0 for a stop word), once tokenized */
  starts: Int32Array | null;
  ends: Int32Array | null;
  ids: Int32Array | null;
  /** the word numbers ordered by term id, then by position: a term's occurrences are one run, found by binary search */
  order: Int32Array | null;
}

/** the most documents whose prose is kept (see proseOf); the built-in corpus has about 800 */
const MAX_PROSE = 4000;

const DIFFICULTIES = new Set(['easy', 'medium', 'hard']);

/** Word numbers 0..n-1 ordered by term id, then by position (id and position packed into one number for one native sort). */
function termOrder(ids: Int32Array): Int32Array {
  const keys = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) keys[k] = ids[k]! * 2 ** 24 + k;
  keys.sort();
  const order = new Int32Array(ids.length);
  for (let x = 0; x < keys.length; x++) order[x] = keys[x]! % 2 ** 24;
  return order;
}

export class LessonIndex {
  private readonly doc: Document<DocData>;
  /** per field: a term's documents by score slot */
  private readonly lookup: Array<(term: string) => Slots>;
  private readonly vocab: Vocabulary;
  private readonly entries: Entry[] = [];
  /** document id -> entry number (-1 once its lesson is replaced) and section number */
  private docEntry: number[] = [];
  private docSection: number[] = [];
  private readonly byId = new Map<string, number>();
  private readonly tagCounts = new Map<string, number>();
  /** tags in use, most used first: kept until the lessons change (a search with no hits lists them) */
  private tagList: readonly string[] | null = null;
  private readonly prose = new Map<number, Prose>();
  /** term -> id (from 1) for the words of the prose above; snippets match words by id */
  private readonly termIds = new Map<string, number>();
  private conceptOfId = new Int8Array(0);
  private matches: Matches = { start: new Int32Array(0), end: new Int32Array(0), concept: new Int32Array(0), length: 0 };
  private scratchStarts = new Int32Array(0);
  private scratchEnds = new Int32Array(0);
  private scratchIds = new Int32Array(0);
  /** scratch for findForms */
  private found = new Float64Array(256);
  /** scratch for occurrences(): word number and query word, packed */
  private found32 = new Int32Array(256);
  // scratch arrays reused by every search
  private altScore = new Float64Array(0);
  private conceptScore = new Float64Array(0);
  private docTotal = new Float64Array(0);
  private entryConcept = new Float64Array(0);
  private entryConceptSum = new Float64Array(0);
  private entryAlt = new Float64Array(0);
  private entryField = new Float64Array(0);
  private entryTotal = new Float64Array(0);
  private entryMatched = new Float64Array(0);
  /** per lesson: how many query words matched its title, and the last word counted */
  private entryTitleWords = new Int32Array(0);
  private entryTitleStamp = new Int32Array(0);
  private entryBestDoc = new Int32Array(0);
  private readonly stacks = {
    touchedDocs: new IntStack(),
    candidates: new IntStack(),
    altDocs: new IntStack(),
    altEntries: new IntStack(),
    conceptDocs: new IntStack(),
    conceptEntries: new IntStack(),
  };

  private constructor(doc: Document<DocData>, vocab: Vocabulary) {
    this.doc = doc;
    this.vocab = vocab;
    this.lookup = FIELDS.map((f) => fieldLookup(doc, f.name));
  }

  static build(lessons: readonly Lesson[]): LessonIndex {
    const index = LessonIndex.empty();
    index.add(lessons);
    return index;
  }

  /** An index with no lessons yet: add() or addAsync() fills it, and it answers meanwhile. */
  static empty(): LessonIndex {
    return new LessonIndex(createDocument(), new Vocabulary());
  }

  /** Build without blocking the event loop for long: yields every `sliceMs` of work. */
  static async buildAsync(lessons: readonly Lesson[], sliceMs = 10): Promise<LessonIndex> {
    const index = LessonIndex.empty();
    await index.addAsync(lessons, sliceMs);
    return index;
  }

  /**
   * Restore an index from a snapshot made by export(). `lessons` are the lessons to search:
   * snapshot lessons that are missing or changed are dropped, and lessons the snapshot lacks
   * are indexed now. Throws SwelearnError when the snapshot is not one this version can read.
   */
  static async load(snapshot: unknown, lessons: readonly Lesson[], sliceMs = 10): Promise<LessonIndex> {
    const index = LessonIndex.restore(snapshot, lessons);
    await index.addAsync(index.missing(lessons), sliceMs);
    return index;
  }

  /** load(), all at once. */
  static loadSync(snapshot: unknown, lessons: readonly Lesson[]): LessonIndex {
    const index = LessonIndex.restore(snapshot, lessons);
    index.add(index.missing(lessons));
    return index;
  }

  /**
   * Only the snapshot's part of load(): the lessons it holds unchanged are searchable at once;
   * `missing(lessons)` are the ones still to add.
   */
  static fromSnapshot(snapshot: unknown, lessons: readonly Lesson[]): LessonIndex {
    return LessonIndex.restore(snapshot, lessons);
  }

  /** fromSnapshot() in slices: `slice` is awaited between steps (each a map piece or a lesson). */
  static async fromSnapshotAsync(snapshot: unknown, lessons: readonly Lesson[], slice: Slice): Promise<LessonIndex> {
    const steps = LessonIndex.restoreSteps(snapshot, lessons);
    for (let r = steps.next(); ; r = steps.next()) {
      if (r.done) return r.value;
      await slice();
    }
  }

  /** Lessons of `lessons` this index does not hold (in the version given). */
  missing(lessons: readonly Lesson[]): Lesson[] {
    return lessons.filter((l) => {
      const e = this.byId.get(l.id);
      return e === undefined || this.entries[e]!.lesson !== l;
    });
  }

  private static restore(snapshot: unknown, lessons: readonly Lesson[]): LessonIndex {
    const steps = LessonIndex.restoreSteps(snapshot, lessons);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /** The restore, yielding between its steps (see fromSnapshotAsync). */
  private static *restoreSteps(snapshot: unknown, lessons: readonly Lesson[]): Generator<void, LessonIndex> {
    const snap = snapshot as Partial<Snapshot> | null;
    if (!snap || typeof snap !== 'object' || snap.format !== 'swelearn-search-index') {
      throw new SwelearnError('search index snapshot: not a swelearn search index');
    }
    if (snap.version !== SNAPSHOT_VERSION) {
      throw new SwelearnError(`search index snapshot: version ${String(snap.version)}, expected ${SNAPSHOT_VERSION}`);
    }
    if (!Array.isArray(snap.lessons) || !Array.isArray(snap.flex) || !snap.vocabulary) {
      throw new SwelearnError('search index snapshot: incomplete');
    }
    const doc = createDocument();
    for (const [key, data] of snap.flex) {
      doc.import(key, data as string);
      yield;
    }
    const index = new LessonIndex(doc, Vocabulary.fromData(snap.vocabulary));
    yield;
    const given = new Map(lessons.map((l) => [l.id, l]));
    let nextDoc = 0;
    for (const [id, fingerprint, docCount] of snap.lessons) {
      const lesson = given.get(id);
      const docs = lesson && documentsOf(lesson);
      const alive = fingerprint !== '' && !!lesson && !!docs && !index.byId.has(id) && docs.length === docCount && lessonFingerprint(lesson) === fingerprint;
      index.register(alive ? lesson : null, alive ? fingerprint : '', nextDoc, alive ? docs.map((d) => d.section) : new Array<number>(docCount).fill(-1));
      nextDoc += docCount;
      yield;
    }
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  /** The lessons searched, in the order they were added. */
  lessons(): Lesson[] {
    return [...this.byId.values()].map((e) => this.entries[e]!.lesson!);
  }

  /** Index more lessons. A lesson whose id is already indexed replaces the old one. */
  add(lessons: readonly Lesson[]): void {
    for (const lesson of lessons) this.addOne(lesson);
  }

  /** add(), yielding to the event loop every `sliceMs` of work so a prompt stays responsive. */
  async addAsync(lessons: readonly Lesson[], sliceMs = 10): Promise<void> {
    const slice = timeSlicer(sliceMs);
    for (const lesson of lessons) {
      this.addOne(lesson);
      await slice();
    }
  }

  /** A JSON-serialisable snapshot for load(). */
  async export(): Promise<Snapshot> {
    const flex: Array<[string, unknown]> = [];
    await this.doc.export((key: string, data: string) => {
      flex.push([key, JSON.parse(data)]);
    });
    return {
      format: 'swelearn-search-index',
      version: SNAPSHOT_VERSION,
      lessons: this.entries.map((e) => [e.lesson?.id ?? '', e.lesson ? e.fingerprint : '', e.docCount]),
      vocabulary: this.vocab.toData(),
      flex,
    };
  }

  /** Record an entry's documents: `sections[i]` is document i's section number (-1: not a prose section). */
  private register(lesson: Lesson | null, fingerprint: string, firstDoc: number, sections: number[]): number {
    const n = this.entries.length;
    this.entries.push({ lesson, fingerprint, firstDoc, docCount: sections.length });
    sections.forEach((section, i) => {
      this.docEntry[firstDoc + i] = lesson ? n : -1;
      this.docSection[firstDoc + i] = section;
    });
    if (lesson) {
      const prev = this.byId.get(lesson.id);
      if (prev !== undefined) this.retire(prev);
      this.byId.set(lesson.id, n);
      for (const t of lesson.tags) this.tagCounts.set(t, (this.tagCounts.get(t) ?? 0) + 1);
      this.tagList = null;
    }
    return n;
  }

  /** Drop an entry from results. Its documents stay in FlexSearch but never score. */
  private retire(n: number): void {
    const e = this.entries[n]!;
    for (let d = e.firstDoc; d < e.firstDoc + e.docCount; d++) {
      this.docEntry[d] = -1;
      this.prose.delete(d);
    }
    if (e.lesson) for (const t of e.lesson.tags) this.tagCounts.set(t, (this.tagCounts.get(t) ?? 1) - 1);
    this.tagList = null;
    e.lesson = null;
  }

  private addOne(lesson: Lesson): void {
    const firstDoc = this.docEntry.length;
    const words = this.vocab.words;
    const remember = (w: string, t: string) => {
      if (!words.has(w)) words.set(w, t);
    };
    const seen = new Set<string>();
    const enc = (text: string): string => {
      const terms = encode(text, remember);
      for (const t of terms) seen.add(t);
      return terms.join(' ');
    };
    const title = enc(lesson.title);
    const tags = enc(lesson.tags.join(' , '));
    const parts = documentsOf(lesson);
    const docs: DocData[] = parts.map((p, i) => ({
      id: firstDoc + i,
      title: i === 0 ? title : '',
      tags: i === 0 ? tags : '',
      heading: enc(p.heading),
      body: enc(p.body),
    }));
    this.register(lesson, lessonFingerprint(lesson), firstDoc, parts.map((p) => p.section));
    for (const d of docs) this.doc.add(d);
    this.vocab.addLesson(seen);
  }

  private idf(term: string): number {
    return idf(this.byId.size, this.vocab.df.get(term) ?? 0);
  }

  private ensureScratch(): void {
    const docs = this.docEntry.length;
    if (this.docTotal.length < docs) {
      const size = Math.max(docs, this.docTotal.length * 2);
      this.altScore = new Float64Array(size);
      this.conceptScore = new Float64Array(size);
      this.docTotal = new Float64Array(size);
    }
    const entries = this.entries.length;
    if (this.entryTotal.length < entries) {
      const size = Math.max(entries, this.entryTotal.length * 2);
      this.entryConcept = new Float64Array(size);
      this.entryConceptSum = new Float64Array(size);
      this.entryAlt = new Float64Array(size);
      this.entryField = new Float64Array(size);
      this.entryTotal = new Float64Array(size);
      this.entryMatched = new Float64Array(size);
      this.entryTitleWords = new Int32Array(size);
      this.entryTitleStamp = new Int32Array(size);
      this.entryBestDoc = new Int32Array(size);
    }
  }

  search(query: string, opts: SearchOptions = {}): Hit[] {
    return this.searchDetailed(query, opts).hits;
  }

  searchDetailed(query: string, opts: SearchOptions = {}): SearchResult {
    const limit = Math.max(1, Math.floor(opts.limit ?? 10));
    const plan = planQuery(query, this.vocab);
    const { concepts } = plan;
    if (concepts.length === 0) return { hits: [], corrections: plan.corrections, unknown: plan.unknown };
    this.ensureScratch();
    const { altScore, conceptScore, docTotal, entryConcept, entryConceptSum, entryAlt, entryField, entryTotal, entryMatched, entryBestDoc, docEntry } =
      this;
    const { entryTitleWords, entryTitleStamp } = this;
    const spread = RANKING.spread;
    const { touchedDocs, candidates, altDocs, altEntries, conceptDocs, conceptEntries } = this.stacks;
    touchedDocs.size = 0;
    candidates.size = 0;

    // a query word's weight: its best alternative's, by rarity; coverage counts matched words by weight
    const weights = concepts.map((c) => Math.max(...c.alts.map((a) => a.weight * this.idf(a.term))));
    const totalWeight = weights.reduce((x, y) => x + y, 0);
    const blend = RANKING.coverageByWeight;
    for (let ci = 0; ci < concepts.length; ci++) {
      const concept = concepts[ci]!;
      const share = (1 - blend) / concepts.length + (blend * weights[ci]!) / totalWeight;
      // per section: heading and body; per lesson: title and tags (indexed on its first document)
      conceptDocs.size = 0;
      conceptEntries.size = 0;
      for (const alt of concept.alts) {
        altDocs.size = 0;
        altEntries.size = 0;
        const base = alt.weight * this.idf(alt.term);
        const common = (this.vocab.df.get(alt.term) ?? 0) > COMMON_LESSONS;
        for (let f = 0; f < FIELDS.length; f++) {
          const field = FIELDS[f]!;
          const slots = this.lookup[f]!(alt.term);
          const perLesson = field.perLesson;
          // strongest slots first; a very common word's weakest matches are left out (see MAX_POSTINGS)
          let budget = common ? MAX_POSTINGS_COMMON : MAX_POSTINGS;
          for (let s = 0; s < slots.length && budget > 0; s++) {
            const ids = slots[s];
            if (!ids) continue;
            const add = base * RANKING.fields[field.name] * (1 - s / field.resolution);
            const take = Math.min(ids.length, budget);
            budget -= take;
            for (let k = 0; k < take; k++) {
              const id = ids[k]!;
              const e = docEntry[id]!;
              if (e < 0) continue;
              if (perLesson) {
                if (field.name === 'title' && entryTitleStamp[e] !== ci + 1) {
                  entryTitleStamp[e] = ci + 1;
                  entryTitleWords[e]!++;
                }
                if (entryAlt[e] === 0) altEntries.push(e);
                entryAlt[e]! += add;
              } else {
                if (altScore[id] === 0) altDocs.push(id);
                altScore[id]! += add;
              }
            }
          }
        }
        for (let x = 0; x < altDocs.size; x++) {
          const id = altDocs.data[x]!;
          const v = altScore[id]!;
          altScore[id] = 0;
          if (v > conceptScore[id]!) {
            if (conceptScore[id] === 0) conceptDocs.push(id);
            conceptScore[id] = v;
          }
        }
        for (let x = 0; x < altEntries.size; x++) {
          const e = altEntries.data[x]!;
          const v = entryAlt[e]!;
          entryAlt[e] = 0;
          if (v > entryField[e]!) {
            if (entryField[e] === 0 && entryConceptSum[e] === 0) conceptEntries.push(e);
            entryField[e] = v;
          }
        }
      }
      for (let x = 0; x < conceptDocs.size; x++) {
        const id = conceptDocs.data[x]!;
        const v = conceptScore[id]!;
        conceptScore[id] = 0;
        if (docTotal[id] === 0) touchedDocs.push(id);
        docTotal[id]! += v;
        const e = docEntry[id]!;
        if (entryConceptSum[e] === 0 && entryField[e] === 0) conceptEntries.push(e);
        entryConceptSum[e]! += v;
        if (v > entryConcept[e]!) entryConcept[e] = v;
      }
      for (let x = 0; x < conceptEntries.size; x++) {
        const e = conceptEntries.data[x]!;
        if (entryMatched[e] === 0) {
          candidates.push(e);
          entryBestDoc[e] = -1;
        }
        const best = entryConcept[e]!;
        entryTotal[e]! += entryField[e]! + best + spread * (entryConceptSum[e]! - best);
        entryMatched[e]! += share;
        entryConcept[e] = 0;
        entryConceptSum[e] = 0;
        entryField[e] = 0;
      }
    }
    // each lesson's best prose section (its practice document adds to the score but is no section)
    for (let x = 0; x < touchedDocs.size; x++) {
      const id = touchedDocs.data[x]!;
      if (this.docSection[id]! < 0) continue;
      const e = docEntry[id]!;
      const best = entryBestDoc[e]!;
      if (best < 0 || docTotal[id]! > docTotal[best]! || (docTotal[id] === docTotal[best] && id < best)) entryBestDoc[e] = id;
    }
    for (let x = 0; x < candidates.size; x++) {
      const e = candidates.data[x]!;
      if (entryBestDoc[e]! < 0) entryBestDoc[e] = this.entries[e]!.firstDoc;
    }

    // filter, score, and keep the best `limit` (insertion into a short sorted list)
    const tag = opts.tag?.toLowerCase();
    const area = opts.area?.toLowerCase();
    const difficulty = opts.difficulty?.toLowerCase();
    const top: { e: number; score: number }[] = [];
    const filtered = !!(tag || area || difficulty);
    const { sectionFocus, coveragePower } = RANKING;
    for (let x = 0; x < candidates.size; x++) {
      const e = candidates.data[x]!;
      const coverage = Math.min(1, entryMatched[e]!);
      // a lesson whose title holds every query word is what someone typing that title wants
      const titled = entryTitleWords[e] === concepts.length ? RANKING.titleCover : 1;
      const score = (entryTotal[e]! + sectionFocus * docTotal[entryBestDoc[e]!]!) * coverage ** coveragePower * titled;
      if (top.length === limit && score <= top[top.length - 1]!.score) continue;
      // lesson objects only for the few that may enter the list (they are scattered in memory)
      const lesson = this.entries[e]!.lesson!;
      if (filtered && ((tag && !lesson.tags.includes(tag)) || (area && lesson.area !== area) || (difficulty && lesson.difficulty !== difficulty))) continue;
      let i = top.length;
      while (i > 0 && (top[i - 1]!.score < score || (top[i - 1]!.score === score && this.entries[top[i - 1]!.e]!.lesson!.id > lesson.id))) i--;
      top.splice(i, 0, { e, score });
      if (top.length > limit) top.pop();
    }
    const bestDocs = top.map(({ e }) => entryBestDoc[e]!);

    // reset the scratch arrays for the next search
    for (let x = 0; x < touchedDocs.size; x++) docTotal[touchedDocs.data[x]!] = 0;
    for (let x = 0; x < candidates.size; x++) {
      entryTotal[candidates.data[x]!] = 0;
      entryMatched[candidates.data[x]!] = 0;
      entryTitleWords[candidates.data[x]!] = 0;
      entryTitleStamp[candidates.data[x]!] = 0;
    }

    // snippets: the matching words of each hit's section, looked up in its term -> tokens index
    const chars = opts.snippetChars ?? SNIPPET_CHARS;
    if (chars <= 0) {
      const hits = top.map(({ e, score }, i) => {
        const lesson = this.entries[e]!.lesson!;
        const section = lesson.sections[this.docSection[bestDocs[i]!]!] as Lesson['sections'][number] | undefined;
        return { lesson, score: Math.round(score * 1000) / 1000, section: section?.heading ?? '', snippet: [] };
      });
      return { hits, corrections: plan.corrections, unknown: plan.unknown };
    }
    const proses = top.map((_, i) => {
      const d = bestDocs[i]!;
      return this.proseOf(d, this.entries[top[i]!.e]!.lesson!.sections[this.docSection[d]!]?.body ?? '');
    });
    // concept (plus one) of each term id the query uses; the proses above interned their terms
    if (this.conceptOfId.length <= this.termIds.size) this.conceptOfId = new Int8Array(Math.max(this.termIds.size + 1, 2 * this.conceptOfId.length));
    const conceptOfId = this.conceptOfId;
    const marked: number[] = [];
    for (let ci = Math.min(concepts.length, 127) - 1; ci >= 0; ci--) {
      for (const a of concepts[ci]!.alts) {
        const id = this.termIds.get(a.term);
        if (id === undefined) continue;
        conceptOfId[id] = ci + 1;
        marked.push(id);
      }
    }
    const queryIds = [...new Set(marked)];
    // the written forms of each query word's terms, for sections seen for the first time
    let forms: string[][] | null = null;
    const hits = top.map(({ e, score }, i) => {
      const lesson = this.entries[e]!.lesson!;
      const section = lesson.sections[this.docSection[bestDocs[i]!]!] as Lesson['sections'][number] | undefined;
      const prose = proses[i]!;
      let m: Matches;
      if (prose.ids) {
        m = this.occurrences(prose, queryIds, conceptOfId);
      } else {
        forms ??= concepts.map((c) => [...new Set(c.alts.flatMap((a) => this.vocab.wordsOf(a.term)))]);
        m = this.findForms(prose, forms);
      }
      return {
        lesson,
        score: Math.round(score * 1000) / 1000,
        section: section?.heading ?? '',
        snippet: makeSnippet(prose.text, m, weights, chars),
      };
    });
    for (const id of marked) conceptOfId[id] = 0;
    return { hits, corrections: plan.corrections, unknown: plan.unknown };
  }

  /**
   * Where the query's terms occur in a tokenized section, in text order: each term's run in the
   * section's term order is found by binary search, so the cost follows the matches, not the
   * section's length. `conceptOf[id]` is the query word (plus one) a term id stands for.
   */
  private occurrences(prose: Prose, termIds: readonly number[], conceptOf: Int8Array): Matches {
    const ids = prose.ids!;
    const order = prose.order!;
    if (this.found32.length < ids.length) this.found32 = new Int32Array(Math.max(ids.length, 2 * this.found32.length));
    const found = this.found32;
    let n = 0;
    for (const id of termIds) {
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ids[order[mid]!]! < id) lo = mid + 1;
        else hi = mid;
      }
      // word number and query word packed into one number, so one native sort puts them in text order
      for (let x = lo; x < order.length && ids[order[x]!] === id; x++) found[n++] = order[x]! * 128 + conceptOf[id]! - 1;
    }
    const packed = found.subarray(0, n).sort();
    const m = this.matchesFor(n);
    for (let x = 0; x < n; x++) {
      const k = packed[x]! >> 7;
      m.start[m.length] = prose.starts![k]!;
      m.end[m.length] = prose.ends![k]!;
      m.concept[m.length++] = packed[x]! & 127;
    }
    return m;
  }

  /** Scratch match arrays for one snippet, emptied and reused by every call. */
  private matchesFor(size: number): Matches {
    if (this.matches.start.length < size) {
      const n = Math.max(size, 2 * this.matches.start.length);
      this.matches = { start: new Int32Array(n), end: new Int32Array(n), concept: new Int32Array(n), length: 0 };
    }
    this.matches.length = 0;
    return this.matches;
  }

  /**
   * Where the query's words occur in a section seen for the first time: each written form is
   * found with indexOf in the folded text and kept where it is a whole word. Cheaper than
   * tokenizing a section once; tokenizing pays off from its second use (see proseOf).
   */
  private findForms(prose: Prose, forms: readonly string[][]): Matches {
    let n = 0;
    const lower = prose.lower;
    forms.forEach((list, ci) => {
      if (ci > 63) return;
      for (const form of list) {
        for (let at = lower.indexOf(form); at !== -1; at = lower.indexOf(form, at + form.length)) {
          const end = at + form.length;
          if ((at > 0 && isWordCode(lower.charCodeAt(at - 1))) || (end < lower.length && isWordCode(lower.charCodeAt(end)))) continue;
          if (n === this.found.length) {
            const bigger = new Float64Array(n * 2);
            bigger.set(this.found);
            this.found = bigger;
          }
          // start, length and query word packed into one number, so one native sort orders them
          this.found[n++] = at * 65536 + Math.min(form.length, 1023) * 64 + ci;
        }
      }
    });
    const packed = this.found.subarray(0, n).sort();
    const m = this.matchesFor(n);
    let last = -1;
    for (const p of packed) {
      const start = Math.floor(p / 65536);
      if (start < last) continue; // inside the previous match
      const len = Math.floor(p / 64) % 1024;
      m.start[m.length] = start;
      m.end[m.length] = start + len;
      m.concept[m.length++] = p % 64;
      last = start + len;
    }
    return m;
  }

  /**
   * A section's prose for its snippet. In a corpus of at most MAX_PROSE documents every
   * section's prose is kept once built: the first time only the text (and a folded copy for
   * findForms); from its second use its words are tokenized into typed arrays of offsets and
   * interned term ids (stop words get id 0, which no query uses), so a section that keeps coming
   * up is matched by number. A bigger corpus keeps nothing: most of its sections are shown once,
   * and a cache that keeps evicting would promote a stream of strings into the old generation,
   * whose marking makes every scavenge several times slower (p99 doubled at 10,000 lessons).
   */
  private proseOf(doc: number, body: string): Prose {
    let p = this.prose.get(doc);
    if (!p) {
      const text = proseOf(body);
      p = { text, lower: foldKeepingOffsets(text), starts: null, ends: null, ids: null, order: null };
      if (this.docEntry.length <= MAX_PROSE) this.prose.set(doc, p);
      return p;
    }
    if (p.ids) return p;
    const { text } = p;
    const max = Math.ceil(text.length / 2) + 1; // at most one word per two characters
    if (this.scratchIds.length < max) {
      this.scratchStarts = new Int32Array(max);
      this.scratchEnds = new Int32Array(max);
      this.scratchIds = new Int32Array(max);
    }
    const { scratchStarts: starts, scratchEnds: ends, scratchIds: ids, termIds } = this;
    let n = 0;
    forEachTerm(text, (start, end, term) => {
      let id = 0;
      if (term) {
        id = termIds.get(term) ?? 0;
        if (id === 0) {
          id = termIds.size + 1;
          termIds.set(term, id);
        }
      }
      starts[n] = start;
      ends[n] = end;
      ids[n++] = id;
    });
    p.starts = starts.slice(0, n);
    p.ends = ends.slice(0, n);
    p.ids = ids.slice(0, n);
    p.order = termOrder(p.ids);
    return p;
  }

  /** Known words and tags near the query's words, for a search that found nothing. */
  suggest(query: string, limit = 6): string[] {
    const out = new Set<string>();
    const tags = this.tags();
    for (const tok of wordTokens(query)) {
      if (!tok.term || tok.word.length < 3) continue;
      for (const n of this.vocab.nearest(tok.word, tok.term, tok.word.length >= 5 ? 2 : 1, 3)) out.add(this.vocab.wordFor(n.term));
      for (const t of tags) {
        const flat = t.replace(/[-_]/g, '');
        if (t.startsWith(tok.word) || flat.includes(tok.word) || (tok.word.length >= 4 && tok.word.includes(flat))) out.add(t);
      }
    }
    if (out.size < 3) {
      for (const t of tags) {
        if (out.size >= limit) break;
        out.add(t);
      }
    }
    return [...out].slice(0, limit);
  }

  /** Words of the lessons that start with `prefix`, for Tab completion. */
  completeWord(prefix: string, limit = 50): string[] {
    const p = prefix.toLowerCase();
    return p.length < 2 ? [] : this.vocab.wordsStartingWith(p, limit);
  }

  /** Tags in use, most used first. */
  tags(): readonly string[] {
    this.tagList ??= [...this.tagCounts]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([t]) => t);
    return this.tagList;
  }

  /** True when `difficulty` is one of easy, medium, hard. */
  static isDifficulty(difficulty: string): boolean {
    return DIFFICULTIES.has(difficulty.toLowerCase());
  }
}

/** Build the index of `lessons` and return its snapshot (written to dist/ at build time). */
export async function buildSnapshot(lessons: readonly Lesson[]): Promise<Snapshot> {
  return LessonIndex.build(lessons).export();
}


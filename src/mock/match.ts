// Does the learner's text mention a rubric point? Each point lists terms (words or phrases);
// a term counts as mentioned when its words appear close together in the notes, in any order,
// in any inflection (Porter stems: "expiring" mentions "expire"), or as a synonym ("ttl" for
// "time to live", "db" for "database"). A phrase of three or more words counts with one word
// missing ("separate read and write paths" mentions "read path write path separation"). Pure.
import { wordTokens } from '../search/encode.ts';
import { synonymsOf } from '../search/synonyms.ts';

/** Words an interview answer says for what a rubric calls something else (both sides are stemmed). */
const MOCK_SYNONYMS: Record<string, string[]> = {
  qps: ['requests per second', 'queries per second', 'rps', 'throughput'],
  rps: ['requests per second', 'qps'],
  ttl: ['time to live', 'expiry', 'expire', 'expiration'],
  expiry: ['ttl', 'expiration', 'expire'],
  latency: ['response time', 'p99', 'p95'],
  availability: ['uptime', 'nines'],
  replica: ['replication', 'copy', 'follower'],
  replication: ['replica', 'follower'],
  partition: ['shard', 'sharding', 'partitioning'],
  shard: ['partition', 'partitioning'],
  cache: ['redis', 'memcached', 'caching'],
  queue: ['kafka', 'sqs', 'rabbitmq', 'message broker', 'mq'],
  database: ['db', 'datastore', 'data store', 'storage'],
  'load balancer': ['lb', 'load balancing'],
  cdn: ['content delivery network', 'edge cache'],
  idempotent: ['idempotency', 'dedupe', 'deduplication', 'exactly once'],
  'rate limit': ['throttle', 'throttling', 'rate limiting', 'quota'],
  failover: ['fail over', 'standby', 'leader election'],
  monitoring: ['metrics', 'alerting', 'observability', 'dashboards'],
  storage: ['disk', 'bytes', 'terabytes', 'tb', 'gb'],
  estimate: ['back of the envelope', 'napkin math', 'calculation'],
  measurable: ['metric', 'percent', 'number', 'numbers'],
  result: ['outcome', 'impact'],
  learned: ['lesson', 'reflection', 'differently', 'takeaway'],
  'follow up': ['followed up', 'check in', 'checked in', 'afterwards'],
};

/** A term as the encoder sees it: its content words' stems, in order. */
export function termWords(term: string): string[] {
  return wordTokens(term)
    .map((t) => t.term)
    .filter(Boolean);
}

let table: Map<string, string[][]> | null = null;

/** Other phrasings of a one-word or multi-word term, each as stems (the term itself excluded). */
function alternativesOf(words: string[]): string[][] {
  if (!table) {
    table = new Map();
    const add = (from: string, to: string) => {
      const key = termWords(from).join(' ');
      const alt = termWords(to);
      if (!key || !alt.length || alt.join(' ') === key) return;
      const list = table!.get(key) ?? [];
      if (!list.some((l) => l.join(' ') === alt.join(' '))) list.push(alt);
      table!.set(key, list);
    };
    // both ways: "ttl" stands for "time to live", and "time to live" for "ttl"
    for (const [word, alts] of Object.entries(MOCK_SYNONYMS))
      for (const a of alts) {
        add(word, a);
        add(a, word);
      }
  }
  const out = [...(table.get(words.join(' ')) ?? [])];
  if (words.length === 1) for (const s of synonymsOf(words[0]!)) out.push([s]);
  return out;
}

/** The notes as stems with their positions, indexed by stem. */
export interface NoteIndex {
  positions: Map<string, number[]>;
  size: number;
}

export function indexNotes(text: string): NoteIndex {
  const positions = new Map<string, number[]>();
  let n = 0;
  for (const t of wordTokens(text)) {
    if (!t.term) continue;
    const list = positions.get(t.term) ?? [];
    list.push(n++);
    positions.set(t.term, list);
  }
  return { positions, size: n };
}

/**
 * Where the notes have `stem`, or a stem that is one of its forms the Porter stemmer splits
 * ("alias" and "alia", "expiri" and "expir"): one a prefix of the other, at most two letters
 * apart, the shorter at least four letters long.
 */
function positionsOf(notes: NoteIndex, stem: string): number[] {
  const exact = notes.positions.get(stem) ?? [];
  if (stem.length < 4 || /\d/.test(stem)) return exact;
  const out = [...exact];
  for (const [s, list] of notes.positions) {
    if (s === stem || s.length < 4 || Math.abs(s.length - stem.length) > 2) continue;
    if (s.startsWith(stem) || stem.startsWith(s)) out.push(...list);
  }
  return out;
}

/** How far apart (in content words) the words of one phrase may be: a clause, not the whole page. */
const slack = (n: number) => n + 4;

/**
 * Do the notes mention these words close together, in any order? A phrase of three or more words
 * may miss one of them.
 */
function mentionsWords(notes: NoteIndex, words: string[]): boolean {
  if (!words.length) return false;
  const need = words.length >= 3 ? words.length - 1 : words.length;
  const lists = words.map((w) => positionsOf(notes, w));
  if (lists.filter((l) => l.length).length < need) return false;
  if (words.length === 1) return true;
  // any window of `slack` words holding `need` distinct words of the phrase
  const hits: { pos: number; word: number }[] = [];
  lists.forEach((l, word) => l.forEach((pos) => hits.push({ pos, word })));
  hits.sort((a, b) => a.pos - b.pos);
  const width = slack(words.length);
  const count = new Map<number, number>();
  let lo = 0;
  for (let hi = 0; hi < hits.length; hi++) {
    count.set(hits[hi]!.word, (count.get(hits[hi]!.word) ?? 0) + 1);
    while (hits[hi]!.pos - hits[lo]!.pos >= width) {
      const w = hits[lo]!.word;
      const c = count.get(w)! - 1;
      if (c) count.set(w, c);
      else count.delete(w);
      lo++;
    }
    if (count.size >= need) return true;
  }
  return false;
}

/** Does `notes` mention `term` (a word or phrase), or one of its synonyms? */
export function mentions(notes: NoteIndex, term: string): boolean {
  const words = termWords(term);
  if (!words.length) return false;
  if (mentionsWords(notes, words)) return true;
  return alternativesOf(words).some((alt) => mentionsWords(notes, alt));
}

/** The terms of a rubric point the notes mention (empty: not mentioned). */
export function matchedTerms(notes: NoteIndex, terms: string[]): string[] {
  return terms.filter((t) => mentions(notes, t));
}

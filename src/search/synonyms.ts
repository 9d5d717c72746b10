// Query-side synonyms: words a learner types for what the lessons call something else
// ("db" for database, "dedupe" for idempotency). Each entry maps a word to the words it may also
// mean; both sides are encoded with the search encoder, so any form of the word matches.
// Lesson tags are the other source of synonyms: they are indexed as their own field.
import { fold } from '../util/fold.ts';
import { termOf } from './encode.ts';

const PAIRS: Record<string, string[]> = {
  // abbreviations
  db: ['database'],
  dbs: ['database'],
  lb: ['balancer'],
  ws: ['websocket'],
  gc: ['garbage'],
  k8s: ['kubernetes'],
  dp: ['dynamic'],
  msg: ['message'],
  mq: ['queue'],
  memo: ['memoization'],
  async: ['asynchronous'],
  sync: ['synchronous'],
  // the same thing in other words
  hashmap: ['hash'],
  dict: ['hash'],
  dictionary: ['hash'],
  pubsub: ['publish'],
  dedupe: ['duplicate', 'idempotency'],
  dedup: ['duplicate', 'idempotency'],
  throttle: ['rate'],
  throttling: ['rate'],
  crash: ['failure'],
  crashes: ['failure'],
  outage: ['failure'],
  died: ['dead', 'crash'],
  dies: ['dead', 'crash'],
  die: ['dead', 'crash'],
  parentheses: ['brackets'],
  parenthesis: ['brackets'],
  parens: ['brackets'],
  shard: ['partition'],
  sharding: ['partitioning'],
  partition: ['shard'],
  lock: ['mutex'],
  mutex: ['lock'],
  boss: ['manager'],
  colleague: ['coworker', 'teammate'],
  coworker: ['colleague', 'teammate'],
  junior: ['mentoring'],
  url: ['link'],
  link: ['url'],
};

let table: Map<string, string[]> | null = null;

/** Terms that may stand for `term` (already encoded), not including `term` itself. */
export function synonymsOf(term: string): string[] {
  if (!table) {
    table = new Map();
    for (const [word, alts] of Object.entries(PAIRS)) {
      const t = termOf(fold(word)) || word;
      const list = table.get(t) ?? [];
      for (const a of alts) {
        const at = termOf(fold(a));
        if (at && at !== t && !list.includes(at)) list.push(at);
      }
      table.set(t, list);
    }
  }
  return table.get(term) ?? [];
}

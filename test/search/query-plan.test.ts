import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { planQuery } from '../../src/search/query-plan.ts';
import { RANKING } from '../../src/search/ranking.ts';
import { encode } from '../../src/search/encode.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';

const s = suite('search/query-plan');

/** A vocabulary of lesson texts, one lesson each. */
function vocabOf(...texts: string[]): Vocabulary {
  const v = new Vocabulary();
  for (const t of texts) {
    const terms = encode(t, (w, term) => {
      if (!v.words.has(w)) v.words.set(w, term);
    });
    v.addLesson(new Set(terms));
  }
  return v;
}

const vocab = vocabOf(
  'WebSockets push messages; long polling holds requests open.',
  'A write-ahead log makes commits durable; the database replays it after a crash.',
  'Consistent hashing places nodes on a ring. Timeouts and failover.',
  'Tries store words for autocomplete. Telling stories in interviews.',
);
const alts = (q: string) => planQuery(q, vocab).concepts.map((c) => [c.word, Object.fromEntries(c.alts.map((a) => [a.term, a.weight]))]);

s('stop words go; each word is its stem', () => {
  assert.equal(alts('how do the websockets work'), [['websockets', { websocket: 1 }]]);
});

s('compounds with a neighbour, as the lessons write them (stop words included)', () => {
  const p = alts('write ahead log');
  assert.equal(p[0], ['write', { write: 1, writeahead: 1 }]);
  assert.equal(p[1], ['ahead', { ahead: 1, writeahead: 1 }]);
  assert.ok(JSON.stringify(alts('timing out')).includes('"timeout":1'), 'timing out -> timeout');
  assert.ok(JSON.stringify(alts('fail over')).includes('"failov":1'), 'fail over -> failover');
});

s('a partly typed word: its completions, and its stem at a lower weight', () => {
  const [[, a]] = alts('webs') as [[string, Record<string, number>]];
  assert.is(a.websocket, RANKING.prefix);
  const [[, b]] = alts('consis') as [[string, Record<string, number>]];
  assert.ok(b.consist! > 0, JSON.stringify(b));
});

s('misspelt words are corrected, and the correction reported', () => {
  const p = planQuery('datbase', vocab);
  assert.equal(p.corrections, [{ from: 'datbase', to: 'database' }]);
  assert.is(p.concepts[0]?.alts[0]?.term, 'databas');
  assert.is(p.concepts[0]?.alts[0]?.weight, RANKING.typo1);
});

s('synonyms join in at their weight', () => {
  const [[, a]] = alts('db') as [[string, Record<string, number>]];
  assert.is(a.databas, RANKING.synonym);
});

s('a word nothing matches is unknown; repeated words count once', () => {
  const p = planQuery('qqqzzz crash crash', vocab);
  assert.equal(p.unknown, ['qqqzzz']);
  assert.is(p.concepts.length, 1);
});

s('a query of stop words only looks for their indexed forms, with no corrections', () => {
  const p = planQuery('tell me about it', vocab);
  assert.equal(p.concepts.map((c) => c.alts.map((a) => a.term)), [['tell']]);
  assert.equal(p.corrections, []);
});

s.run();

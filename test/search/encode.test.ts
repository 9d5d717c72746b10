import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encode, wordTokens } from '../../src/search/encode.ts';

const s = suite('search/encode');

s('drops stop words and question words, stems the rest', () => {
  assert.equal(encode('How does the caching of pages work?'), ['cach', 'page']);
  assert.equal(encode('Explain the difference between TCP and UDP'), ['tcp', 'udp']);
});

s('keeps term frequency: repeated words repeat', () => {
  assert.equal(encode('queue, queues, queue'), ['queue', 'queue', 'queue']);
});

s('adds the joined form of hyphenated and slashed compounds', () => {
  assert.equal(encode('write-ahead log'), ['write', 'ahead', 'writeahead', 'log']);
  assert.equal(encode('pub/sub'), ['pub', 'sub', 'pubsub']);
  assert.equal(encode('HTTP/2'), ['http', '2'], 'not for numbers');
});

s('lowercases and strips accents; keeps digits and non-Latin words', () => {
  assert.equal(encode('Réplication 101'), ['replic', '101']);
  assert.equal(encode('面试'), ['面试']);
});

s('drops lone letters but not lone digits', () => {
  assert.equal(encode('a b c 3'), ['3']);
});

s('wordTokens keeps offsets into the original text, with stop words marked', () => {
  const text = 'The **B-tree** index';
  const toks = wordTokens(text);
  assert.equal(
    toks.map((t) => [text.slice(t.start, t.end), t.term]),
    [
      ['The', ''],
      ['B', ''],
      ['tree', 'tree'],
      ['index', 'index'],
    ],
  );
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { indexNotes, matchedTerms, mentions } from '../../src/mock/match.ts';

const s = suite('mock/match');
const says = (notes: string, term: string) => mentions(indexNotes(notes), term);

s('finds a term in another inflection (stemming)', () => {
  assert.ok(says('links expiring after a year?', 'expire'));
  assert.ok(says('we cached the redirects', 'caching'));
  assert.ok(says('Estimated storage: 30 TB over five years', 'estimate'));
  assert.not.ok(says('links live forever', 'expire'));
});

s('finds a phrase whatever the word order, but only within a clause', () => {
  assert.ok(says('aliases: can users pick a custom one?', 'custom alias'));
  assert.ok(says('separate the paths: write path for id generation, read path via cache', 'read path'));
  assert.not.ok(says('custom domain for the site. much later in the notes, after many other words about storage and sharding and queues, an alias', 'custom alias'));
});

s('a phrase of three or more words counts with one word missing (paraphrase)', () => {
  assert.ok(says('keep the read path and the write path apart', 'separate read and write paths'));
  assert.ok(says('place servers on a hash ring', 'consistent hashing ring'));
  assert.not.ok(says('a ring buffer', 'consistent hashing ring'), 'two words missing of three is not a mention');
  assert.not.ok(says('writes go to the primary', 'write path'), 'a two-word phrase needs both words');
});

s('synonyms and abbreviations count', () => {
  assert.ok(says('ttl on each link', 'time to live'));
  assert.ok(says('short codes with a time-to-live', 'ttl'));
  assert.ok(says('about 40 qps of writes', 'requests per second'));
  assert.ok(says('put the hot keys in redis', 'cache'));
  assert.ok(says('store them in a db', 'database'), 'the search synonyms (db → database) count too');
  assert.ok(says('shard by user id', 'partition'));
});

s('matchedTerms lists the terms mentioned; none when nothing is', () => {
  const notes = indexNotes('Ask: do links expire? Custom aliases allowed? 100M new links/month → ~40 writes per second');
  assert.equal(matchedTerms(notes, ['expiry', 'expire', 'ttl', 'custom alias', 'vanity']), ['expiry', 'expire', 'ttl', 'custom alias']);
  assert.equal(matchedTerms(notes, ['base62', 'snowflake', 'hash collision']), []);
  assert.equal(matchedTerms(indexNotes(''), ['cache']), []);
});

s.run();

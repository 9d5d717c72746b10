import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LessonIndex, SNAPSHOT_VERSION, type Hit } from '../../src/search/lesson-index.ts';
import { snippetText } from '../../src/search/snippet.ts';
import { SwelearnError } from '../../src/errors.ts';
import { CRAWLER, DEADLOCK, HASHING, LESSONS, RATE_LIMITING, TRIES, WEBSOCKETS, lesson } from './helpers.ts';

const s = suite('search/lesson-index');
const index = LessonIndex.build(LESSONS);
const ids = (hits: Hit[]) => hits.map((h) => h.lesson.id);
const top = (q: string) => index.search(q)[0]?.lesson.id;

s('finds lessons by words of their text, one hit per lesson, best first', () => {
  const hits = index.search('push data to the browser');
  assert.is(hits[0]?.lesson.id, 'websockets-long-polling');
  assert.is(new Set(ids(hits)).size, hits.length, 'no lesson twice');
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score, 'sorted by score');
});

s('prefix: a partly typed word finds its lesson', () => {
  assert.is(top('webs'), 'websockets-long-polling');
  assert.is(top('consis'), 'consistent-hashing');
  assert.is(top('dead'), 'deadlock');
  assert.is(top('tok buck'), 'rate-limiting');
});

s('typos: misspelt words are corrected against the lessons words, and reported', () => {
  const r = index.searchDetailed('websokets');
  assert.is(r.hits[0]?.lesson.id, 'websockets-long-polling');
  assert.equal(r.corrections, [{ from: 'websokets', to: 'websocket' }]);
  assert.is(top('consistant hashing'), 'consistent-hashing');
  assert.is(top('dedlock'), 'deadlock');
  assert.is(top('trei'), 'tries', 'a swap of two letters');
});

s('stems: other forms of a word match', () => {
  assert.is(top('throttled clients'), 'rate-limiting');
  assert.is(top('crawling pages'), 'web-crawler');
});

s('compounds: two typed words find the word they make, and the other way round', () => {
  assert.is(top('web sockets'), 'websockets-long-polling');
  assert.is(top('realtime'), 'websockets-long-polling', 'tag real-time');
});

s('the title counts more than the body', () => {
  // "trie" appears in the title of tries and nowhere else; "prefix" also appears in web routing text
  const hits = index.search('prefix tree');
  assert.is(hits[0]?.lesson.id, 'tries');
});

s('a lesson whose title holds every query word beats one that only repeats the words in its body', () => {
  const titled = lesson('ring', 'a', { title: 'Consistent Hashing' }, '## Overview\nNodes and keys on one circle.\n');
  const wordy = lesson(
    'store',
    'a',
    { title: 'Hashing Keys Across Store Nodes', tags: '[placement]' },
    `## Overview\n${'Consistent hashing: consistent placement by hashing. '.repeat(6)}\n## Consistent Hashing in Practice\nConsistent hashing again.\n`,
  );
  const small = LessonIndex.build([titled, wordy]);
  assert.equal(ids(small.search('consistent hashing')), ['ring', 'store']);
});

s('filters by tag, area and difficulty, in any case', () => {
  assert.equal(ids(index.search('server', { area: 'networking' })), ['websockets-long-polling']);
  assert.equal(ids(index.search('nodes server', { tag: 'Virtual-Nodes' })), ['consistent-hashing']);
  assert.equal(ids(index.search('locks', { difficulty: 'HARD' })), ['deadlock']);
  assert.equal(index.search('locks', { difficulty: 'easy' }), []);
  assert.equal(index.search('websockets', { tag: 'no-such-tag' }), []);
});

s('limit caps the number of hits', () => {
  assert.ok(index.search('lock server node').length > 2);
  assert.is(index.search('lock server node', { limit: 2 }).length, 2);
  assert.is(index.search('lock server node', { limit: 1 }).length, 1);
});

s('a hit names its best section and gives a snippet from it with the query words marked', () => {
  const hit = index.search('sticky connections scaling')[0]!;
  assert.is(hit.lesson.id, 'websockets-long-polling');
  assert.is(hit.section, 'Trade-offs & Gotchas');
  const marked = hit.snippet.filter((x) => x.hit).map((x) => x.text.toLowerCase());
  assert.ok(marked.includes('sticky') && marked.includes('scaling'), JSON.stringify(hit.snippet));
  assert.ok(snippetText(hit.snippet).length <= 162);
  assert.not.match(snippetText(hit.snippet), /\*\*|`/, 'no markdown in snippets');
});

s('a snippet is the same the first time a section comes up (found by word forms) and later (by term)', () => {
  const fresh = LessonIndex.build(LESSONS);
  for (const q of ['push data to the browser', 'sticky connections scaling', 'locks threads wait', 'caching', 'virtual nodes ring', 'websokets', 'tok buck']) {
    const cold = fresh.search(q).map((h) => h.snippet);
    const warm = fresh.search(q).map((h) => h.snippet);
    const warmer = fresh.search(q).map((h) => h.snippet);
    assert.equal(warm, cold, q);
    assert.equal(warmer, cold, q);
  }
});

s('snippets leave out code blocks', () => {
  const hit = index.search('switching protocols upgrade')[0]!;
  assert.is(hit.lesson.id, 'websockets-long-polling');
  assert.not.match(snippetText(hit.snippet), /-->/);
});

s('drill questions and exercises are searched, but never named as the section', () => {
  const hit = index.search('fake clock')[0]!;
  assert.is(hit.lesson.id, 'rate-limiting', 'found through the exercise text');
  assert.ok(RATE_LIMITING.sections.some((x) => x.heading === hit.section), `section "${hit.section}"`);
});

s('stop words alone find nothing; unknown words are reported', () => {
  assert.equal(index.search('what is the'), []);
  const r = index.searchDetailed('qqqqzz websockets');
  assert.equal(r.unknown, ['qqqqzz']);
  assert.is(r.hits[0]?.lesson.id, 'websockets-long-polling');
});

s('lessons matching every query word outrank lessons matching one word often', () => {
  assert.is(top('locks threads wait'), 'deadlock');
});

s('suggest: near words and tags for a query that found nothing', () => {
  assert.equal(ids(index.search('throtling crawlr')).slice(0, 2).sort(), ['rate-limiting', 'web-crawler'], 'typos corrected');
  const near = index.suggest('websoxkets');
  assert.ok(near.includes('websockets') || near.includes('websocket'), near.join(','));
  const tags = index.suggest('autocompletes');
  assert.ok(tags.includes('autocomplete'), tags.join(','));
  const none = index.suggest('zzzzzz');
  assert.ok(none.length > 0 && none.every((t) => index.tags().includes(t)), 'falls back to common tags');
});

s('add: a lesson with the same id replaces the old one', () => {
  const idx = LessonIndex.build(LESSONS);
  const v2 = lesson('tries', 'data-structures', { title: '"Radix Trees"', tags: '[radix]' }, '## Overview\n\nPatricia tries compress chains of single children.\n');
  idx.add([v2]);
  assert.is(idx.size, LESSONS.length);
  assert.is(idx.search('patricia')[0]?.lesson.title, 'Radix Trees');
  assert.ok(!ids(idx.search('autocomplete spell checking')).includes('tries'), 'old text no longer matches');
});

s('a lesson without sections is found by its title and tags', () => {
  const bare = lesson('bare', 'misc', { title: '"Quaternions"', tags: '[rotation]' }, '');
  const idx = LessonIndex.build([...LESSONS, bare]);
  assert.is(idx.search('quaternions')[0]?.lesson.id, 'bare');
  assert.is(idx.search('rotation')[0]?.section, '');
});

const QUERIES = ['webs', 'websokets', 'consistant hashing', 'push data to the browser', 'locks threads wait', 'token bucket', 'prefix tree', 'fake clock', 'server', 'dedlock', 'zzzz'];
const same = (a: LessonIndex, b: LessonIndex) => {
  for (const q of QUERIES) {
    const ra = a.search(q, { limit: 10 });
    const rb = b.search(q, { limit: 10 });
    assert.equal(
      rb.map((h) => [h.lesson.id, h.score, h.section, snippetText(h.snippet)]),
      ra.map((h) => [h.lesson.id, h.score, h.section, snippetText(h.snippet)]),
      q,
    );
  }
};

s('export / load: a loaded snapshot (through JSON) answers exactly like a rebuild', async () => {
  const snap = JSON.parse(JSON.stringify(await index.export()));
  assert.is(snap.version, SNAPSHOT_VERSION);
  const loaded = await LessonIndex.load(snap, LESSONS);
  assert.is(loaded.size, LESSONS.length);
  same(index, loaded);
  same(index, LessonIndex.loadSync(snap, LESSONS));
});

s('load: drops changed and missing lessons, indexes the ones the snapshot lacks', async () => {
  const base = [WEBSOCKETS, HASHING, RATE_LIMITING, TRIES];
  const snap = JSON.parse(JSON.stringify(await LessonIndex.build(base).export()));
  const changed = lesson('consistent-hashing', 'distributed-systems', { title: '"Rendezvous Hashing"', tags: '[hrw]' }, '## Overview\n\nHighest random weight hashing picks the node with the best score.\n');
  const now = [WEBSOCKETS, changed, RATE_LIMITING, DEADLOCK, CRAWLER]; // tries removed, two added
  const loaded = await LessonIndex.load(snap, now);
  const rebuilt = LessonIndex.build(now);
  assert.equal(loaded.lessons().map((l) => l.id).sort(), now.map((l) => l.id).sort());
  assert.equal(loaded.search('autocomplete spell checking').filter((h) => h.lesson.id === 'tries'), [], 'removed lesson gone');
  assert.is(loaded.search('highest random weight')[0]?.lesson.title, 'Rendezvous Hashing');
  assert.is(loaded.search('virtual nodes ring').some((h) => h.lesson.title === 'Consistent Hashing'), false, 'old version gone');
  assert.is(loaded.search('coffman conditions')[0]?.lesson.id, 'deadlock');
  assert.equal(ids(loaded.search('websockets push')), ids(rebuilt.search('websockets push')));
});

s('load: rejects a snapshot it cannot read', async () => {
  const snap = await index.export();
  for (const bad of [null, 42, {}, { ...snap, version: '0.0' }, { ...snap, flex: undefined }]) {
    try {
      await LessonIndex.load(bad, LESSONS);
      assert.unreachable(`accepted ${JSON.stringify(bad)?.slice(0, 40)}`);
    } catch (e) {
      assert.instance(e, SwelearnError);
    }
  }
});

s('buildAsync gives the same index as build, and lets other work run meanwhile', async () => {
  let ticks = 0;
  let running = true;
  const tick = () => {
    ticks++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const built = await LessonIndex.buildAsync(LESSONS, 0);
  running = false;
  assert.ok(ticks >= LESSONS.length - 1, `${ticks} turns of the event loop while indexing`);
  same(index, built);
});

s('completeWord: words of the lessons for Tab completion', () => {
  assert.ok(index.completeWord('webs').includes('websockets'));
  assert.equal(index.completeWord('w'), [], 'needs two letters');
});

s.run();

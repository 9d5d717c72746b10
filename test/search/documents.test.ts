import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createDocument, documentsOf, fieldLookup, FIELDS, lessonFingerprint } from '../../src/search/documents.ts';
import { idf } from '../../src/search/ranking.ts';
import { RATE_LIMITING, TRIES, lesson } from './helpers.ts';

const s = suite('search/documents');

s('a lesson is its prose sections, then one document of drill questions and exercises', () => {
  const docs = documentsOf(RATE_LIMITING);
  assert.equal(
    docs.map((d) => d.section),
    [...RATE_LIMITING.sections.map((_, i) => i), -1],
  );
  assert.match(docs[docs.length - 1]!.body, /Implement a token bucket/);
  assert.equal(documentsOf(TRIES).map((d) => d.section), [0, 1, 2, 3], 'no practice text, no extra document');
  const bare = lesson('bare', 'x', { title: 'Bare' }, '');
  assert.equal(documentsOf(bare), [{ heading: '', body: '', section: -1 }]);
});

s('the fingerprint follows the content, not where the file lives', () => {
  assert.is(lessonFingerprint({ ...TRIES, path: 'elsewhere/tries.md' }), lessonFingerprint(TRIES));
  assert.is.not(lessonFingerprint({ ...TRIES, title: 'Prefix Trees' }), lessonFingerprint(TRIES));
  const edited = { ...TRIES, sections: TRIES.sections.map((x, i) => (i === 2 ? { ...x, body: `${x.body} More.` } : x)) };
  assert.is.not(lessonFingerprint(edited), lessonFingerprint(TRIES));
});

s('idf: positive, and lower for more common terms', () => {
  assert.ok(idf(100, 100) > 0);
  assert.ok(idf(100, 1) > idf(100, 10));
  assert.ok(idf(100, 10) > idf(100, 90));
  assert.is(idf(10, 50), idf(10, 10), 'df beyond the lesson count is capped');
});

s('a field lookup reads what the FlexSearch search returns, also after export and import', async () => {
  const doc = createDocument();
  doc.add({ id: 0, title: 'token bucket', tags: 'rate', heading: 'overview', body: 'token token bucket refill rate' });
  doc.add({ id: 1, title: '', tags: '', heading: 'when', body: 'bucket of tokens leaks at a steady rate' });
  doc.add({ id: 2, title: 'leaky bucket', tags: 'rate queue', heading: 'overview', body: 'queue drains at a fixed rate rate rate' });
  const terms = ['token', 'bucket', 'rate', 'overview', 'queue', 'absent'];
  const same = (d: typeof doc) => {
    for (const f of FIELDS) {
      const look = fieldLookup(d, f.name);
      for (const t of terms) {
        const expected = (d.search(t, { index: f.name, resolve: false } as never) as unknown as { result: unknown }).result ?? [];
        assert.equal(look(t), expected, `${f.name}: ${t}`);
      }
    }
  };
  same(doc);
  assert.ok(fieldLookup(doc, 'body')('rate').flat().length === 3, 'the lookup finds every document');
  const copy = createDocument();
  await doc.export((key: string, data: string) => void copy.import(key, data));
  same(copy);
  // (an imported index has null where the built one has empty slots: both mean none)
  assert.is(JSON.stringify(fieldLookup(copy, 'body')('rate')), JSON.stringify(fieldLookup(doc, 'body')('rate')));
});

s('the term map fieldLookup reads is where FlexSearch keeps it (fails when an upgrade moves it)', () => {
  const d = createDocument();
  d.add({ id: 1, title: 'rate', tags: '', heading: '', body: 'rate limit' });
  const own = (d as unknown as { index?: Map<string, { map?: unknown }> }).index?.get('body');
  assert.ok(own?.map instanceof Map, 'Document#index holds each field\'s Index, with its term map in `map`');
  assert.ok((own!.map as Map<string, unknown>).has('rate'));
});

s.run();

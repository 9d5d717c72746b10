// The shell transpiles through esbuild's service process (its async API), never through its
// synchronous API, which starts a worker thread (a second node isolate: ~10 MB of RSS and tens of
// ms, measured). Results and errors are kept for the synchronous callers (toScript, splitStatements).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { prepareScripts, stripTypesAsync, syncTransformCount, toScript, toScriptAsync, TranspileError } from '../../src/practice/transpile.ts';
import { mergeDefinitions, prepareStatements, splitStatements } from '../../src/practice/top-level.ts';

const t = suite('practice/transpile (async)');

t('toScriptAsync strips types and hoists declarations; toScript then answers without the synchronous API', async () => {
  const before = syncTransformCount();
  const js = await toScriptAsync('const n: number = 41 + 1;\nclass Box<T> { v!: T }');
  assert.match(js, /var n = 41 \+ 1/);
  assert.match(js, /var Box = class Box/);
  assert.is(toScript('const n: number = 41 + 1;\nclass Box<T> { v!: T }'), js);
  assert.is(syncTransformCount(), before);
});

t('a compile error is kept: the synchronous caller gets the same TranspileError, esbuild not asked again', async () => {
  const before = syncTransformCount();
  await prepareScripts('const x: = 3', 'class A {');
  assert.throws(() => toScript('const x: = 3'), (e: unknown) => e instanceof TranspileError && !e.incomplete && e.line === 1);
  assert.throws(() => toScript('class A {'), (e: unknown) => e instanceof TranspileError && e.incomplete, 'an unfinished class asks for more input');
  await stripTypesAsync('let y: string =').then(
    () => assert.unreachable('should not compile'),
    (e) => assert.ok(e instanceof TranspileError && e.incomplete),
  );
  assert.is(syncTransformCount(), before);
});

t('prepareStatements: splitting a workspace and merging a typed definition then need no synchronous transform', async () => {
  const file = [
    '// the cache',
    'class LRU<K, V> {',
    '  map = new Map<K, V>();',
    '}',
    '',
    'function delayFor(attempt: number): number {',
    '  return attempt',
    '    * 2;',
    '}',
    'const limit: number = 3',
  ].join('\n');
  const typed = 'function delayFor(attempt: number): number { return attempt * 3 }\n';
  const before = syncTransformCount();
  await prepareStatements(file, typed);
  const statements = splitStatements(file);
  assert.equal(
    statements.map((s) => s.names.map((n) => n.name).join()),
    ['LRU', 'delayFor', 'limit'],
  );
  const merged = mergeDefinitions(file, typed);
  assert.match(merged.text, /attempt \* 3/);
  assert.not.match(merged.text, /\* 2;/);
  assert.is(syncTransformCount(), before);
});

t.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fold, foldKeepingOffsets } from '../../src/util/fold.ts';

const s = suite('fold');

s('lowercases and strips accents', () => {
  assert.is(fold('Résumé'), 'resume');
  assert.is(fold('Crème BRÛLÉE'), 'creme brulee');
  assert.is(fold('Ångström'), 'angstrom');
  assert.is(fold('Plain ASCII'), 'plain ascii');
});

s('keeps letters of other scripts', () => {
  assert.is(fold('面试 Prep'), '面试 prep');
  assert.is(fold('Привет'), 'привет');
});

s('foldKeepingOffsets folds without moving any offset', () => {
  for (const [text, folded] of [
    ['Plain TEXT', 'plain text'],
    ['Réplication — Ünïcode façade', 'replication — unicode facade'],
    ['İstanbul', 'istanbul'],
    ['面试 Prep', '面试 prep'],
  ] as const) {
    assert.is(foldKeepingOffsets(text), folded);
    assert.is(foldKeepingOffsets(text).length, text.length, text);
  }
});

s.run();

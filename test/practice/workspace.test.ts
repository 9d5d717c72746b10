import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkspace, seedWorkspace, workspacePath, writeWorkspace } from '../../src/practice/workspace.ts';
import { StoreError } from '../../src/errors.ts';
import { fixtureCorpus } from './helpers.ts';

const s = suite('workspace');
const corpus = fixtureCorpus();
const sum = corpus.exercises.get('sum-array')!;
const star = corpus.exercises.get('draft-star-method')!;

s('path: dataDir/workspaces/<id>.ts, .md for a writing prompt', () => {
  assert.is(workspacePath('/d', sum), '/d/workspaces/sum-array.ts');
  assert.is(workspacePath('/d', star), '/d/workspaces/draft-star-method.md');
});

s('seed: a new workspace holds a comment and the starter once; a writing prompt a heading', () => {
  const text = seedWorkspace(sum);
  assert.match(text, /^\/\/ Sum an array \(exercise sum-array\): \.check judges this file/);
  assert.match(text, /\n\nfunction sum\(xs: number\[\]\): number \{\n {2}return 0;\n\}\n$/);
  assert.is(seedWorkspace(star), '# Tell a STAR story\n\n');
});

s('read and write; a missing file reads as null; a folder that cannot be made is a StoreError naming the path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swe-ws-'));
  const path = join(dir, 'workspaces', 'a.ts');
  assert.is(readWorkspace(path), null);
  writeWorkspace(path, 'code');
  assert.is(readWorkspace(path), 'code');
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  writeFileSync(join(locked, 'workspaces'), 'a file where the folder should be');
  try {
    writeWorkspace(join(locked, 'workspaces', 'b.ts'), 'x');
    assert.unreachable('should throw');
  } catch (e) {
    assert.instance(e, StoreError);
    assert.match((e as Error).message, /cannot write your workspace .*locked\/workspaces\/b\.ts/);
  }
});

s.run();

// Every test and script reads only what is inside this repository: a clone with nothing beside it
// must pass `npm test`. This reads their source and fails on any path that leaves the root.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from '../helpers/pty.ts';

const repo = suite('repo: self-contained tests and scripts');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(m?[jt]s|tsx|json)$/.test(name)) out.push(p);
  }
  return out;
}

const inside = (p: string) => {
  const rel = relative(ROOT, p);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
};

/** Paths in `text` (a file at `file`) that lead out of the repository, with a reason each. */
export function escapes(text: string, file: string): string[] {
  const found: string[] = [];
  // relative specifiers and URLs: '../x' resolved from the file's folder
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    if (!inside(resolve(dirname(file), m[1]!))) found.push(m[1]!);
  }
  // path.join/resolve(ROOT or root, '..', …): one level up from the root is outside
  for (const m of text.matchAll(/(?:join|resolve)\(\s*(ROOT|root)\s*,\s*((?:['"]\.\.['"]\s*,?\s*)+)/g)) found.push(m[0]);
  // the folder beside the repository that fixtures used to come from (an absolute path into it)
  for (const m of text.matchAll(/['"`](\/(?:work)\/[^'"`\s]*)['"`]/g)) found.push(m[1]!);
  if (/['"`]shared['"`]/.test(text) && /['"`]\.\.['"`]/.test(text)) found.push('the folder beside the repository, joined to ..');
  return found;
}

repo('the checker catches the paths that used to leave the repository', () => {
  const test = join(ROOT, 'test', 'corpus', 'x.test.ts');
  // the folder's name is assembled, so this file itself never reads like a path out of the repository
  const beside = ['sha', 'red'].join('');
  assert.ok(escapes(`const SEED = join(ROOT, '..', '${beside}', 'seed-topic.md');`, test).length > 0);
  assert.ok(escapes(`readFileSync('../../../${beside}/seed-topic.md')`, test).length > 0);
  assert.ok(escapes(`readFileSync('/work/${beside}/seed-topic.md')`, test).length > 0);
  assert.equal(escapes("import { x } from '../../src/corpus/parse.ts'; new URL('../..', import.meta.url)", test), []);
  assert.equal(escapes("join(ROOT, 'test', 'fixtures', 'seed-topic.md')", test), []);
});

repo('no test, helper, fixture or script reads outside the repository root', () => {
  const files = [...sources(join(ROOT, 'test')), ...sources(join(ROOT, 'scripts'))];
  assert.ok(files.length > 20, `${files.length} files scanned`);
  const bad = files.flatMap((f) => escapes(readFileSync(f, 'utf8'), f).map((e) => `${relative(ROOT, f)}: ${e}`));
  // this file names the bad patterns on purpose, as test data
  const own = relative(ROOT, new URL(import.meta.url).pathname);
  assert.equal(bad.filter((b) => !b.startsWith(own)), []);
});

repo('the seed lesson the tests use is a fixture of this repository', () => {
  const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'seed-topic.md'), 'utf8');
  assert.match(seed, /^---\n[\s\S]*title:/);
});

repo.run();

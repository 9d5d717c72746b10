// check-corpus (src/shell/commands/check-corpus.ts) against a test Context: a report as data, which
// fails (exit 1) on errors, and on warnings with --strict; --json; --help; --quiet.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpus } from '../../../src/shell/commands/check-corpus.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { exec, outcome, tempDir, testContext } from '../../helpers/context.ts';
import '../../../src/shell/commands/index.ts'; // registers the commands .help reads

const s = suite('shell/commands/check-corpus');
const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seed-topic.md'), 'utf8');
/** a valid lesson with two Key Points, so two cards: a warning, not an error */
const FEW_CARDS = SEED.slice(0, SEED.indexOf('## Key Points for Interviews')) + '## Key Points for Interviews\n\n' + SEED.split('\n').filter((l) => l.startsWith('- WebSocket = ') || l.startsWith('- SSE = ')).join('\n') + '\n';

function badFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'no-title.md'), '---\ntags: [a]\n---\n## Overview\n');
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'seed-topic.md'), FEW_CARDS);
  return dir;
}

function goodFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'seed-topic.md'), FEW_CARDS);
  return dir;
}

s('errors: every problem with file and line, then the summary; failed (exit 1); fits 60 and 100 columns', async () => {
  const dir = badFolder();
  const o = await outcome(checkCorpus, [dir], testContext());
  assert.is(o.kind, 'corpus-check');
  assert.is(exitCode(o), 1);
  for (const width of [60, 100]) {
    const out = await exec(checkCorpus, [dir], testContext({ width }));
    assert.match(out, /no-title\.md:2: error: frontmatter has no title/);
    assert.match(out, /empty\.md: error: file is empty/);
    assert.match(out, /seed-topic\.md: warning: 2 drill cards; a lesson needs at least 5/);
    assert.match(out.split('\n').at(-1)!, /^1 lesson, 2 cards, 0 exercises verified against 0 known-wrong solutions, 0 answer-in-prompt and 0 near-duplicate cards; 2 errors, 4 warnings$/);
  }
  const quiet = await exec(checkCorpus, [dir, '--quiet'], testContext());
  assert.not.match(quiet, /warning: 2 drill cards/);
  assert.match(quiet, /empty\.md: error/);
});

s('warnings alone pass (exit 0) and say --strict makes them fail; --strict fails', async () => {
  const dir = goodFolder();
  const ok = await outcome(checkCorpus, [dir], testContext());
  assert.is(exitCode(ok), 0);
  assert.match(await exec(checkCorpus, [dir], testContext()), /1 warning \(--strict makes warnings fail\)$/);
  assert.is(exitCode(await outcome(checkCorpus, [dir, '--strict'], testContext())), 1);
});

s('--json: counts and problems [{level, file, line, message}]', async () => {
  const dir = badFolder();
  const ctx = testContext();
  const r = JSON.parse(await exec(checkCorpus, [dir, '--json'], ctx));
  for (const key of ['lessons', 'cards', 'exercises', 'wrong_solutions', 'answer_in_prompt', 'near_duplicates', 'errors', 'warnings', 'problems', 'strict']) assert.ok(key in r, key);
  assert.is(r.lessons, 1);
  assert.is(r.errors, 2);
  assert.is(r.warnings, 4);
  for (const p of r.problems) assert.equal(Object.keys(p).sort(), ['file', 'level', 'line', 'message']);
  const noTitle = r.problems.find((p: { file: string; level: string }) => p.file.endsWith('no-title.md') && p.level === 'error');
  assert.equal([noTitle.level, noTitle.line, noTitle.message], ['error', 2, 'frontmatter has no title']);
  assert.is(r.problems.find((p: { file: string }) => p.file.endsWith('empty.md')).line, null);
});

s('--help; an unknown flag is usage (2); the command never writes', async () => {
  assert.match(await exec(checkCorpus, ['--help'], testContext()), /^\.check-corpus \[DIR\|FILE…\]/);
  assert.is(exitCode(await outcome(checkCorpus, [goodFolder(), '--bogus'], testContext())), 2);
  const o = await outcome(checkCorpus, [badFolder()], testContext({ throwingStreams: true }));
  assert.is(o.kind, 'corpus-check');
});

s.run();

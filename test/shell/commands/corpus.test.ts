// .corpus (src/shell/commands/corpus.ts) against a test Context: each active folder with its
// lesson count, trust and skipped files; --json; --help; its error kinds.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../../src/corpus/sources.ts';
import { visibleWidth } from '../../../src/render/style.ts';
import { corpusCommand } from '../../../src/shell/commands/corpus.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { exec, outcome, tempDir, testContext } from '../../helpers/context.ts';
import '../../../src/shell/commands/index.ts'; // registers the commands .help reads

const s = suite('shell/commands/corpus');
const SEED = join(import.meta.dirname, '..', '..', 'fixtures', 'seed-topic.md');

const dir = tempDir();
copyFileSync(SEED, join(dir, 'my-topic.md'));
writeFileSync(join(dir, 'empty.md'), '');
const env = { ...process.env, SWELEARN_CONFIG: join(tempDir(), 'config.json'), SWELEARN_CORPUS: '', SWELEARN_PAGER: 'off' };
const corpus = await loadCorpus([dir], env);
const ctxAt = (width = 80, throwingStreams = false) => testContext({ corpus, env, width, throwingStreams });

s('each folder: lessons, trust, skipped files with their problem; the config file last', async () => {
  for (const width of [60, 100]) {
    const out = await exec(corpusCommand, '', ctxAt(width));
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith(dir));
    assert.ok(at >= 0, out);
    assert.match(lines[at]!, /--corpus$/);
    assert.is(lines[at + 1], '  1 lesson · not trusted · 1 skipped');
    assert.match(lines[at + 2]!, /empty\.md: error: file is empty$/);
    assert.match(lines[0]!, /corpus {2}built-in$/);
    assert.is(lines.at(-1), `config: ${env.SWELEARN_CONFIG}`);
    for (const l of lines) if (!l.includes(dir) && !l.includes('config:')) assert.ok(visibleWidth(l) <= width, l);
  }
});

s('--json: {config, folders, problems}', async () => {
  const r = JSON.parse(await exec(corpusCommand, '--json', ctxAt()));
  assert.equal(Object.keys(r).sort(), ['config', 'folders', 'problems']);
  assert.is(r.config, env.SWELEARN_CONFIG);
  const mine = r.folders.find((f: { dir: string }) => f.dir === dir);
  assert.equal([mine.source, mine.trusted, mine.lessons, mine.errors.length], ['--corpus', false, 1, 1]);
});

s('data; --help; words or an unknown flag are usage (2); never writes', async () => {
  assert.is((await outcome(corpusCommand, '', ctxAt(80, true))).kind, 'corpus');
  assert.match(await exec(corpusCommand, '--help', ctxAt()), /^\.corpus \[--json\]/);
  for (const args of ['extra', '--bogus']) assert.is(exitCode(await outcome(corpusCommand, args, ctxAt())), 2, args);
});

s.run();

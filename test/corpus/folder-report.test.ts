import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { parseLesson } from '../../src/corpus/parse.ts';
import { folderReports, otherProblems } from '../../src/corpus/folder-report.ts';
import { formatProblem } from '../../src/corpus/types.ts';

const report = suite('corpus/folder-report');
const lesson = (path: string) => parseLesson({ text: '---\ntitle: T\n---\n## Overview\nx\n', file: path, id: path.replace(/^.*\/|\.md$/g, ''), area: 'a' }).lesson!;

report('lessons and problems are counted for the folder that holds them (the deepest one)', () => {
  const corpus = makeCorpus(
    [lesson('/b/one.md'), lesson('/team/x.md'), lesson('/team/sub/y.md'), lesson('/team-2/z.md')],
    [
      { level: 'error', file: '/team/bad.md', line: 2, message: 'broken' },
      { level: 'warning', file: '/team/sub/y.md', message: 'missing section' },
      { level: 'error', file: '/conf/config.json', message: 'not JSON' },
    ],
  );
  corpus.folders = [
    { dir: '/b', source: 'built-in', trusted: true },
    { dir: '/team', source: 'config', trusted: false },
    { dir: '/team/sub', source: '--corpus', trusted: true },
    { dir: '/team-2', source: 'SWELEARN_CORPUS', trusted: false },
  ];
  const r = folderReports(corpus);
  assert.equal(
    r.map((f) => [f.dir, f.lessons, f.errors.length, f.warnings.length]),
    [
      ['/b', 1, 0, 0],
      ['/team', 1, 1, 0],
      ['/team/sub', 1, 0, 1],
      ['/team-2', 1, 0, 0],
    ],
  );
  assert.equal(otherProblems(corpus).map((p) => p.file), ['/conf/config.json']);
});

report('formatProblem never prints a control character from a file name or message', () => {
  const line = formatProblem({ level: 'error', file: '/x/\x1b]0;owned\x07evil.md', line: 3, message: 'bad \x1b[6n thing' });
  assert.is(line, '/x/evil.md:3: error: bad  thing');
});

report.run();

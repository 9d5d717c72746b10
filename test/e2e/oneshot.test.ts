import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { ROOT, tempDir } from '../helpers/pty.ts';

const oneshot = suite('one-shot commands');

oneshot('--version and --help', async () => {
  const v = await runSwelearn(['--version']);
  assert.match(v.stdout, /^swelearn \d+\.\d+\.\d+\n$/);
  const h = await runSwelearn(['--help']);
  assert.match(h.stdout, /swelearn find QUERY/);
  assert.match(h.stdout, /--corpus DIR/);
});

oneshot('topics --json lists every lesson with its fields', async () => {
  const r = await runSwelearn(['topics', '--json']);
  assert.is(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.ok(list.length >= 12);
  for (const key of ['id', 'title', 'area', 'tags', 'difficulty', 'estimated_time', 'path', 'cards', 'exercises', 'mastery']) {
    assert.ok(key in list[0]!, `has ${key}`);
  }
  const areas = new Set(list.map((l) => l.area));
  assert.ok(areas.size >= 4, 'lessons across at least 4 areas');
});

oneshot('topic ID prints one lesson; an unknown id exits 1 with a message', async () => {
  const ok = await runSwelearn(['topic', 'websockets-long-polling']);
  assert.is(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /Server-Sent Events|SSE/);
  const bad = await runSwelearn(['topic', 'no-such-lesson-xyz']);
  assert.is(bad.code, 1, 'not found exits 1');
  assert.match(bad.stderr, /no lesson matches "no-such-lesson-xyz"/);
  assert.is(bad.stdout, '', 'the error goes to stderr only');
  const json = await runSwelearn(['topic', 'websockets-long-polling', 'overview', '--json']);
  assert.is(json.code, 0, json.stderr);
  const lesson = JSON.parse(json.stdout);
  assert.is(lesson.id, 'websockets-long-polling');
  assert.equal(lesson.sections.map((x: { heading: string }) => x.heading), ['Overview']);
});

oneshot('check-corpus reports each bad file with its line, exits 1; a good folder exits 0', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad-yaml.md'), '---\ntitle: x\ntags: [a\n---\n## Overview\n');
  writeFileSync(join(dir, 'no-title.md'), '---\ntags: [a]\n---\n## Overview\n');
  writeFileSync(join(dir, 'hard-ish.md'), '---\ntitle: T\ndifficulty: impossible\n---\n');
  writeFileSync(join(dir, 'empty.md'), '');
  const r = await runSwelearn(['check-corpus', dir]);
  assert.is(r.code, 1);
  assert.match(r.stdout, /bad-yaml\.md:\d+: error: frontmatter is not valid YAML/);
  assert.match(r.stdout, /no-title\.md:2: error: frontmatter has no title/);
  assert.match(r.stdout, /hard-ish\.md:2: error: unknown difficulty "impossible"/);
  assert.match(r.stdout, /empty\.md: error: file is empty/);
  const good = await runSwelearn(['check-corpus', join(ROOT, 'test', 'fixtures', 'seed-topic.md')]);
  assert.is(good.code, 0, good.stdout);
  const json = await runSwelearn(['check-corpus', dir, '--json']);
  assert.is(json.code, 1, 'a report with errors fails, as JSON too');
  const report = JSON.parse(json.stdout);
  assert.ok(report.errors >= 4 && report.problems.some((p: { file: string; line: number | null }) => p.file.endsWith('no-title.md') && p.line === 2), json.stdout);
});

oneshot('unknown subcommand and bad options give a clear message', async () => {
  const r = await runSwelearn(['topicz']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /unknown command "topicz" — did you mean topic/);
  const w = await runSwelearn(['--width', 'abc', 'topics']);
  assert.is(w.code, 2);
  assert.match(w.stderr, /--width/);
  const o = await runSwelearn(['topics', '--bogus']);
  assert.is(o.code, 2, 'a wrong use exits 2');
  assert.match(o.stderr, /\.topics: unknown option --bogus/);
});

oneshot.run();

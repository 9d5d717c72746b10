// User corpora from the outside: --corpus anywhere on the command line, SWELEARN_CORPUS, the
// config file, id clashes and overrides:, skipped files on stderr, trust, and hostile files
// (control characters, alias bombs, FIFOs) that must stay harmless.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { startTerm, tempDir, type Term } from '../helpers/pty.ts';

const corpora = suite('e2e: user corpora');
let term: Term | undefined;
corpora.after.each(() => term?.kill());

const SECTIONS = '## Overview\nx\n## When to Use\nx\n## Trade-offs & Gotchas\nx\n## Key Points for Interviews\n- **a** x\n';

function lessonFolder(files: Record<string, string>): string {
  const dir = tempDir('swe-corpus-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const zebra = () => lessonFolder({ 'zebrafish.md': `---\ntitle: Zebrafish genetics\ntags: [biology]\n---\n## Overview\nZebrafish are small fish.\n` });
/** a private config dir and no SWELEARN_CORPUS from the person running the tests */
const isolated = (extra: Record<string, string> = {}) => ({ XDG_CONFIG_HOME: tempDir('swe-conf-'), SWELEARN_CORPUS: '', ...extra });

corpora('--corpus DIR before (or after) a subcommand runs the subcommand with that folder', async () => {
  const dir = zebra();
  const before = await runSwelearn(['--corpus', dir, 'find', 'zebrafish'], '', isolated());
  assert.is(before.code, 0, before.stderr);
  assert.match(before.stdout, /Zebrafish genetics/);
  const after = await runSwelearn(['find', 'zebrafish', '--json', '--corpus', dir], '', isolated());
  assert.is((JSON.parse(after.stdout) as { id: string }[])[0]!.id, 'zebrafish');
});

corpora('a missing --corpus folder is an error naming it (exit 2), in one-shots and for the shell', async () => {
  const missing = join(tempDir(), 'no-such-lessons');
  for (const args of [['--corpus', missing, 'topics'], ['find', 'x', '--corpus', missing], ['--corpus', missing]]) {
    const r = await runSwelearn(args, '.topics\n', isolated());
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, new RegExp(`--corpus ${missing}: no such folder`));
    assert.is(r.stdout, '');
  }
});

corpora('SWELEARN_CORPUS (a path list) and the config file name folders on every run; --corpus adds to them', async () => {
  const a = zebra();
  const b = lessonFolder({ 'yak.md': '---\ntitle: Yak shaving\n---\n## Overview\nyaks\n' });
  const c = lessonFolder({ 'quokka.md': '---\ntitle: Quokka facts\n---\n## Overview\nquokkas\n' });
  const env = isolated({ SWELEARN_CORPUS: `${a}:${b}` });
  const conf = join(env.XDG_CONFIG_HOME, 'swelearn');
  mkdirSync(conf);
  writeFileSync(join(conf, 'config.json'), JSON.stringify({ corpus: [c] }));
  const r = await runSwelearn(['topics', '--json'], '', env);
  assert.is(r.code, 0, r.stderr);
  const ids = (JSON.parse(r.stdout) as { id: string }[]).map((l) => l.id);
  for (const id of ['zebrafish', 'yak', 'quokka', 'rate-limiting']) assert.ok(ids.includes(id), `${id} listed`);
  const d = lessonFolder({ 'okapi.md': '---\ntitle: Okapi notes\n---\n## Overview\nokapis\n' });
  const more = await runSwelearn(['--corpus', d, 'corpus', '--json'], '', env);
  const report = JSON.parse(more.stdout) as { folders: { dir: string; source: string; lessons: number }[] };
  assert.equal(
    report.folders.map((f) => [f.source, f.lessons]),
    [
      ['built-in', report.folders[0]!.lessons],
      ['config', 1],
      ['SWELEARN_CORPUS', 1],
      ['SWELEARN_CORPUS', 1],
      ['--corpus', 1],
    ],
  );
  assert.ok(report.folders[0]!.lessons > 100);
  // a config file that is not JSON is named, and the command still runs
  writeFileSync(join(conf, 'config.json'), '{ "corpus": [ oops ] }');
  const broken = await runSwelearn(['find', 'zebrafish'], '', env);
  assert.is(broken.code, 0, broken.stderr);
  assert.match(broken.stdout, /Zebrafish/);
  assert.match(broken.stderr, /config\.json(:1)?: error: the config file is not valid JSON/);
});

corpora('a user lesson with a built-in id is an error naming both files; overrides: replaces it on purpose', async () => {
  const clash = lessonFolder({ 'rate-limiting.md': `---\ntitle: My rate limiting\n---\n${SECTIONS}` });
  const r = await runSwelearn(['--corpus', clash, 'topic', 'rate-limiting'], '', isolated());
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout, /My rate limiting/);
  assert.match(r.stderr, new RegExp(`skipped ${clash}/rate-limiting\\.md:2: error: lesson id "rate-limiting" is already used by \\S*corpus/system-design/rate-limiting\\.md`));
  assert.match(r.stderr, /overrides: rate-limiting/);
  const checked = await runSwelearn(['check-corpus', clash], '', isolated());
  assert.is(checked.code, 1);
  assert.match(checked.stdout, /rate-limiting\.md:2: error: lesson id "rate-limiting" is already used by/);

  const mine = lessonFolder({ 'my-limits.md': `---\ntitle: My rate limiting\noverrides: rate-limiting\n---\n${SECTIONS}` });
  const o = await runSwelearn(['--corpus', mine, 'topic', 'rate-limiting'], '', isolated());
  assert.is(o.code, 0, o.stderr);
  assert.match(o.stdout, /My rate limiting/);
  assert.is(o.stderr, '');
});

corpora('one-shots name the files they skipped on stderr; --quiet silences them', async () => {
  const dir = zebra();
  writeFileSync(join(dir, 'broken.md'), '---\ntitle: x\ndifficulty: extreme\n---\n');
  for (const args of [['topics'], ['find', 'zebrafish'], ['topics', '--json']]) {
    const r = await runSwelearn(['--corpus', dir, ...args], '', isolated());
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped \S*broken\.md:2: error: unknown difficulty "extreme"/, args.join(' '));
    const q = await runSwelearn(['--quiet', '--corpus', dir, ...args], '', isolated());
    assert.is(q.stderr, '', args.join(' '));
  }
  // the piped shell too, on stderr (stdout stays the script's output)
  const piped = await runSwelearn(['--corpus', dir], '.find zebrafish\n', isolated());
  assert.match(piped.stderr, /skipped \S*broken\.md:2/);
  assert.not.match(piped.stdout, /skipped/);
});

corpora('check-corpus: every problem of a file, exit 1 only on errors, --strict makes warnings fail', async () => {
  const bad = lessonFolder({ 'many.md': '---\ndifficulty: extreme\nestimated_time: soon\n---\n## Overview\nx\n## Drill\n- not a pair\n' });
  const r = await runSwelearn(['check-corpus', bad], '', isolated());
  assert.is(r.code, 1);
  assert.match(r.stdout, /many\.md:2: error: frontmatter has no title/);
  assert.match(r.stdout, /many\.md:2: error: unknown difficulty "extreme"/);
  assert.match(r.stdout, /many\.md:2: warning: estimated_time "soon"/);
  assert.match(r.stdout, /many\.md:\d+: warning: drill item is not a "Q: … A: …" pair/);
  const warnOnly = zebra();
  const w = await runSwelearn(['check-corpus', warnOnly], '', isolated());
  assert.is(w.code, 0, w.stdout);
  assert.match(w.stdout, /warning: missing section/);
  assert.match(w.stdout, /0 errors, \d+ warnings/);
  const strict = await runSwelearn(['check-corpus', '--strict', warnOnly], '', isolated());
  assert.is(strict.code, 1);
  const quiet = await runSwelearn(['check-corpus', warnOnly, '--quiet'], '', isolated());
  assert.not.match(quiet.stdout, /warning:/);
});

// enough prose that a file with escapes in it is not taken for binary data
const PROSE = 'Plain prose about quokkas. '.repeat(60);
const HOSTILE = '\x1b]52;c;ZWNobyBwd25lZA==\x07\x1b[6n\x1bP$q m\x1b\\\x1b]0;owned\x07\x1b[2J';

corpora('control characters from a lesson or a file name never reach the terminal, in any view', async () => {
  const dir = lessonFolder({
    'evil.md': `---\ntitle: 'Evil ${HOSTILE} lesson'\ntags: [ok, "bad\\e]52;c;AA\\a"]\n---\n## Overview\nQuokka ${HOSTILE} text\n${PROSE}\n${SECTIONS}\n## Drill\n- Q: What ${HOSTILE}? A: This ${HOSTILE}\n`,
    [`name${HOSTILE}.md`]: '---\ntitle: x\n---\n',
  });
  const env = isolated();
  const outputs = await Promise.all([
    runSwelearn(['--corpus', dir, 'topics'], '', env),
    runSwelearn(['--corpus', dir, 'find', 'quokka'], '', env),
    runSwelearn(['--corpus', dir, 'topic', 'evil'], '', env),
    runSwelearn(['--corpus', dir, 'check-corpus', dir], '', env),
    runSwelearn(['--corpus', dir, 'corpus'], '', env),
    runSwelearn(['--corpus', dir], '.topics --tag ok\n.drill evil --new 5\n1\n\n1\nq\n', env),
  ]);
  for (const r of outputs) {
    assert.not.match(r.stdout + r.stderr, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, `no control characters in:\n${JSON.stringify(r.stdout + r.stderr).slice(0, 600)}`);
  }
  assert.match(outputs[0]!.stdout, /Evil\s+lesson/);
  assert.match(outputs[2]!.stdout, /Quokka\s+text/);
  assert.match(outputs[0]!.stderr, /skipped \S*name\S*\.md: error: the file name has control characters/);
});

corpora('hostile files stay harmless: an alias bomb is refused fast, a FIFO or /dev/zero symlink neither hangs nor crashes', async () => {
  const anchors = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const [p, n] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    anchors.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
  }
  const bomb = (key: string) => `---\ntitle: Bomb\n${anchors.join('\n')}\n${key}: [${Array(9).fill('*i').join(',')}]\n---\n${SECTIONS}`;
  const dir = lessonFolder({ 'tags-bomb.md': bomb('tags'), 'related-bomb.md': bomb('related'), 'prereq-bomb.md': bomb('prerequisites') });
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  symlinkSync(join(dir, 'pipe'), join(dir, 'fifo.md'));
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  writeFileSync(join(dir, 'fine.md'), '---\ntitle: Fine lesson\n---\n## Overview\nfine\n');
  const r = await runSwelearn(['check-corpus', dir], '', isolated());
  assert.is(r.code, 1);
  for (const f of ['tags-bomb', 'related-bomb', 'prereq-bomb']) assert.match(r.stdout, new RegExp(`${f}\\.md:2: error: frontmatter expands too many YAML aliases`));
  assert.match(r.stdout, /fifo\.md: error: cannot read: a FIFO/);
  assert.match(r.stdout, /zero\.md: error: cannot read: a device/);
  const shell = await runSwelearn(['--corpus', dir], '.find fine\n', isolated());
  assert.is(shell.code, 0, shell.stderr);
  assert.match(shell.stdout, /Fine lesson/);
});

corpora('swelearn trust DIR marks a folder trusted (seen in .corpus); --list and --remove', async () => {
  const dir = zebra();
  const env = isolated();
  const folderOf = async () => {
    const r = await runSwelearn(['--corpus', dir, 'corpus', '--json'], '', env);
    return (JSON.parse(r.stdout) as { folders: { source: string; trusted: boolean }[] }).folders.find((f) => f.source === '--corpus')!;
  };
  assert.is((await folderOf()).trusted, false);
  const t = await runSwelearn(['trust', dir], '', env);
  assert.is(t.code, 0, t.stderr);
  assert.match(t.stdout, /trusted: /);
  assert.ok(JSON.parse(readFileSync(join(env.XDG_CONFIG_HOME, 'swelearn', 'config.json'), 'utf8')).trusted.length === 1);
  assert.is((await folderOf()).trusted, true);
  assert.match((await runSwelearn(['trust', '--list'], '', env)).stdout, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.is((await runSwelearn(['trust', '--remove', dir], '', env)).code, 0);
  assert.is((await folderOf()).trusted, false);
  const bad = await runSwelearn(['trust', join(dir, 'nope')], '', env);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /no such folder/);
});

corpora('at a real swe> prompt: .corpus lists the folders with counts and skipped files; a hostile title prints clean', async () => {
  const dir = zebra();
  writeFileSync(join(dir, 'broken.md'), '---\ntitle: x\ndifficulty: extreme\n---\n');
  writeFileSync(join(dir, 'evil.md'), `---\ntitle: 'Evil ${HOSTILE} lesson'\n---\n## Overview\nQuokka ${HOSTILE} text\n${PROSE}\n`);
  term = startTerm({ args: ['--corpus', dir], env: isolated(), cols: 120 });
  // what the terminal really receives, before any stripping
  let raw = '';
  term.pty.onData((d) => (raw += d));
  await term.prompt('start-up');
  await term.waitFor(/skipped \S*broken\.md:2/, 'the skipped-file notice', 20_000);
  const out = await term.run('.corpus', '.corpus', 20_000);
  assert.match(out, /built-in\s+\d{3} lessons/);
  assert.match(out, /--corpus\s+2 lessons · not trusted · 1 skipped/);
  assert.match(out, /broken\.md:2: error: unknown difficulty "extreme"/);
  assert.match(await term.run('.topic evil', '.topic evil', 20_000), /Quokka\s+text/);
  await term.run('.topics', '.topics', 20_000);
  // only our own colours and line editing reach the terminal: no OSC (title, clipboard), DCS, CSI 6n
  assert.not.match(raw, /\x1b\]|\x1bP|\x1b\[6n|[\x90\x9b\x9d]|owned|ZWNobyBwd25lZA/);
});

corpora.run();

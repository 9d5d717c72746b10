import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFile, defaultDataHome, historyFile } from '../../src/config/paths.ts';
import { readConfig } from '../../src/config/config-file.ts';
import { trust } from '../../src/config/trust.ts';
import { corpusFolders, isTrusted } from '../../src/corpus/folders.ts';

const config = suite('config');
const temp = () => mkdtempSync(join(tmpdir(), 'swe-config-'));

config('the config file lives under $XDG_CONFIG_HOME/swelearn/, else ~/.config/swelearn/', () => {
  assert.is(configFile({ XDG_CONFIG_HOME: '/x/conf', HOME: '/home/me' }), '/x/conf/swelearn/config.json');
  assert.is(configFile({ HOME: '/home/me' }), '/home/me/.config/swelearn/config.json');
  // the XDG spec ignores a relative path
  assert.is(configFile({ XDG_CONFIG_HOME: 'rel', HOME: '/home/me' }), '/home/me/.config/swelearn/config.json');
  assert.is(configFile({ SWELEARN_CONFIG: '/etc/swe.json', HOME: '/home/me' }), '/etc/swe.json');
});

config('reading: corpus folders with ~ and relative paths; a broken file is a problem naming its line', () => {
  const dir = temp();
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ corpus: ['~/team', 'local'], trusted: [], theme: 'kept' }));
  const r = readConfig(file, { HOME: '/home/me' });
  assert.equal(r.config.corpus, ['/home/me/team', join(dir, 'local')]);
  assert.is(r.problem, undefined);
  assert.equal(readConfig(join(dir, 'none.json')), { config: { corpus: [], trusted: [] }, exists: false });
  writeFileSync(file, '{\n  "corpus": ["a"],\n  oops\n}');
  const bad = readConfig(file);
  assert.equal(bad.config.corpus, []);
  assert.is(bad.problem!.file, file);
  assert.match(bad.problem!.message, /not valid JSON/);
  assert.is(bad.problem!.line, 3);
  writeFileSync(file, '{"corpus": "one-folder"}');
  assert.match(readConfig(file).problem!.message, /"corpus" must be a list/);
});

config('folders: config, then SWELEARN_CORPUS (a path list), then --corpus; the same folder once', () => {
  const a = temp();
  const b = temp();
  const c = temp();
  const folders = corpusFolders({ cliDirs: [c, a], env: { SWELEARN_CORPUS: `${b}::${a}` }, config: { corpus: [a], trusted: [b] } });
  assert.equal(
    folders.map((f) => [f.dir, f.source, f.trusted]),
    [
      [a, 'config', false],
      [b, 'SWELEARN_CORPUS', true],
      [c, '--corpus', false],
    ],
  );
});

config('trust is by real path: a trusted folder covers its subfolders and symlinks to it, not its siblings', () => {
  const root = temp();
  mkdirSync(join(root, 'team', 'sub'), { recursive: true });
  mkdirSync(join(root, 'team-other'));
  symlinkSync(join(root, 'team'), join(root, 'link'));
  const trusted = [join(root, 'team')];
  assert.ok(isTrusted(join(root, 'team'), trusted));
  assert.ok(isTrusted(join(root, 'team', 'sub'), trusted));
  assert.ok(isTrusted(join(root, 'link'), trusted));
  assert.not.ok(isTrusted(join(root, 'team-other'), trusted));
  assert.not.ok(isTrusted(root, trusted));
});

config('swelearn trust DIR / --list / --remove DIR record folders in the config file, keeping its other keys', () => {
  const home = temp();
  const lessons = temp();
  const env = { XDG_CONFIG_HOME: home, HOME: home };
  const file = join(home, 'swelearn', 'config.json');
  assert.match(trust(['--list'], env), /no trusted folders/);
  assert.match(trust([lessons], env), /^trusted: /);
  assert.match(trust([lessons], env), /already trusted/);
  assert.equal(readConfig(file, env).config.trusted, [lessons]);
  assert.is(trust(['--list'], env), lessons);
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), corpus: ['~/x'] }));
  assert.match(trust(['--remove', lessons], env), /no longer trusted/);
  const after = JSON.parse(readFileSync(file, 'utf8')) as { corpus: string[]; trusted: string[] };
  assert.equal(after, { trusted: [], corpus: ['~/x'] });
  assert.throws(() => trust(['--remove', lessons], env), /is not trusted/);
  assert.throws(() => trust([join(lessons, 'missing')], env), /no such folder/);
  assert.throws(() => trust([], env), /usage: swelearn trust DIR/);
  // a config file we cannot read is never overwritten
  writeFileSync(file, '{ broken');
  assert.throws(() => trust([lessons], env), /not valid JSON.*fix it first/);
  assert.is(readFileSync(file, 'utf8'), '{ broken');
});

config('history: $XDG_STATE_HOME/swelearn/history with the default data dir, moving the old file once', () => {
  const home = temp();
  const env = { HOME: home, XDG_STATE_HOME: join(home, 'state'), XDG_DATA_HOME: join(home, 'data') };
  const data = defaultDataHome(env);
  assert.is(data, join(home, 'data', 'swelearn'));
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'history'), 'old line\n');
  const file = historyFile(data, env);
  assert.is(file, join(home, 'state', 'swelearn', 'history'));
  assert.is(readFileSync(file, 'utf8'), 'old line\n');
  assert.not.ok(existsSync(join(data, 'history')), 'moved, not copied');
  // once: a later old file (an older swelearn still running) does not replace the new one
  writeFileSync(join(data, 'history'), 'newer old\n');
  assert.is(historyFile(data, env), file);
  assert.is(readFileSync(file, 'utf8'), 'old line\n');
  // a data dir chosen with --data / SWELEARN_HOME keeps its own history; SWELEARN_HISTORY wins
  const own = temp();
  assert.is(historyFile(own, env), join(own, 'history'));
  assert.is(historyFile(own, { ...env, SWELEARN_HISTORY: '/h' }), '/h');
  // a state dir that cannot be made keeps the old file in use
  const blocked = { ...env, XDG_STATE_HOME: join(home, 'file-not-dir') };
  writeFileSync(join(home, 'file-not-dir'), '');
  assert.is(historyFile(data, blocked), join(data, 'history'));
});

config.run();

// `swelearn completion bash|zsh|fish`: the bash script parses, and completes as bash would.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { runSwelearn } from '../helpers/run.ts';
import { completionScript, flagsOf, type CompletionData } from '../../src/shell/completion-script.ts';

const s = suite('shell/completion');

/** Run bash's completion function on a command line (the cursor at its end) and list the replies. */
function complete(script: string, line: string): string[] {
  const words = line.split(' ');
  const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _swelearn; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean);
}

let bash = '';
s.before(async () => {
  const r = await runSwelearn(['completion', 'bash']);
  assert.is(r.code, 0, r.stderr);
  bash = r.stdout;
});

s('the bash script parses (bash -n)', () => {
  const r = spawnSync('bash', ['-n'], { input: bash, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
});

s('completes subcommands, a lesson id, flags and their values', () => {
  assert.ok(complete(bash, 'swelearn to').includes('topic'));
  assert.ok(complete(bash, 'swelearn to').includes('topics'));
  assert.equal(complete(bash, 'swelearn topic websockets-lo'), ['websockets-long-polling']);
  assert.equal(complete(bash, 'swelearn --corpus /tmp topic consistent-h'), ['consistent-hashing'], 'a global option and its value are skipped');
  const findFlags = complete(bash, 'swelearn find --');
  for (const f of ['--tag', '--difficulty', '--area', '--limit', '--json', '--corpus']) assert.ok(findFlags.includes(f), f);
  assert.equal(complete(bash, 'swelearn find cache --area distributed-s'), ['distributed-systems']);
  assert.equal(complete(bash, 'swelearn topics --difficulty h'), ['hard']);
  assert.equal(complete(bash, 'swelearn completion f'), ['fish']);
});

s('a bad or missing shell name is an error naming the shells', async () => {
  const r = await runSwelearn(['completion', 'powershell']);
  assert.is.not(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /bash, zsh, fish/);
});

s('flagsOf reads the flags off a usage line', () => {
  assert.equal(flagsOf('.find QUERY [--tag T] [--difficulty D] [--json]'), ['--tag', '--difficulty', '--json']);
  assert.equal(flagsOf('.check'), []);
});

s('zsh and fish scripts name every command and lesson id given', () => {
  const data: CompletionData = {
    commands: [{ name: 'find', summary: 'search: every lesson', usage: '.find QUERY [--tag T]' }],
    globalFlags: ['--corpus'],
    lessonIds: ['dns'],
    exerciseIds: ['lru-cache'],
    areas: ['networking'],
    tags: ['it\'s'],
    difficulties: ['easy'],
  };
  const zsh = completionScript('zsh', data);
  assert.match(zsh, /^#compdef swelearn/);
  assert.match(zsh, /'find:search\\: every lesson'/);
  assert.match(zsh, /_swelearn_lessons='dns'/);
  const fish = completionScript('fish', data);
  assert.match(fish, /complete -c swelearn -n __fish_use_subcommand -a find -d 'search: every lesson'/);
  assert.match(fish, /-n '__fish_seen_subcommand_from find' -l tag -x -a ''/, 'a tag that is not a plain word is left out');
});

s.run();

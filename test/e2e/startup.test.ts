import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startTerm, tempDir, type Term } from '../helpers/pty.ts';

const startup = suite('e2e: start-up stays light');
let term: Term | undefined;
startup.after.each(() => term?.kill());

const HEAVY = ['marked', 'marked-terminal', 'cli-highlight', 'highlight.js', 'ink', 'react', 'esbuild', 'better-sqlite3', 'ts-fsrs', 'flexsearch', 'gray-matter', 'js-yaml'];

startup('the prompt appears before any heavy module is loaded; they load when a command needs them', async () => {
  const trace = join(tempDir(), 'modules.txt');
  term = startTerm({
    env: { SWELEARN_TRACE: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test', 'fixtures', 'trace-modules.mjs')}` },
  });
  await term.prompt('start-up');
  const atPrompt = readFileSync(trace, 'utf8');
  const loaded = (name: string, text: string) => text.includes(`/node_modules/${name}/`) || new RegExp(`^cjs ${name}$`, 'm').test(text);
  assert.ok(atPrompt.includes('dist/cli.js'), 'the trace sees our own modules');
  for (const pkg of HEAVY) assert.not.ok(loaded(pkg, atPrompt), `${pkg} is not loaded at the prompt`);
  // the markdown renderer (marked and marked-terminal are bundled into it) is a chunk of its own, loaded by the first lesson
  const renderer = /\/dist\/chunks\/terminal-renderer-[\w]+\.js$/m;
  assert.not.match(atPrompt, renderer, 'the markdown renderer is not loaded at the prompt');
  // built-ins that cost milliseconds (imported as ESM, all their lazy exports load) wait for their command
  for (const mod of ['node:child_process', 'node:worker_threads', 'node:crypto']) {
    assert.not.ok(new RegExp(`^(esm|cjs) ${mod}$`, 'm').test(atPrompt), `${mod} is not loaded at the prompt`);
  }
  await term.run('const n: number = 1', 'a TypeScript line');
  await term.run('.topic websockets-long-polling overview', 'a lesson');
  await term.run('.topics --area networking');
  const after = readFileSync(trace, 'utf8');
  assert.ok(loaded('esbuild', after), 'esbuild loads for the first TypeScript line');
  assert.match(after, renderer, 'the markdown renderer loads for the first lesson');
  assert.not.ok(loaded('marked-terminal', after) || loaded('highlight.js', after), 'marked-terminal comes bundled (cli-highlight and node-emoji stubbed), no highlight.js grammars');
});

startup.run();

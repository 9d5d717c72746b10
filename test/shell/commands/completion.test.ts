// .completion (src/shell/commands/completion.ts) against a test Context: the script as data,
// --json, and its error kinds. (test/shell/completion.test.ts runs the bash script itself.)
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../../src/corpus/corpus.ts';
import { completion } from '../../../src/shell/commands/completion.ts';
import { exitCode } from '../../../src/shell/outcome.ts';
import { LESSONS } from '../../search/helpers.ts';
import { exec, outcome, testContext } from '../../helpers/context.ts';
import '../../../src/shell/commands/index.ts'; // registers the commands the script lists

const s = suite('shell/commands/completion');
const corpus = makeCorpus(LESSONS);

s('the script is printed as is, at any width, with the lesson ids in it', async () => {
  const narrow = await exec(completion, 'bash', testContext({ corpus, width: 60, color: true }));
  const wide = await exec(completion, 'bash', testContext({ corpus, width: 100 }));
  assert.is(narrow, wide, 'no wrapping, no colour');
  assert.match(wide, /websockets-long-polling/);
  assert.match(wide, /_swelearn/);
  for (const shell of ['zsh', 'fish']) assert.match(await exec(completion, shell, testContext({ corpus })), /deadlock/);
});

s('data (kind script); --json {shell, script}; --help; a wrong shell is usage (2); never writes', async () => {
  const o = await outcome(completion, 'fish', testContext({ corpus }));
  assert.is(o.kind, 'script');
  const json = JSON.parse(await exec(completion, 'bash --json', testContext({ corpus })));
  assert.equal(Object.keys(json).sort(), ['script', 'shell']);
  assert.is(json.shell, 'bash');
  assert.is(json.script, await exec(completion, 'bash', testContext({ corpus })));
  assert.match(await exec(completion, '--help', testContext({ corpus })), /^\.completion bash\|zsh\|fish/);
  for (const args of ['', 'tcsh', 'bash zsh']) assert.is(exitCode(await outcome(completion, args, testContext({ corpus }))), 2, args);
  assert.is((await outcome(completion, 'bash', testContext({ corpus, throwingStreams: true }))).kind, 'script');
});

s.run();

// Tab completion of dot-command lines (src/shell/complete.ts): names, then each command's own
// declared flags (not one list for all), then its arguments.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { completeLine } from '../../src/shell/complete.ts';
import { LESSONS } from '../search/helpers.ts';
import { testContext } from '../helpers/context.ts';

const s = suite('shell/complete');
const ctx = testContext({ corpus: makeCorpus(LESSONS) });

s('command names', async () => {
  const [names] = await completeLine('.to', ctx);
  assert.equal(names, ['.today', '.topic', '.topics']);
});

s("a command's own flags: --limit for .find, --strict for check-corpus; --json only where it is taken", async () => {
  assert.equal((await completeLine('.find locks --li', ctx))[0], ['--limit']);
  assert.equal((await completeLine('.check-corpus --s', ctx))[0], ['--strict']);
  assert.equal((await completeLine('.topics --', ctx))[0], ['--area', '--difficulty', '--help', '--json', '--tag']);
  assert.equal((await completeLine('.help --j', ctx))[0], ['--json']);
});

s('flag values and arguments', async () => {
  assert.equal((await completeLine('.topics --area net', ctx))[0], ['networking']);
  assert.ok((await completeLine('.topic web', ctx))[0].includes('websockets-long-polling'));
});

s.run();

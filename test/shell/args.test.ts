import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseArgs, tokenize } from '../../src/shell/args.ts';
import { UsageError } from '../../src/errors.ts';

const args = suite('shell/args');

args('tokenize honours quotes', () => {
  assert.equal(tokenize(`find "two words" 'single q' plain`), ['find', 'two words', 'single q', 'plain']);
  assert.equal(tokenize('  '), []);
});

args('flags and positionals, unknown flags are errors naming the command', () => {
  const a = parseArgs('find', 'consistent hashing --tag db --limit 3 --json', { string: ['tag'], number: ['limit'], boolean: ['json'] });
  assert.equal(a._, ['consistent', 'hashing']);
  assert.is(a.tag, 'db');
  assert.is(a.limit, 3);
  assert.is(a.json, true);
  assert.throws(() => parseArgs('find', '--nope', {}), (e: unknown) => e instanceof UsageError && /\.find: unknown option --nope/.test(e.message));
  assert.throws(() => parseArgs('find', '--limit x', { number: ['limit'] }), /needs a number/);
});

args.run();

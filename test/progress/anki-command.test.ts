// `swelearn export --anki FILE`: the cards as an Anki import file, from the real binary.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSwelearn } from '../helpers/run.ts';
import { tempDir } from '../helpers/pty.ts';

const s = suite('export --anki');

s('writes Anki headers and one row per card of the chosen area; a second export is identical', async () => {
  const dir = tempDir();
  const file = join(dir, 'cards.tsv');
  const r = await runSwelearn(['export', '--anki', file, '--area', 'networking']);
  assert.is(r.code, 0, r.stderr);
  const m = /Exported (\d+) cards from (\d+) lessons/.exec(r.stdout);
  assert.ok(m, r.stdout);
  const text = readFileSync(file, 'utf8');
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.slice(0, 3), ['#separator:tab', '#html:true', '#notetype:Basic']);
  const rows = lines.filter((l) => !l.startsWith('#'));
  assert.is(rows.length, Number(m![1]));
  assert.ok(rows.length >= 50, `${rows.length} networking cards`);
  for (const row of rows) {
    const [guid, front, back, deck, tags] = row.split('\t');
    assert.match(guid!, /^swelearn:[a-z0-9-]+:[0-9a-z~]+$/);
    assert.ok(front && back, row);
    assert.is(deck, 'swelearn::Networking');
    assert.ok(tags!.split(' ').includes('swelearn::networking'));
  }
  const again = join(dir, 'again.tsv');
  assert.is((await runSwelearn(['export', '--anki', again, '--area', 'networking'])).code, 0);
  assert.is(readFileSync(again, 'utf8'), text, 'the same guids every time, so a re-import updates');
});

s('an area with no lessons is an error, and --area without --anki is a usage error', async () => {
  const r = await runSwelearn(['export', '--anki', join(tempDir(), 'x.tsv'), '--area', 'astrology']);
  assert.is.not(r.code, 0);
  assert.match(r.stderr, /no lesson matches --area astrology/);
  const bad = await runSwelearn(['export', '--area', 'networking']);
  assert.is.not(bad.code, 0);
  assert.match(bad.stderr, /--area and --tag choose cards for --anki/);
});

s.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLesson } from '../../src/corpus/parse.ts';
import { ankiGuid, ankiTsv, markdownToAnkiHtml } from '../../src/drill/anki-export.ts';

const s = suite('drill/anki-export');

const lesson = parseLesson({
  file: 'ws.md',
  id: 'websockets',
  area: 'networking',
  text: [
    '---', 'title: "WebSockets & SSE"', 'tags: [websockets, real time]', 'difficulty: medium', '---',
    '## Overview', 'x',
    '## Drill',
    '- Q: Which status code completes a `WebSocket` handshake?',
    '  A: **101** Switching Protocols <not 200>.',
    '- Q: Why "sticky" sessions?',
    '  A: Connections are stateful:',
    '  - pinned to one server',
    '  - so use a pub/sub bus',
  ].join('\n'),
}).lesson!;

/** Anki's side of a row: split on tabs, then strip the minimal HTML back to text. */
function fields(row: string) {
  const text = (h: string) => h.replace(/<br>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const [guid, front, back, deck, tags] = row.split('\t');
  return { guid, front: text(front!), back: text(back!), frontHtml: front!, backHtml: back!, deck, tags: tags!.split(' ') };
}

s('headers Anki reads: tab separator, HTML, Basic notes, guid, deck and tags columns', () => {
  const { text, cards } = ankiTsv([lesson]);
  const lines = text.trimEnd().split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  assert.equal(header.slice(0, 6), ['#separator:tab', '#html:true', '#notetype:Basic', '#guid column:1', '#deck column:4', '#tags column:5']);
  assert.is(header[6], '#columns:guid\tFront\tBack\tDeck\tTags');
  assert.is(cards, 2);
  assert.is(lines.length, header.length + 2);
  for (const row of lines.slice(header.length)) assert.is(row.split('\t').length, 5, row);
});

s('a card round-trips: guid from its id, question and answer as text, area deck, tags without spaces', () => {
  const rows = ankiTsv([lesson], { deck: 'Interview prep' }).text.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
  const first = fields(rows[0]!);
  const card = lesson.cards[0]!;
  assert.is(first.guid, ankiGuid(card));
  assert.is(first.guid, `swelearn:${card.id}`);
  assert.is(first.front.split('\n')[0], 'Which status code completes a WebSocket handshake?');
  assert.match(first.frontHtml, /<code>WebSocket<\/code>/);
  assert.is(first.back, '101 Switching Protocols <not 200>.');
  assert.match(first.backHtml, /<b>101<\/b>/);
  assert.is(first.deck, 'Interview prep::Networking');
  assert.ok(first.tags.includes('swelearn::networking'));
  assert.ok(first.tags.includes('swelearn::lesson::websockets'));
  assert.ok(first.tags.includes('real_time'), 'a tag with a space keeps one word');
  const second = fields(rows[1]!);
  assert.is(second.back, 'Connections are stateful:\n• pinned to one server\n• so use a pub/sub bus');
  assert.match(second.front, /Why "sticky" sessions\?/);
  assert.not.match(rows[1]!, /"/, 'no raw quote: Anki reads a field that starts with one as quoted');
});

s('the same cards give the same guids: importing twice updates, never duplicates', () => {
  assert.is(ankiTsv([lesson]).text, ankiTsv([lesson]).text);
});

s('markdown to HTML: code blocks keep their lines, tabs become spaces', () => {
  assert.is(markdownToAnkiHtml('Run:\n```\na\tb\n<c>\n```'), 'Run:<br><pre><code>a b<br>&lt;c&gt;</code></pre>');
  assert.is(markdownToAnkiHtml('*em* and _also_ and a_b_c'), '<i>em</i> and <i>also</i> and a_b_c');
});

s('a code block ends only at a fence of its own kind and length (CommonMark)', () => {
  const html = markdownToAnkiHtml('````md\n```ts\nlet x;\n```\n````\nafter');
  assert.is(html, '<pre><code>```ts<br>let x;<br>```</code></pre><br>after');
});

s.run();

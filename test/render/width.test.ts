// width.ts's fast paths against plain reference implementations, on random styled text: the
// wrapper that scans the text once must give what wrapping word by word gives, and the one-pass
// width must count what the code-point rules count.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { seededRandom } from '../../src/practice/check-api.ts';
import { stripAnsi, visibleWidth, wrapText } from '../../src/render/width.ts';

const w = suite('render/width');

/** the rules, code point by code point (ANSI codes removed first) */
function referenceWidth(s: string): number {
  let n = 0;
  for (const ch of stripAnsi(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 32 || (cp >= 0x300 && cp <= 0x36f)) continue;
    const wide =
      cp >= 0x1100 &&
      (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd));
    n += wide ? 2 : 1;
  }
  return n;
}

/** wrapping word by word (words here always fit a line, so no word is split) */
function referenceWrap(text: string, width: number, first = '', rest = first): string {
  const lines: string[] = [];
  let prefix = first;
  for (const para of text.split('\n')) {
    const lead = /^ */.exec(para)![0];
    prefix += lead;
    const room = () => Math.max(8, width - referenceWidth(prefix));
    let line = '';
    for (const word of para.split(' ').filter(Boolean)) {
      if (line && referenceWidth(line) + 1 + referenceWidth(word) <= room()) line += ' ' + word;
      else {
        if (line) {
          lines.push(prefix + line);
          prefix = rest + lead;
        }
        line = word;
      }
    }
    lines.push(prefix + line);
    prefix = rest;
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

const rand = seededRandom(7);
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
const PIECES = ['a', 'x', 'Q', '9', '(', '—', '…', '→', '✓', 'é', 'ß', 'Ω', '面', '试', '😀', 'e\u0301', '\t', '\u0007'];
const STYLES = [(s: string) => s, (s: string) => `\x1b[1;33m${s}\x1b[22;39m`, (s: string) => `\x1b[2m${s}\x1b[22m`, (s: string) => `\x1b]8;;http://x\x07${s}\x1b]8;;\x07`];

function randomWord(maxCols: number): string {
  let s = '';
  while (true) {
    const next = s + pick(PIECES);
    if (referenceWidth(next) > maxCols) return s || 'a';
    s = next;
    if (rand() < 0.3) return pick(STYLES)(s);
  }
}

function randomText(): string {
  const paras: string[] = [];
  for (let p = 1 + Math.floor(rand() * 3); p > 0; p--) {
    let para = ' '.repeat(Math.floor(rand() * 3));
    for (let n = Math.floor(rand() * 14); n > 0; n--) para += randomWord(8) + ' '.repeat(1 + Math.floor(rand() * 1.3) * Math.floor(rand() * 3));
    paras.push(para);
  }
  return paras.join('\n');
}

w('visibleWidth counts what the code-point rules count, styled or not', () => {
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => randomWord(12)).join(pick([' ', '', '  ']));
    assert.is(visibleWidth(s), referenceWidth(s), JSON.stringify(s));
  }
  assert.is(visibleWidth('a — b … c → ✓'), 13);
  assert.is(visibleWidth('面试 e\u0301'), 6);
});

w('wrapText gives what wrapping word by word gives: runs of spaces collapse, indentation and hanging prefixes are kept', () => {
  for (let i = 0; i < 2000; i++) {
    const text = randomText();
    const width = 16 + Math.floor(rand() * 50);
    const [first, rest] = pick([['', ''], ['- ', '  '], ['     ', '     '], ['\x1b[36m 1\x1b[39m  ', '    ']]);
    assert.is(wrapText(text, width, first, rest), referenceWrap(text, width, first, rest), JSON.stringify({ text, width, first }));
  }
  assert.is(wrapText('one  two   three', 80), 'one two three');
  assert.is(wrapText('  a b\n c', 80, '> ', '  '), '>   a b\n   c');
});

w.run();

// Inline markdown (bold, italics, code spans, links…) -> styled text, from marked's inline tokens.
// Every style is applied word by word, so the text can be wrapped at any space and each line
// still opens and closes its own colours (in a pager, after a bullet, after a cut). Without
// colour the markers simply disappear: **bold** prints as bold, `code` as code. Pure.
import { Lexer, type Token, type Tokens } from 'marked';
import type { Style } from './style.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const decode = (s: string) => (s.includes('&') ? s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e]!) : s);

/** Apply `fn` to each word of `text`, keeping the spaces and newlines between words unstyled. */
export function styleWords(text: string, fn: (s: string) => string): string {
  return text.replace(/[^ \n]+/g, (w) => fn(w));
}

export function renderInline(tokens: readonly Token[] | undefined, s: Style): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) out += inlineToken(t, s);
  return out;
}

function inlineToken(t: Token, s: Style): string {
  switch (t.type) {
    case 'text': {
      const tt = t as Tokens.Text;
      return tt.tokens?.length ? renderInline(tt.tokens, s) : decode(tt.text).replace(/\n/g, ' ');
    }
    case 'escape':
      return decode((t as Tokens.Escape).text);
    case 'strong':
      return styleWords(renderInline((t as Tokens.Strong).tokens, s), s.bold);
    case 'em':
      return styleWords(renderInline((t as Tokens.Em).tokens, s), s.italic);
    case 'del':
      return styleWords(renderInline((t as Tokens.Del).tokens, s), s.dim);
    case 'codespan':
      return styleWords(decode((t as Tokens.Codespan).text).replace(/\n/g, ' '), s.yellow);
    case 'br':
      return '\n';
    case 'link': {
      const l = t as Tokens.Link;
      const text = renderInline(l.tokens, s);
      const plainText = (l.text ?? '').replace(/^mailto:/, '');
      if (!l.href || l.href === plainText || l.href === `mailto:${plainText}`) return styleWords(text, (w) => s.underline(s.blue(w)));
      return `${styleWords(text, s.blue)} ${styleWords(`(${l.href})`, s.dim)}`;
    }
    case 'image': {
      const img = t as Tokens.Image;
      return styleWords(`[image: ${img.text || img.href}]`, s.dim);
    }
    case 'html':
      return decode((t as Tokens.HTML).text.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));
    case 'checkbox':
      return (t as Tokens.Checkbox).checked ? '[x] ' : '[ ] ';
    default: {
      const any = t as { tokens?: Token[]; text?: string };
      return any.tokens ? renderInline(any.tokens, s) : decode(any.text ?? '');
    }
  }
}

/** One line of inline markdown (a card, a hint, a title) as styled text. */
export function inlineMarkdown(md: string, s: Style): string {
  if (!/[*_`\\[<&~]/.test(md)) return md;
  return renderInline(Lexer.lexInline(md), s);
}

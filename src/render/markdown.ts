// Markdown -> terminal text with marked + marked-terminal. Both (and the highlighter they pull
// in) are imported on first use only: start-up never pays for them.
import { stripAnsi, wrap, type Style } from './style.ts';

type Renderer = (md: string) => string;
const cache = new Map<string, Renderer>();

async function renderer(style: Style): Promise<Renderer> {
  const key = `${style.color}:${style.width}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const width = Math.min(style.width, 120);
  const plain = (s: string) => s;
  // marked-terminal reflows paragraphs but not list items: wrap each item's own lines (not its
  // nested list's) to the width left after the indent and the bullet
  const listitem = (text: string) =>
    text
      .split('\n')
      .map((line) => (/^\s|^(?:\*|\d+\.) /.test(line) ? line : wrap(line, Math.max(20, width - 5))))
      .join('\n');
  const base = { width, reflowText: true, showSectionPrefix: false, tab: 2, emoji: false, listitem };
  // our own Style drives every colour, so NO_COLOR and pipes give plain text whatever chalk detects
  const options = style.color
    ? {
        ...base,
        heading: (s: string) => style.bold(style.cyan(s)),
        firstHeading: (s: string) => style.bold(style.magenta(s)),
        strong: style.bold,
        em: style.italic,
        codespan: style.yellow,
        blockquote: (s: string) => style.dim(style.italic(s)),
        link: style.blue,
        href: (s: string) => style.underline(style.blue(s)),
        hr: style.dim,
      }
    : Object.fromEntries(
        Object.entries({ ...base, code: 0, blockquote: 0, html: 0, heading: 0, firstHeading: 0, hr: 0, table: 0, paragraph: 0, strong: 0, em: 0, codespan: 0, del: 0, link: 0, href: 0 }).map(
          ([k, v]) => [k, v === 0 ? plain : v],
        ),
      );
  const marked = new Marked();
  marked.use(markedTerminal(options, { ignoreIllegals: true }) as Parameters<typeof marked.use>[0]);
  const render: Renderer = (md) => {
    const out = String(marked.parse(md, { async: false })).replace(/\n{3,}/g, '\n\n').trimEnd();
    return style.color ? out : stripAnsi(out);
  };
  cache.set(key, render);
  return render;
}

export async function renderMarkdown(md: string, style: Style): Promise<string> {
  return (await renderer(style))(md);
}

// A sentence for the learner, wrapped to the width and toned.
import { wrap, type Style } from '../../render/style.ts';
import type { Tone } from '../outcome.ts';
import type { View } from './view.ts';

export function toned(text: string, tone: Tone | undefined, s: Style): string {
  switch (tone) {
    case 'ok':
      return s.green(text);
    case 'warn':
      return s.yellow(text);
    case 'bad':
      return s.red(text);
    case 'dim':
      return s.dim(text);
    default:
      return text;
  }
}

export const messageView: View<'message'> = {
  render: (d, s) => [wrap(toned(d.text, d.tone, s), s.width), ...(d.detail ? [wrap(s.dim(d.detail), s.width)] : [])].join('\n'),
  json: (d) => (d.detail ? { message: d.text, detail: d.detail } : { message: d.text }),
};

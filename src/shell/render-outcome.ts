// The one renderer: an outcome as styled text at the style's width, or as JSON. Pure: the effect
// runner (effects.ts) writes what these return.
import type { Style } from '../render/style.ts';
import { wrapMessage } from '../render/width.ts';
import type { DataOutcome, Outcome } from './outcome.ts';
import type { View } from './views/view.ts';
import { views } from './views/index.ts';

/** views loaded so far: a dynamic import per render would cost a module-loader round trip each time */
const loaded = new Map<string, Promise<View<DataOutcome['kind']>>>();

function viewOf(o: DataOutcome): Promise<View<typeof o.kind>> {
  let view = loaded.get(o.kind);
  if (!view) {
    view = (views as unknown as Record<string, () => Promise<View<typeof o.kind>>>)[o.kind]!();
    // a failed load is tried again next time
    view.catch(() => loaded.delete(o.kind));
    loaded.set(o.kind, view);
  }
  return view;
}

/** The text of a data outcome (errors and effects are the runner's). */
export async function renderData(o: DataOutcome, style: Style): Promise<string> {
  return (await viewOf(o)).render(o.data as never, style);
}

/** The --json value of a data outcome. */
export async function toJson(o: DataOutcome): Promise<unknown> {
  const view = await viewOf(o);
  return view.json ? view.json(o.data as never) : o.data;
}

/** An error line: "error .find: …", wrapped to the width. */
export function renderError(o: Extract<Outcome, { kind: 'error' }>, style: Style): string {
  return wrapMessage(`${style.red('error')} ${o.message}`, style.width);
}

// A view turns one kind of outcome data into styled text at a width, and into JSON for --json.
import type { Style } from '../../render/style.ts';
import type { DataKind, OutcomeData } from '../outcome.ts';

export interface View<K extends DataKind> {
  render(data: OutcomeData[K], style: Style): string | Promise<string>;
  /** the --json shape (docs/json.md); the data itself when absent */
  json?(data: OutcomeData[K]): unknown;
}

export type Views = { [K in DataKind]: View<K> };

/** How the renderer finds each kind's view: loaded on first use. */
export type ViewLoaders = { [K in DataKind]: () => Promise<View<K>> };

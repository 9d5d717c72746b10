// What a command returns: data for the one renderer (and --json), an effect for the shell to
// carry out, or an error by kind. Commands never write to a stream; the effect runner
// (effects.ts) and nothing else does.
//
// Each data kind is declared next to its view, by augmenting OutcomeData:
//
//   declare module '../outcome.ts' { interface OutcomeData { hits: FindView } }
//
// and views/index.ts lists a view for every kind (the compiler checks that none is missing).

import type { DrillSetup } from '../drill/set-up-drill.ts';
import type { DrillSummary } from '../drill/drill-session.ts';

/** Data kinds and their payloads; views augment this interface. */
export interface OutcomeData {
  /** a sentence or two for the learner: wrapped to the width, toned */
  message: { text: string; tone?: Tone; detail?: string };
}

export type Tone = 'plain' | 'ok' | 'warn' | 'bad' | 'dim';

export type DataKind = keyof OutcomeData;

export type DataOutcome = {
  [K in DataKind]: {
    kind: K;
    data: OutcomeData[K];
    /** a report that found problems: printed as usual, but the command counts as failed (exit 1) */
    failed?: boolean;
    /** long output goes through the pager on a terminal; 'wide': code lines scroll sideways */
    page?: boolean | 'wide';
  };
}[DataKind];

/** Several outcomes shown in order (`.next go`: the reason, then what the command it ran returned). */
export interface ManyOutcome {
  kind: 'many';
  items: Outcome[];
}

export type ErrorKind = 'usage' | 'not-found' | 'failed';

export interface ErrorOutcome {
  kind: 'error';
  error: ErrorKind;
  message: string;
  /** the error thrown, when one was (tests check its class) */
  cause?: unknown;
}

/** Effects the shell carries out for a command, then hands the result back to it. */
export type Effect =
  | { kind: 'ask'; question: string; resume(answer: boolean | null): Outcome | Promise<Outcome> }
  | { kind: 'edit'; path: string; resume(result: EditResult): Outcome | Promise<Outcome> }
  | { kind: 'drill'; setup: DrillSetup; resume(summary: DrillSummary): Outcome | Promise<Outcome> }
  | { kind: 'run'; line: string };

export interface EditResult {
  editor: string;
  status: number;
}

export type Outcome = DataOutcome | ManyOutcome | ErrorOutcome | Effect | Nothing;

/** A command that has nothing to show (an effect already showed it). */
export interface Nothing {
  kind: 'none';
}

export const nothing: Nothing = { kind: 'none' };

export function data<K extends DataKind>(kind: K, payload: OutcomeData[K], opts: { failed?: boolean; page?: boolean | 'wide' } = {}): DataOutcome {
  return { kind, data: payload, ...opts } as DataOutcome;
}

export function message(text: string, tone: Tone = 'plain', detail?: string): DataOutcome {
  return { kind: 'message', data: detail === undefined ? { text, tone } : { text, tone, detail } };
}

export function many(...items: Outcome[]): Outcome {
  return { kind: 'many', items };
}

export function isEffect(o: Outcome): o is Effect {
  return o.kind === 'ask' || o.kind === 'edit' || o.kind === 'drill' || o.kind === 'run';
}

/** Exit code of an outcome: 0 ok, 1 failed or not found, 2 usage. */
export function exitCode(o: Outcome): number {
  if (o.kind === 'error') return o.error === 'usage' ? 2 : 1;
  if (o.kind === 'many') return Math.max(0, ...o.items.map(exitCode));
  if ('failed' in o && o.failed) return 1;
  return 0;
}

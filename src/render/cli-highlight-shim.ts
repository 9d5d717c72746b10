// Stands in for `cli-highlight` in the bundle (scripts/build.mjs aliases it here): marked-terminal
// imports it, and the real one loads every highlight.js grammar (~hundreds of ms). Our code
// renderer does not call it; anything that does gets the slim highlighter.
import { highlight as slim } from './highlight.ts';
import { createStyle, type Style } from './style.ts';

export function highlight(code: string, opts: { language?: string; style?: Style } = {}): string {
  return slim(code, opts.language ?? '', opts.style ?? createStyle({ color: true, width: 80 }));
}

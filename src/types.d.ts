// marked-terminal ships no types and @types/marked-terminal clashes with marked 18.
declare module 'marked-terminal' {
  export function markedTerminal(options?: Record<string, unknown>, highlightOptions?: Record<string, unknown>): unknown;
}

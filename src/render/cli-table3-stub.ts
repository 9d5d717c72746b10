// Stands in for `cli-table3` in the bundle (scripts/build.mjs aliases it here): marked-terminal
// imports it for tables, which terminal-renderer.ts draws itself (aligned, or stacked records when
// too wide), so the real one (with string-width, emoji-regex and @colors/colors) is never needed.
// Should anything call it, rows come out as plain lines of cells.
export default class Table {
  private rows: string[][] = [];
  constructor(private readonly opts: { head?: string[] } = {}) {}
  push(...rows: string[][]): number {
    return this.rows.push(...rows);
  }
  toString(): string {
    return [this.opts.head ?? [], ...this.rows].filter((r) => r.length).map((r) => r.join('  ')).join('\n');
  }
}

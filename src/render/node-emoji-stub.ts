// Stands in for `node-emoji` in the bundle (scripts/build.mjs aliases it here): swelearn never
// turns :shortcodes: into emoji (marked-terminal's `emoji: false`), so its table is not loaded.
export function get(name: string): string | undefined {
  void name;
  return undefined;
}

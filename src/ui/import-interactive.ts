// Loading the Ink view (drill-app.tsx) the way it must be loaded; see importInteractive.
/**
 * Import the Ink view, answering two questions Ink and its layout engine settle at import:
 * - Ink decides once whether it runs "in CI" (the CI variable is set) and then draws only its
 *   last frame: a person at a terminal would see nothing until the drill ends. We only get here
 *   on a TTY, so the check is answered no.
 * - yoga-layout (Ink's layout, WebAssembly inlined as a data: URL) fetches that URL with
 *   `fetch` when there is one, which loads Node's whole HTTP client (undici, 100+ ms on a loaded
 *   machine) to decode base64. Without `fetch` it decodes it directly. swelearn is offline and
 *   runs nothing else meanwhile; `fetch` is put back as it was (not even loaded) right after.
 */
export async function importInteractive<T>(load: () => Promise<T>): Promise<T> {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  if (saved.CI !== undefined) process.env.CI = '0';
  if (saved.CONTINUOUS_INTEGRATION !== undefined) process.env.CONTINUOUS_INTEGRATION = '0';
  const fetchProp = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProp?.configurable) delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await load();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProp);
  }
}

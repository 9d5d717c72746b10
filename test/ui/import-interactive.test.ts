// Importing the Ink view: Ink's CI check answered no, and no global fetch while yoga-layout loads
// (it would load undici to decode its inlined WebAssembly); both put back afterwards.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { importInteractive } from '../../src/ui/import-interactive.ts';

const imp = suite('ui/importInteractive');

imp('during the import: CI answered no, no fetch; afterwards both as they were', async () => {
  const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  const ci = process.env.CI;
  process.env.CI = 'true';
  try {
    const seen = await importInteractive(async () => ({ ci: process.env.CI, fetch: typeof (globalThis as { fetch?: unknown }).fetch }));
    assert.equal(seen, { ci: '0', fetch: 'undefined' });
    assert.is(process.env.CI, 'true');
    assert.equal(Object.getOwnPropertyDescriptor(globalThis, 'fetch'), before);
    // also when the import fails
    await importInteractive(async () => {
      throw new Error('boom');
    }).catch(() => undefined);
    assert.is(typeof fetch, 'function');
  } finally {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
});

imp.run();

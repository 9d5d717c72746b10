// A synchronous require for our ESM modules, so that a package or node built-in loads when it is
// first used rather than at start-up. (An ESM import of a built-in also enumerates every export,
// which loads more: node:crypto costs ~4 ms that way, against nothing through require.)
import { createRequire } from 'node:module';

export const lazyRequire = createRequire(import.meta.url);

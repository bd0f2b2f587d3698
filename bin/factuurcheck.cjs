#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build:cli` (run by `npm install` through `prepare`).
try {
  require('../dist/cli/factuurcheck.cjs');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('factuurcheck.cjs')) {
    console.error('factuurcheck is nog niet gebouwd. Voer eerst `npm install` of `npm run build:cli` uit.');
    process.exit(2);
  }
  throw e;
}

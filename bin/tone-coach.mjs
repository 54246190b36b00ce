#!/usr/bin/env node
// Runs the bundled command line; `npm ci` builds it (the prepare script), `npm run build:cli` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('tone-coach: the command line is not built yet; run `npm ci` or `npm run build:cli` in the project folder.\n');
  process.exit(2);
}
await import(cli);

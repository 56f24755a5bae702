#!/usr/bin/env node
// The `mercato` command. Runs the compiled CLI (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(compiled)) {
  console.error('Mercato is not built yet: run `npm run build` at the repository root.');
  process.exit(1);
}
const { runCli } = await import(compiled.href);
await runCli();

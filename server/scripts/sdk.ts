/**
 * `npm run sdk:generate`: writes the server's OpenAPI document to
 * `sdk/openapi.json` and the SDK's types to `sdk/src/schema.d.ts`.
 * `npm run sdk:check`: fails when either committed file differs from what the
 * server would generate now (CI runs it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const sdkDir = path.resolve(import.meta.dirname, '../../sdk');
const files = {
  document: path.join(sdkDir, 'openapi.json'),
  types: path.join(sdkDir, 'src/schema.d.ts'),
};

async function generate(): Promise<{ document: string; types: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mercato-sdk-'));
  // Fixed settings, so the document does not depend on the machine that generates it.
  const config = loadConfig(
    {},
    {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      JOBS_WORKER: false,
      PUBLIC_URL: 'http://localhost:8000',
      DATABASE_URL: '',
    },
  );
  const app = await buildApp(config, { jobsMode: 'off' });
  try {
    await app.ready();
    const doc = app.swagger();
    const document = `${JSON.stringify(doc, null, 2)}\n`;
    const ast = await openapiTS(JSON.parse(document));
    const types = `/**\n * Generated from sdk/openapi.json by \`npm run sdk:generate\`. Do not edit.\n */\n\n${astToString(ast)}`;
    return { document, types };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const mode = process.argv[2];
const generated = await generate();
if (mode === 'write') {
  writeFileSync(files.document, generated.document);
  writeFileSync(files.types, generated.types);
  console.log(
    `Wrote ${path.relative(process.cwd(), files.document)} and ${path.relative(process.cwd(), files.types)}.`,
  );
} else if (mode === 'check') {
  const stale = (Object.keys(files) as (keyof typeof files)[]).filter((k) => read(files[k]) !== generated[k]);
  if (stale.length > 0) {
    console.error(
      `The committed SDK is stale: ${stale.map((k) => path.relative(path.resolve(sdkDir, '..'), files[k])).join(', ')} ` +
        'differ from what the server generates. Run `npm run sdk:generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log('The committed SDK matches the server.');
} else {
  console.error('usage: tsx scripts/sdk.ts write|check');
  process.exit(2);
}

/**
 * The import boundaries `npm run lint` enforces (biome.json's overrides): a
 * module reaches another only through its `index.ts`; platform/ and db/ import
 * no module; the web app imports no server code. Biome runs with the
 * repository's own configuration over a scratch tree of deliberate violations
 * and of imports that must stay allowed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

const FILES: Record<string, string> = {
  // Violations.
  'server/src/modules/shop/reaches-in.ts': "export { StockLedger } from '../catalog/stock.js';\n",
  'server/src/modules/shop/reaches-in-by-type.ts':
    "export type { SizeRow } from '../catalog/catalog.repository.js';\n",
  'server/src/modules/shop/reaches-in-roundabout.ts':
    "export { CatalogService } from '../../modules/catalog/catalog.service.js';\n",
  'server/src/modules/shop/nested/reaches-in.ts': "export { StockLedger } from '../../catalog/stock.js';\n",
  'server/src/modules/shop/reaches-in-lazily.ts':
    "export const load = () => import('../identity/api-clients.service.js');\n",
  'server/src/platform/uses-a-module.ts': "export { catalogModule } from '../modules/catalog/index.js';\n",
  'server/src/db/uses-a-module.ts': "export type { CatalogServices } from '../modules/catalog/index.js';\n",
  'web/src/areas/uses-server-code.ts': "export { buildApp } from '../../../server/src/app.js';\n",
  'web/src/areas/uses-server-package.ts': "export { buildApp } from '@mercato/server/src/app.js';\n",
  // Allowed.
  'server/src/modules/shop/allowed.ts': [
    "export { CatalogService } from '../catalog/index.js';",
    "export { AppError } from '../../platform/errors.js';",
    "export type { DB } from '../../db/dialect.js';",
    "export { CartService } from './cart.service.js';",
    "export { identityModule } from '../../modules/identity/index.js';",
    '',
  ].join('\n'),
  'server/src/modules/shop/nested/allowed.ts': [
    "export { CatalogService } from '../../catalog/index.js';",
    "export { AppError } from '../../../platform/errors.js';",
    "export { CartService } from '../cart.service.js';",
    '',
  ].join('\n'),
  'server/src/platform/allowed.ts':
    "export { AppError } from './errors.js';\nexport type { DB } from '../db/dialect.js';\n",
  'web/src/areas/allowed.ts':
    "export type { paths } from '@mercato/sdk';\nexport { api } from '../lib/api.js';\n",
};

let dir: string;
let reported: Map<string, string[]>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mercato-boundaries-'));
  // The repository's configuration, as it is (the scratch tree is no git checkout, so no VCS).
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const run = spawnSync(BIOME, ['lint', '--max-diagnostics=100', '--colors=off', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(run.error).toBeUndefined();
  // Every diagnostic starts `path:line:col rule`.
  reported = new Map();
  for (const m of `${run.stdout}\n${run.stderr}`.matchAll(/^(\S+):\d+:\d+ (lint\/\S+)/gm)) {
    const list = reported.get(m[1]!) ?? [];
    list.push(m[2]!);
    reported.set(m[1]!, list);
  }
  expect(run.status, 'biome lint fails when an import crosses a boundary').toBe(1);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('import boundaries (npm run lint)', () => {
  it.each([
    'server/src/modules/shop/reaches-in.ts',
    'server/src/modules/shop/reaches-in-by-type.ts',
    'server/src/modules/shop/reaches-in-roundabout.ts',
    'server/src/modules/shop/nested/reaches-in.ts',
    'server/src/modules/shop/reaches-in-lazily.ts',
    'server/src/platform/uses-a-module.ts',
    'server/src/db/uses-a-module.ts',
    'web/src/areas/uses-server-code.ts',
    'web/src/areas/uses-server-package.ts',
  ])('refuses %s', (file) => {
    expect(reported.get(file)).toEqual(['lint/style/noRestrictedImports']);
  });

  it.each([
    'server/src/modules/shop/allowed.ts',
    'server/src/modules/shop/nested/allowed.ts',
    'server/src/platform/allowed.ts',
    'web/src/areas/allowed.ts',
  ])('allows %s', (file) => {
    expect(reported.get(file)).toBeUndefined();
  });
});

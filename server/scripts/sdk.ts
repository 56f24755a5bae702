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
  enums: path.join(sdkDir, 'src/enums.ts'),
};

type JsonSchema = {
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  type?: unknown;
};

/** The string values a property may take, when it is an enumeration (a union of literals, maybe or null). */
function enumOf(schema: JsonSchema): string[] | undefined {
  if (schema.type === 'null') return [];
  if (Array.isArray(schema.enum))
    return schema.enum.every((v) => typeof v === 'string') ? (schema.enum as string[]) : undefined;
  if (typeof schema.const === 'string') return [schema.const];
  const options = schema.anyOf ?? schema.oneOf;
  if (!options) return undefined;
  const values: string[] = [];
  for (const option of options) {
    const inner = enumOf(option);
    if (inner === undefined) return undefined;
    values.push(...inner);
  }
  return values.length > 0 ? values : undefined;
}

/**
 * `sdk/src/enums.ts`: every enumerated property of the document's schemas as
 * an array of its values, in the document's order (`enumValues.BillingPayment
 * .billing_month`), so clients build their choices from the API instead of
 * copying its lists. Typed against the generated schema types.
 */
function enumsModule(doc: {
  components?: { schemas?: Record<string, { properties?: Record<string, JsonSchema> }> };
}) {
  const lines: string[] = [];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const props = Object.entries(schema.properties ?? {}).flatMap(([prop, value]) => {
      const values = enumOf(value);
      return values && values.length > 1 ? [[prop, values] as const] : [];
    });
    if (props.length === 0) continue;
    lines.push(`  ${name}: {`);
    for (const [prop, values] of props) {
      const type = `NonNullable<components['schemas'][${JSON.stringify(name)}][${JSON.stringify(prop)}]>`;
      lines.push(
        `    ${prop}: [${values.map((v) => JSON.stringify(v)).join(', ')}] as const satisfies readonly ${type}[],`,
      );
    }
    lines.push('  },');
  }
  return [
    '/**',
    ' * Generated from sdk/openapi.json by `npm run sdk:generate`. Do not edit.',
    " * Every enumerated property's values, in the API's order.",
    ' */',
    '',
    "import type { components } from './schema.js';",
    '',
    'export const enumValues = {',
    ...lines,
    '} as const;',
    '',
  ].join('\n');
}

async function generate(): Promise<{ document: string; types: string; enums: string }> {
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
    return { document, types, enums: enumsModule(doc as Parameters<typeof enumsModule>[0]) };
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
  writeFileSync(files.enums, generated.enums);
  console.log(
    `Wrote ${Object.values(files)
      .map((f) => path.relative(process.cwd(), f))
      .join(', ')}.`,
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

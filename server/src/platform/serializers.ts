/**
 * Fastify's response serializers (fast-json-stringify), with two changes:
 *
 * - Each compiles on its route's first answer instead of all at start:
 *   compiling every route's response schemas took about a quarter of the
 *   start-up time. Each compile gets fresh options, so one route's compile never
 *   changes another's shared schemas.
 * - Unions that only say "this, or null" or "one of these strings" are handed
 *   to the compiler as `nullable` and plain types. fast-json-stringify picks a
 *   branch of an `anyOf` by validating the value against each one with Ajv at
 *   every answer (a `date-time` checked by its format on every profile read);
 *   the output is the same without. The OpenAPI document keeps the unions.
 */
import SerializerSelector, {
  type SerializerCompiler,
  type Options as SerializerOptions,
} from '@fastify/fast-json-stringify-compiler';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean']);
const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'not', 'if'];

function isNullSchema(schema: unknown): boolean {
  return isObject(schema) && schema.type === 'null' && Object.keys(schema).length === 1;
}

/** `{type: T}` or `{type: T, const: c}` (a literal), T primitive: its primitive type. */
function primitiveOf(schema: Schema): string | undefined {
  const keys = Object.keys(schema).filter((k) => k !== 'const' && k !== 'description' && k !== 'title');
  return keys.length === 1 && typeof schema.type === 'string' && PRIMITIVES.has(schema.type)
    ? schema.type
    : undefined;
}

/** Shared schemas by `$id`, to inline a `$ref` that may be null (Ajv refuses `nullable` beside `$ref`). */
type Shared = ReadonlyMap<string, Schema>;

/** What one union becomes, or undefined to keep it as it is. */
function simplifyUnion(options: unknown[], shared: Shared): Schema | undefined {
  const nonNull = options.filter((o) => !isNullSchema(o));
  const nullable = nonNull.length < options.length;
  if (!nonNull.every(isObject)) return undefined;
  if (nonNull.length === 1) {
    let only = nonNull[0] as Schema;
    if (typeof only.$ref === 'string') {
      const target = shared.get(only.$ref);
      if (target === undefined || Object.keys(only).length !== 1) return undefined;
      const { $id: _id, ...inlined } = target;
      only = inlined;
    }
    if (COMBINATORS.some((k) => k in only) || typeof only.type !== 'string') return undefined;
    return nullable ? { ...only, nullable: true } : only;
  }
  const types = new Set(nonNull.map(primitiveOf));
  if (types.size !== 1 || types.has(undefined)) return undefined;
  return { type: [...types][0], ...(nullable ? { nullable: true } : {}) };
}

/** A copy of `schema` with its simple unions flattened (see above); `shared` are the schemas `$ref`s name. */
export function simplifyForSerializer<T>(schema: T, shared: Shared = new Map()): T {
  if (Array.isArray(schema)) return schema.map((item) => simplifyForSerializer(item, shared)) as T;
  if (!isObject(schema)) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = simplifyForSerializer(value, shared);
  const union = Array.isArray(out.anyOf) ? out.anyOf : Array.isArray(out.oneOf) ? out.oneOf : undefined;
  if (union === undefined) return out as T;
  const simple = simplifyUnion(union, shared);
  if (simple === undefined) return out as T;
  const { anyOf: _anyOf, oneOf: _oneOf, ...siblings } = out;
  return { ...siblings, ...simple } as T;
}

/** The shared schemas, simplified, by `$id`. */
function sharedById(externalSchemas: unknown): Map<string, Schema> {
  const byId = new Map<string, Schema>();
  if (!isObject(externalSchemas)) return byId;
  for (const schema of Object.values(externalSchemas)) {
    if (isObject(schema) && typeof schema.$id === 'string') byId.set(schema.$id, schema);
  }
  // Inlined schemas may refer to others: simplify each with the raw ones at hand.
  for (const [id, schema] of byId) byId.set(id, simplifyForSerializer(schema, byId));
  return byId;
}

export function lazySerializers(externalSchemas?: unknown, options?: SerializerOptions): SerializerCompiler {
  const factory = SerializerSelector();
  // Simplified once, on the first compile, for every route of this context.
  let shared: Map<string, Schema> | undefined;
  return (route) => {
    let serialize: ((doc: unknown) => string) | undefined;
    return (doc) => {
      if (serialize === undefined) {
        shared ??= sharedById(externalSchemas);
        serialize = factory(
          Object.fromEntries(shared),
          options,
        )({ ...route, schema: simplifyForSerializer(route.schema, shared) });
      }
      return serialize(doc);
    };
  };
}

/**
 * Fastify's request validators (Ajv, through `@fastify/ajv-compiler`), with one
 * check added after each: the validated value may hold no non-finite number and
 * no NUL character, anywhere.
 *
 * Ajv's type coercion turns the query string `page=-Infinity` or a body's
 * `"stock": "-1e999"` into a number that passes `type: integer` (and its
 * `strictNumbers` option checks values before coercion only), and a JSON body may
 * say `1e999`, which parses to `Infinity`. NUL characters are stored by SQLite and
 * refused late by PostgreSQL. Checking the coerced value, whatever its schema,
 * closes both for every route and every part (params, query string, body,
 * headers), with the same 400 field errors as any other invalid input.
 */
import AjvCompiler, { type ValidatorFactory } from '@fastify/ajv-compiler';

/** An error shaped like Ajv's, which `validationErrors` turns into field messages. */
export interface InputError {
  keyword: 'finite' | 'nul';
  instancePath: string;
  schemaPath: string;
  params: Record<string, never>;
  message: string;
}

const pointer = (segment: string | number) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** Every non-finite number and string (or key) with a NUL character in `value`; iterative, so any depth is safe. */
export function hostileValues(value: unknown): InputError[] {
  const errors: InputError[] = [];
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) errors.push(inputError('nul', path));
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) errors.push(inputError('finite', path));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}/${i}`]);
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current).reverse()) {
        const child = `${path}/${pointer(key)}`;
        if (key.includes('\u0000')) errors.push(inputError('nul', child));
        else stack.push([(current as Record<string, unknown>)[key], child]);
      }
    }
  }
  return errors;
}

function inputError(keyword: InputError['keyword'], path: string): InputError {
  const message = keyword === 'nul' ? 'must not contain NUL characters' : 'must be finite';
  return { keyword, instancePath: path, schemaPath: '', params: {}, message };
}

/** What Fastify hands a validator compiler for one part of one route. */
interface RouteSchema {
  schema: unknown;
  method: string;
  url: string;
  httpPart?: string;
}

interface Validate {
  (data: unknown, context?: unknown): unknown;
  errors?: unknown[] | null;
  schemaEnv?: unknown;
}

type BuildValidator = (externalSchemas: unknown, options: unknown) => (route: RouteSchema) => Validate;

/**
 * Header names are case-insensitive and Node gives them in lower case: Fastify
 * lower-cases a headers schema's property names, but not when the validator
 * compiler is a custom one (this), so this does.
 */
function lowerCaseHeaders(route: RouteSchema): RouteSchema {
  const schema = route.schema as { properties?: Record<string, unknown>; required?: unknown } | null;
  if (typeof schema !== 'object' || schema === null) return route;
  const lower = { ...schema };
  if (schema.properties) {
    lower.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, value]) => [name.toLowerCase(), value]),
    );
  }
  if (Array.isArray(schema.required))
    lower.required = schema.required.map((name) => String(name).toLowerCase());
  return { ...route, schema: lower };
}

/**
 * A `schemaController.compilersFactory.buildValidator` for `Fastify({...})`:
 * Fastify's own, each validator followed by `hostileValues` on what it coerced.
 */
export function finiteInputValidators(): ValidatorFactory {
  const build = AjvCompiler() as unknown as BuildValidator;
  const factory: BuildValidator = (externalSchemas, options) => {
    const compile = build(externalSchemas, options);
    return (route) => {
      const validate = compile(route.httpPart === 'headers' ? lowerCaseHeaders(route) : route);
      const checked: Validate = (data, context) => {
        const valid = validate(data, context) === true;
        // Ajv coerces in place, and replaces a coerced root value in its parent (the request).
        const parent = context as
          | { parentData?: Record<string, unknown>; parentDataProperty?: string }
          | undefined;
        const coerced =
          parent?.parentData && parent.parentDataProperty
            ? parent.parentData[parent.parentDataProperty]
            : data;
        const hostile = hostileValues(coerced);
        if (valid && hostile.length === 0) {
          checked.errors = null;
          return true;
        }
        checked.errors = [...(valid ? [] : (validate.errors ?? [])), ...hostile];
        return false;
      };
      // Fastify passes the request as parent data only to validators that have a `schemaEnv`
      // (so Ajv can replace a coerced root value): keep that.
      if (validate.schemaEnv) checked.schemaEnv = validate.schemaEnv;
      return checked;
    };
  };
  // Fastify's type describes Ajv's own compile function; what it calls is this route-schema form.
  return factory as unknown as ValidatorFactory;
}

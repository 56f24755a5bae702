/**
 * One error type for the whole server and one handler that turns every 4xx/5xx
 * into an `application/problem+json` body: `{type, title, status,
 * detail, code}`, plus `errors: {field: [messages]}` for validation failures.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import pg from 'pg';
import { Type } from 'typebox';
import { databaseFault } from '../db/dialect.js';
import { storageHealthOf } from './storage-health.js';

export type FieldErrors = Record<string, string[]>;

export interface AppErrorOptions {
  code: string;
  status: number;
  detail: string;
  errors?: FieldErrors;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/** Thrown by services; mapped to HTTP in one place. Clients branch on `code`. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldErrors | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor({ code, status, detail, errors, headers }: AppErrorOptions) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
  }

  static badRequest(detail: string, errors?: FieldErrors, code = 'VALIDATION_ERROR'): AppError {
    return new AppError({ code, status: 400, detail, ...(errors ? { errors } : {}) });
  }
  static notFound(detail = 'Not found.', code = 'NOT_FOUND'): AppError {
    return new AppError({ code, status: 404, detail });
  }
  static conflict(detail: string, code = 'CONFLICT'): AppError {
    return new AppError({ code, status: 409, detail });
  }
  static unauthorized(
    detail = 'Authentication credentials were not provided.',
    code = 'NOT_AUTHENTICATED',
  ): AppError {
    return new AppError({ code, status: 401, detail });
  }
  static forbidden(
    detail = 'You do not have permission to perform this action.',
    code = 'PERMISSION_DENIED',
  ): AppError {
    return new AppError({ code, status: 403, detail });
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldErrors;
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      description: 'A URI naming the kind of problem; `about:blank` when the status says it all.',
    }),
    title: Type.String({ description: 'The HTTP status phrase.' }),
    status: Type.Integer(),
    detail: Type.String({ description: 'A sentence for people.' }),
    code: Type.String({ description: 'A stable UPPER_SNAKE code for programs.' }),
    errors: Type.Optional(
      Type.Record(Type.String(), Type.Array(Type.String()), {
        description: 'Field errors: field name → messages.',
      }),
    ),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details.' },
);

export function problem(status: number, code: string, detail: string, errors?: FieldErrors): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && Object.keys(errors).length > 0 ? { errors } : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  body: Problem,
  headers?: Record<string, string>,
): FastifyReply {
  if (headers) reply.headers(headers);
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

// ---- validation errors (Ajv) → DRF-style field errors -------------------------

interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldName(err: AjvError, context: string | undefined): string {
  const pathParts = err.instancePath.split('/').filter(Boolean);
  if (err.keyword === 'required' && typeof err.params.missingProperty === 'string') {
    pathParts.push(err.params.missingProperty);
  }
  if (err.keyword === 'additionalProperties' && typeof err.params.additionalProperty === 'string') {
    pathParts.push(err.params.additionalProperty);
  }
  if (pathParts.length === 0) return context === 'body' || !context ? 'non_field_errors' : context;
  return pathParts.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function humanMessage(err: AjvError): string {
  const p = err.params;
  switch (err.keyword) {
    case 'required':
      return 'This field is required.';
    case 'minLength':
      return Number(p.limit) === 1
        ? 'This field may not be blank.'
        : `Ensure this field has at least ${p.limit} characters.`;
    case 'maxLength':
      return `Ensure this field has no more than ${p.limit} characters.`;
    case 'minimum':
      return `Ensure this value is greater than or equal to ${p.limit}.`;
    case 'exclusiveMinimum':
      return `Ensure this value is greater than ${p.limit}.`;
    case 'maximum':
      return `Ensure this value is less than or equal to ${p.limit}.`;
    case 'exclusiveMaximum':
      return `Ensure this value is less than ${p.limit}.`;
    case 'minItems':
      return `Ensure this list has at least ${p.limit} items.`;
    case 'maxItems':
      return `Ensure this list has no more than ${p.limit} items.`;
    case 'type': {
      const type = String(p.type);
      if (type === 'integer') return 'A valid integer is required.';
      if (type === 'number') return 'A valid number is required.';
      if (type === 'boolean') return 'Must be a valid boolean.';
      if (type === 'string') return 'Not a valid string.';
      if (type === 'array') return 'Expected a list of items.';
      if (type === 'object') return 'Expected an object.';
      return `Must be of type ${type}.`;
    }
    case 'format':
      if (p.format === 'email') return 'Enter a valid email address.';
      if (p.format === 'uuid') return 'Must be a valid UUID.';
      if (p.format === 'date-time') return 'Datetime has wrong format. Use ISO 8601.';
      if (p.format === 'date') return 'Date has wrong format. Use YYYY-MM-DD.';
      if (p.format === 'uri') return 'Enter a valid URL.';
      return `Must be a valid ${String(p.format)}.`;
    case 'enum':
      return `Must be one of: ${(p.allowedValues as unknown[]).join(', ')}.`;
    case 'const':
      return `Must be ${JSON.stringify(p.allowedValue)}.`;
    case 'pattern':
      return 'This value does not have the expected format.';
    case 'additionalProperties':
      return 'This field is not allowed.';
    case 'anyOf':
    case 'oneOf':
      return 'This value is not valid.';
    // The two checks platform/validation.ts adds to every validator.
    case 'finite':
      return 'A valid number is required (not infinite).';
    case 'nul':
      return 'Null characters are not allowed.';
    default:
      return err.message
        ? `${err.message.charAt(0).toUpperCase()}${err.message.slice(1)}.`
        : 'Invalid value.';
  }
}

export function validationErrors(errors: AjvError[], context: string | undefined): FieldErrors {
  const out: FieldErrors = {};
  // A failed `anyOf` also reports each branch's failure; keep the branch messages only when nothing better exists.
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  for (const err of specific.length > 0 ? specific : errors) {
    const field = fieldName(err, context);
    const message = humanMessage(err);
    const list = out[field] ?? [];
    if (!list.includes(message)) list.push(message);
    out[field] = list;
  }
  return out;
}

// ---- the one handler ---------------------------------------------------------

/** What a 503 for an unreachable or unwritable database tells clients to wait. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    detail: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    detail: 'The request body is empty but its content type says JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'This content type is not accepted here; send application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'BAD_REQUEST',
    detail: 'The Content-Length header does not match the body.',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'BAD_REQUEST',
    detail: 'The URL is not valid: check its percent-encoding.',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    status: 400,
    code: 'BAD_REQUEST',
    detail: 'The Content-Type header is not valid.',
  },
};

export function errorHandler(
  error: FastifyError | AppError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ err: error }, 'application error');
    return sendProblem(reply, problem(error.status, error.code, error.detail, error.errors), error.headers);
  }
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    const errors = validationErrors(fe.validation, fe.validationContext);
    const fields = Object.keys(errors).filter((f) => f !== 'non_field_errors');
    const detail =
      fields.length > 0
        ? `Invalid input: check ${fields.join(', ')}.`
        : (errors.non_field_errors?.[0] ?? 'Invalid input.');
    return sendProblem(reply, problem(400, 'VALIDATION_ERROR', detail, errors));
  }
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return sendProblem(reply, problem(known.status, known.code, known.detail));
  if (error instanceof pg.DatabaseError && (error.code?.startsWith('22') || error.code === '54000')) {
    // PostgreSQL's "data exception" class: a value it cannot take (a NUL character
    // in text, a number out of range) that validation let through; or a value too
    // large for an index (54000). Bad input, not a fault.
    request.log.warn({ err: error }, 'value refused by PostgreSQL');
    return sendProblem(
      reply,
      problem(
        400,
        'INVALID_VALUE',
        'A value in the request cannot be stored: check for NUL characters, numbers out of range or very long text.',
      ),
    );
  }

  const fault = databaseFault(error);
  if (fault) {
    // The database is away or cannot write: the client may try again; nothing is wrong with its request.
    request.log.error({ err: error }, `database ${fault === 'storage' ? 'cannot write' : 'unreachable'}`);
    const db = request.server.ctx?.db;
    if (fault === 'storage' && db) storageHealthOf(db).failed(error);
    return sendProblem(
      reply,
      problem(
        503,
        'SERVICE_UNAVAILABLE',
        'The service cannot use its database right now. Try again in a few seconds.',
      ),
      { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    );
  }

  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    // Fastify's and its plugins' own 4xx errors: their messages are written for clients.
    const code =
      status === 429
        ? 'RATE_LIMITED'
        : status === 404
          ? 'NOT_FOUND'
          : status === 405
            ? 'METHOD_NOT_ALLOWED'
            : 'BAD_REQUEST';
    return sendProblem(reply, problem(status, code, fe.message || STATUS_CODES[status] || 'Bad request.'));
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    reply,
    problem(
      500,
      'INTERNAL_ERROR',
      `Something went wrong on our side. Quote request id ${request.id} when you report it.`,
    ),
  );
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    reply,
    problem(404, 'NOT_FOUND', `No route matches ${request.method} ${request.url.split('?')[0]}.`),
  );
}

/** Registers the handlers and the shared `Problem` schema that every route's 4xx/5xx responses refer to. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.addSchema(ProblemSchema);
  app.setErrorHandler(errorHandler);
}

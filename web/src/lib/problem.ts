/**
 * From what an API call returned (an `application/problem+json` body, something
 * else, or no answer at all) to what a page shows: a sentence and, for forms,
 * the messages next to each field. Pure, so it is unit-tested in Node.
 */

export type FieldErrors = Record<string, string[]>;

/** The problem details of a failed call, always complete. */
export interface ProblemInfo {
  /** HTTP status; 0 when the server never answered. */
  status: number;
  /** Stable UPPER_SNAKE code; `NETWORK_ERROR` or `HTTP_<status>` when the body had none. */
  code: string;
  /** A sentence for people. */
  detail: string;
  errors: FieldErrors;
}

/** What a call through the SDK came to: its data, or a problem. */
export type Outcome<T> = { ok: true; data: T; status: number } | { ok: false; problem: ProblemInfo };

export const NETWORK_DETAIL = 'Could not reach the server. Check your connection and try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function genericDetail(status: number): string {
  if (status === 401) return 'Please sign in to continue.';
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return 'Not found.';
  if (status === 429) return 'Too many requests. Wait a moment and try again.';
  if (status >= 500) return 'The server had a problem. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

function messagesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  return [];
}

/** Reads any error body (problem+json or not) into a complete `ProblemInfo`. */
export function toProblem(status: number, body: unknown): ProblemInfo {
  const errors: FieldErrors = {};
  let code = `HTTP_${status}`;
  let detail = '';
  if (isRecord(body)) {
    if (typeof body.code === 'string' && body.code) code = body.code;
    if (typeof body.detail === 'string') detail = body.detail.trim();
    if (!detail && typeof body.title === 'string') detail = body.title.trim();
    if (isRecord(body.errors)) {
      for (const [field, value] of Object.entries(body.errors)) {
        const messages = messagesOf(value);
        if (messages.length) errors[field] = messages;
      }
    }
  }
  return { status, code, detail: detail || genericDetail(status), errors };
}

export function networkProblem(): ProblemInfo {
  return { status: 0, code: 'NETWORK_ERROR', detail: NETWORK_DETAIL, errors: {} };
}

/** A problem made on this side (e.g. two passwords that differ), shaped like the server's. */
export function localProblem(detail: string, errors: FieldErrors = {}): ProblemInfo {
  return { status: 400, code: 'VALIDATION_ERROR', detail, errors };
}

/** API field names as the forms label them, where the label is not the name said in words. */
const FIELD_LABELS: Record<string, string> = {
  old_password: 'Current password',
  new_password: 'New password',
  new_password2: 'Confirm new password',
  password2: 'Confirm password',
  line1: 'Address',
  line2: 'Address line 2',
  state: 'State or region',
  size_id: 'Size',
  user_type: 'Role',
  delta: 'Change',
  sku: 'SKU',
  is_active: 'On sale in the shop',
};

/**
 * The label a person knows a field by: `old_password` → "Current password",
 * `phone_number` → "Phone number", `variants.0.sizes.1.sku` → "Colour 1, size 2: SKU".
 */
export function fieldLabel(field: string): string {
  const parts = field.split('.');
  const last = parts.at(-1) ?? field;
  const words = last.replaceAll('_', ' ').trim();
  const label = FIELD_LABELS[last] ?? (words ? words[0]!.toUpperCase() + words.slice(1) : field);
  const where: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const index = Number(parts[i + 1]);
    if (!Number.isInteger(index)) continue;
    if (parts[i] === 'variants') where.push(`Colour ${index + 1}`);
    else if (parts[i] === 'sizes') where.push(`size ${index + 1}`);
  }
  return where.length ? `${where.join(', ')}: ${label}` : label;
}

/** The server's "Invalid input: check old_password, new_password." with the fields' labels instead. */
export function withLabels(detail: string): string {
  const match = /^(Invalid input: check )(.+)\.$/.exec(detail);
  if (!match) return detail;
  const names = match[2]!.split(',').map((name) => fieldLabel(name.trim()));
  return `${match[1]}${names.join(', ')}.`;
}

export interface FormErrors<F extends string> {
  /** Messages shown under each known field. */
  fields: Partial<Record<F, string[]>>;
  /** The sentence above the form: the problem's detail, plus messages for fields the form does not show. */
  message: string | undefined;
}

/**
 * Splits a problem into messages for the form's own fields and one sentence for
 * the rest. Errors on fields the form has no input for (or `non_field_errors`)
 * are not lost: they join the summary.
 */
export function formErrors<F extends string>(
  problem: ProblemInfo | undefined,
  fields: readonly F[],
): FormErrors<F> {
  if (!problem) return { fields: {}, message: undefined };
  const known = new Set<string>(fields);
  const out: Partial<Record<F, string[]>> = {};
  const extra: string[] = [];
  for (const [field, messages] of Object.entries(problem.errors)) {
    if (known.has(field)) out[field as F] = messages;
    else if (field === 'non_field_errors' || field === 'detail' || field === '') extra.push(...messages);
    else extra.push(...messages.map((m) => `${fieldLabel(field)}: ${m}`));
  }
  const message = [withLabels(problem.detail), ...extra].filter(Boolean).join(' ');
  return { fields: out, message: message || undefined };
}

interface SdkResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

/**
 * Awaits one SDK call and folds it into an `Outcome`: `data` on 2xx, a complete
 * problem otherwise, and a network problem when the request never got an answer.
 * Aborted requests still reject, so callers can ignore them.
 */
export async function settle<R extends SdkResult>(
  call: Promise<R>,
  signal?: AbortSignal,
): Promise<Outcome<DataOf<R>>> {
  let result: R;
  try {
    result = await call;
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, problem: networkProblem() };
  }
  const { response } = result;
  if (response.ok) return { ok: true, data: result.data as DataOf<R>, status: response.status };
  return { ok: false, problem: toProblem(response.status, result.error) };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** "This field is required." for each empty value, as the server would say it; undefined when none is empty. */
export function requiredProblem(values: Record<string, string>): ProblemInfo | undefined {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    if (!value.trim()) errors[field] = ['This field is required.'];
  }
  return Object.keys(errors).length ? localProblem('Fill in the required fields.', errors) : undefined;
}

/** Phone-like text: an optional +, then digits with spaces, dots, dashes or brackets between them. */
// Escaped so it is valid in the browser's `pattern` (compiled with the `v` flag) as well as here.
export const PHONE_PATTERN = String.raw`\+?[0-9\(][0-9 \(\)\.\-]{4,30}`;
const PHONE = new RegExp(`^(?:${PHONE_PATTERN})$`, 'v');

/** A phone number that is not one, as a problem on `field`; undefined when it is empty or phone-like. */
export function phoneProblem(value: string, field = 'phone'): ProblemInfo | undefined {
  const phone = value.trim();
  if (!phone || (PHONE.test(phone) && (phone.match(/[0-9]/g)?.length ?? 0) >= 5)) return undefined;
  return localProblem('Check the phone number.', {
    [field]: ['Enter a phone number: digits, spaces and + ( ) - only, like +1 555 010 0199.'],
  });
}

/** A password typed twice that differs, as the server words it; undefined when both match. */
export function mismatchProblem(password: string, repeat: string, field: string): ProblemInfo | undefined {
  if (password === repeat) return undefined;
  return localProblem('The two passwords differ.', { [field]: ["Password fields didn't match."] });
}

/** The first local problem of a form, as a failed `Outcome`, or undefined when there is none. */
export function firstProblem(
  ...problems: (ProblemInfo | undefined)[]
): { ok: false; problem: ProblemInfo } | undefined {
  const problem = problems.find(Boolean);
  return problem ? { ok: false, problem } : undefined;
}

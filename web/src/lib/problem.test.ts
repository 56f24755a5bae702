import { describe, expect, it } from 'vitest';
import { formErrors, localProblem, NETWORK_DETAIL, requiredProblem, settle, toProblem } from './problem.js';

const validation = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Invalid input: check password.',
  code: 'VALIDATION_ERROR',
  errors: {
    password: ['This password is too short.', 'This password is too common.'],
    phone_number: ['Enter a valid phone number.'],
    non_field_errors: ['Something about the whole form.'],
  },
};

describe('toProblem', () => {
  it('keeps the code, detail and field errors of a problem+json body', () => {
    const problem = toProblem(400, validation);
    expect(problem).toEqual({
      status: 400,
      code: 'VALIDATION_ERROR',
      detail: 'Invalid input: check password.',
      errors: validation.errors,
    });
  });

  it('falls back to the title, then to a sentence for the status, and to HTTP_<status> as the code', () => {
    expect(toProblem(404, { title: 'Not Found' })).toMatchObject({ code: 'HTTP_404', detail: 'Not Found' });
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({
      status: 502,
      code: 'HTTP_502',
      detail: 'The server had a problem. Try again in a moment.',
      errors: {},
    });
    expect(toProblem(429, undefined).detail).toMatch(/Too many requests/);
  });

  it('drops field errors that are not lists of strings, and accepts a bare string', () => {
    const problem = toProblem(400, { detail: 'x', code: 'C', errors: { a: 'one', b: [1, ' '], c: null } });
    expect(problem.errors).toEqual({ a: ['one'] });
  });
});

describe('formErrors', () => {
  it('puts messages under the fields the form shows and the rest in the summary', () => {
    const { fields, message } = formErrors(toProblem(400, validation), ['email', 'password'] as const);
    expect(fields).toEqual({ password: validation.errors.password });
    expect(fields.email).toBeUndefined();
    expect(message).toBe(
      'Invalid input: check password. phone number: Enter a valid phone number. Something about the whole form.',
    );
  });

  it('shows only the detail when the problem has no field errors', () => {
    const problem = toProblem(401, {
      detail: 'No active account found with the given credentials.',
      code: 'INVALID_CREDENTIALS',
    });
    expect(formErrors(problem, ['email'] as const)).toEqual({
      fields: {},
      message: 'No active account found with the given credentials.',
    });
  });

  it('is empty before anything failed', () => {
    expect(formErrors(undefined, ['email'] as const)).toEqual({ fields: {}, message: undefined });
  });
});

describe('requiredProblem', () => {
  it('names every empty (or blank) field and nothing else', () => {
    const problem = requiredProblem({ email: ' ', password: 'secret', name: '' });
    expect(problem).toEqual(
      localProblem('Fill in the required fields.', {
        email: ['This field is required.'],
        name: ['This field is required.'],
      }),
    );
    expect(requiredProblem({ email: 'a@b.c' })).toBeUndefined();
  });
});

describe('settle', () => {
  const respond = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status });

  it('returns the data of a 2xx answer', async () => {
    const outcome = await settle(Promise.resolve({ data: { ok: 1 }, response: respond(200, { ok: 1 }) }));
    expect(outcome).toEqual({ ok: true, data: { ok: 1 }, status: 200 });
  });

  it('returns the problem of an error answer', async () => {
    const outcome = await settle(Promise.resolve({ error: validation, response: respond(400, validation) }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.errors.password).toHaveLength(2);
  });

  it('turns a failed fetch into a network problem, but lets an abort reject', async () => {
    const outcome = await settle(Promise.reject(new TypeError('Failed to fetch')));
    expect(outcome).toEqual({
      ok: false,
      problem: { status: 0, code: 'NETWORK_ERROR', detail: NETWORK_DETAIL, errors: {} },
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      settle(Promise.reject(new DOMException('aborted', 'AbortError')), controller.signal),
    ).rejects.toThrow('aborted');
  });
});

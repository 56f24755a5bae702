import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  formErrors,
  localProblem,
  NETWORK_DETAIL,
  PHONE_PATTERN,
  phoneProblem,
  requiredProblem,
  settle,
  toProblem,
} from './problem.js';

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
      'Invalid input: check Password. Phone number: Enter a valid phone number. Something about the whole form.',
    );
  });

  it('names fields by the labels people see, not by their API names', () => {
    const problem = toProblem(400, {
      detail: 'Invalid input: check old_password, new_password2.',
      code: 'VALIDATION_ERROR',
      errors: { old_password: ['Wrong password.'], 'variants.0.sizes.1.sku': ['Already used.'] },
    });
    expect(formErrors(problem, ['new_password'] as const).message).toBe(
      'Invalid input: check Current password, Confirm new password. Current password: Wrong password. Colour 1, size 2: SKU: Already used.',
    );
    expect(fieldLabel('size_id')).toBe('Size');
    expect(fieldLabel('postal_code')).toBe('Postal code');
    // Other sentences are left as they are.
    expect(formErrors(toProblem(409, { detail: 'Check the cart.' }), []).message).toBe('Check the cart.');
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

describe('phoneProblem', () => {
  it('takes phone-like text and empty, refuses anything else with a message on the field', () => {
    for (const ok of ['', '+1 555 010 0199', '(030) 123-4567', '0171.234.5678'])
      expect(phoneProblem(ok)).toBeUndefined();
    for (const bad of ['call me', '12', '+', '555-CALL-NOW', '1234;drop']) {
      expect(phoneProblem(bad)?.errors.phone?.[0], bad).toMatch(/Enter a phone number/);
    }
  });

  it('is a pattern the browser accepts (v flag) and agrees with', () => {
    const browser = new RegExp(`^(?:${PHONE_PATTERN})$`, 'v');
    expect(browser.test('+1 555 010 0199')).toBe(true);
    expect(browser.test('call me')).toBe(false);
  });
});

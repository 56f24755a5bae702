import type { Stripe, StripeElements } from '@stripe/stripe-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentsConfig } from '../../lib/shop.js';

import {
  clearStripeAttempt,
  confirmStripePayment,
  loadStripeJs,
  paymentPath,
  readStripeAttempt,
  STRIPE_JS_UNAVAILABLE,
  saveStripeAttempt,
  stripeFor,
  stripeReturn,
} from './stripe-payment.js';

// Stripe.js only comes from js.stripe.com, which this machine cannot reach: its loader is the one thing mocked.
const { loadStripe } = vi.hoisted(() => ({ loadStripe: vi.fn() }));
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe }));

const manual: PaymentsConfig = {
  provider: 'manual',
  publishable_key: null,
  currency: 'USD',
  test_mode: false,
  methods: [],
};
const stripeConfig = (key: string): PaymentsConfig => ({
  provider: 'stripe',
  publishable_key: key,
  currency: 'USD',
  test_mode: false,
  methods: [],
});

beforeEach(() => {
  loadStripe.mockReset();
});

describe('the choice of payment path', () => {
  it('waits for the settings, then pays manually or through Stripe Elements', () => {
    expect(paymentPath(undefined)).toEqual({ kind: 'loading' });
    expect(paymentPath(manual)).toEqual({ kind: 'manual' });
    expect(paymentPath(stripeConfig('pk_test_a'))).toEqual({ kind: 'stripe', publishableKey: 'pk_test_a' });
    const misconfigured = paymentPath({
      provider: 'stripe',
      publishable_key: null,
      currency: 'USD',
      test_mode: false,
      methods: [],
    });
    expect(misconfigured).toMatchObject({ kind: 'unavailable', problem: { code: 'STRIPE_NOT_CONFIGURED' } });
  });

  it('never loads Stripe.js for the manual provider (nor before the settings are known)', async () => {
    expect(await stripeFor(paymentPath(manual))).toEqual({ ok: true, data: null, status: 200 });
    expect(await stripeFor(paymentPath(undefined))).toMatchObject({ ok: true, data: null });
    expect(loadStripe).not.toHaveBeenCalled();
  });

  it('loads Stripe.js with the publishable key when the provider is stripe, once per key', async () => {
    const instance = { confirmPayment: vi.fn() } as unknown as Stripe;
    loadStripe.mockResolvedValue(instance);
    const first = await stripeFor(paymentPath(stripeConfig('pk_test_once')));
    expect(first).toEqual({ ok: true, data: instance, status: 200 });
    expect(await loadStripeJs('pk_test_once')).toMatchObject({ ok: true, data: instance });
    expect(loadStripe).toHaveBeenCalledTimes(1);
    expect(loadStripe).toHaveBeenCalledWith('pk_test_once');
  });

  it('says clearly when Stripe.js cannot load, and loads again on a retry', async () => {
    loadStripe.mockRejectedValueOnce(new Error('Failed to load Stripe.js'));
    const failed = await loadStripeJs('pk_test_offline');
    expect(failed).toEqual({
      ok: false,
      problem: { status: 503, code: 'STRIPE_JS_UNAVAILABLE', detail: STRIPE_JS_UNAVAILABLE, errors: {} },
    });
    // The loader resolving null (no window, script gone) is the same failure.
    loadStripe.mockResolvedValueOnce(null);
    expect(await loadStripeJs('pk_test_offline')).toMatchObject({ ok: false });
    const instance = {} as Stripe;
    loadStripe.mockResolvedValueOnce(instance);
    expect(await loadStripeJs('pk_test_offline')).toMatchObject({ ok: true, data: instance });
    expect(loadStripe).toHaveBeenCalledTimes(3);
  });
});

describe('confirming with the Payment Element', () => {
  const elements = { id: 'elements' } as unknown as StripeElements;
  const stripeWith = (result: unknown) => {
    const confirmPayment = vi.fn().mockResolvedValue(result);
    return { stripe: { confirmPayment } as unknown as Stripe, confirmPayment };
  };

  it('confirms in the page (redirect only if the method requires it) and accepts paid or settling intents', async () => {
    for (const status of ['succeeded', 'processing']) {
      const { stripe, confirmPayment } = stripeWith({ paymentIntent: { id: 'pi_1', status } });
      expect(await confirmStripePayment(stripe, elements, 'https://shop.test/checkout')).toEqual({
        ok: true,
        data: null,
        status: 200,
      });
      expect(confirmPayment).toHaveBeenCalledWith({
        elements,
        redirect: 'if_required',
        confirmParams: { return_url: 'https://shop.test/checkout' },
      });
    }
  });

  it("turns Stripe's errors into problems the form shows", async () => {
    const declined = stripeWith({
      error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    });
    expect(await confirmStripePayment(declined.stripe, elements, '/')).toEqual({
      ok: false,
      problem: { status: 402, code: 'PAYMENT_DECLINED', detail: 'Your card was declined.', errors: {} },
    });
    const incomplete = stripeWith({
      error: { type: 'validation_error', message: 'Your card number is incomplete.' },
    });
    expect(await confirmStripePayment(incomplete.stripe, elements, '/')).toMatchObject({
      ok: false,
      problem: { code: 'PAYMENT_DETAILS_INVALID' },
    });
    const stuck = stripeWith({ paymentIntent: { id: 'pi_2', status: 'requires_payment_method' } });
    expect(await confirmStripePayment(stuck.stripe, elements, '/')).toMatchObject({
      ok: false,
      problem: { code: 'PAYMENT_NOT_COMPLETED' },
    });
  });
});

describe('an attempt across a redirect', () => {
  function memoryStorage() {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  }
  const address = { full_name: 'Ada', line1: '1 Main St', city: 'Dhaka', postal_code: '1207', country: 'BD' };

  it('keeps intent, Idempotency-Key and address for the intent it was made for only', () => {
    const storage = memoryStorage();
    saveStripeAttempt(storage, { intent: 'pi_1', key: 'k-1', shipping_address: address });
    expect(readStripeAttempt(storage, 'pi_1')).toEqual({
      intent: 'pi_1',
      key: 'k-1',
      shipping_address: address,
    });
    expect(readStripeAttempt(storage, 'pi_other')).toBeUndefined();
    clearStripeAttempt(storage);
    expect(readStripeAttempt(storage, 'pi_1')).toBeUndefined();
  });

  it("reads Stripe's additions to the return URL", () => {
    expect(stripeReturn(new URLSearchParams(''))).toBeUndefined();
    expect(
      stripeReturn(
        new URLSearchParams('payment_intent=pi_1&payment_intent_client_secret=s&redirect_status=succeeded'),
      ),
    ).toEqual({ intent: 'pi_1', status: 'succeeded' });
    expect(stripeReturn(new URLSearchParams('payment_intent=pi_1&redirect_status=failed'))).toEqual({
      intent: 'pi_1',
      status: 'failed',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { PaymentsConfig } from '../../lib/shop.js';
import { defaultMethod, methodGroups, methodHint, payButtonLabel } from './payment-methods.js';

const cod = {
  code: 'cash_on_delivery',
  label: 'Cash on delivery',
  kind: 'offline',
  outcome: 'pending',
} as const;
const bank = { code: 'bank_transfer', label: 'Bank transfer', kind: 'offline', outcome: 'pending' } as const;
const visa = {
  code: 'pm_card_visa',
  label: 'Test card: Visa (succeeds)',
  kind: 'test_card',
  outcome: 'succeeds',
} as const;

const config = (test_mode: boolean, methods: PaymentsConfig['methods']): PaymentsConfig => ({
  provider: 'manual',
  publishable_key: null,
  currency: 'USD',
  test_mode,
  methods,
});

describe('payment choices at checkout', () => {
  it('offers test cards only in test mode, after the offline methods', () => {
    expect(methodGroups(config(true, [visa, cod, bank])).map((g) => g.methods.map((m) => m.code))).toEqual([
      ['cash_on_delivery', 'bank_transfer'],
      ['pm_card_visa', 'card_number'],
    ]);
    expect(methodGroups(config(false, [visa, cod])).flatMap((g) => g.methods.map((m) => m.code))).toEqual([
      'cash_on_delivery',
    ]);
  });

  it('starts on cash on delivery where it is offered', () => {
    expect(defaultMethod(config(true, [visa, bank, cod]))).toBe('cash_on_delivery');
    expect(defaultMethod(config(true, [visa]))).toBe('pm_card_visa');
    expect(defaultMethod(undefined)).toBe('');
  });

  it('says what the button does', () => {
    expect(payButtonLabel(cod, '$24.00')).toBe('Place order, pay on delivery');
    expect(payButtonLabel(bank, '$24.00')).toBe('Place order, pay by bank transfer');
    expect(payButtonLabel(visa, '$24.00')).toBe('Pay $24.00');
    expect(payButtonLabel(undefined, '$24.00')).toBe('Pay $24.00');
    expect(payButtonLabel({ ...bank, code: 'bkash', label: 'bKash' }, '$24.00')).toBe(
      'Place order, pay with bKash',
    );
    expect(methodHint(cod)).toMatch(/courier/);
  });
});

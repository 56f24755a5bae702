import { describe, expect, it } from 'vitest';
import { billRunBody, packageBody, paymentBody, subscriberBody } from './billing-forms.js';

describe('packageBody', () => {
  it('turns the typed values into the body, amounts with two places', () => {
    expect(
      packageBody({ name: ' 25 Mbps ', speed_mbps: '25', price: '12,5', description: ' Home ' }, true),
    ).toEqual({
      ok: true,
      body: { name: '25 Mbps', speed_mbps: 25, price: '12.50', description: 'Home', is_active: true },
    });
  });

  it('says what is wrong with each field, in words', () => {
    const out = packageBody({ name: '', speed_mbps: '2.5', price: 'ten', description: '' }, true);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(Object.keys(out.problem.errors).sort()).toEqual(['name', 'price', 'speed_mbps']);
    expect(out.problem.errors.speed_mbps?.[0]).toMatch(/megabits/);
  });
});

describe('paymentBody', () => {
  const base = {
    amount: '50',
    billing_month: 'MARCH',
    year: '2026',
    payment_method: 'BKASH',
    transaction_id: ' TX-1 ',
    note: '',
  };

  it('sends the month, year and method as the API names them, optional fields only when filled', () => {
    expect(paymentBody(base)).toEqual({
      ok: true,
      body: {
        amount: '50.00',
        billing_month: 'MARCH',
        year: 2026,
        payment_method: 'BKASH',
        transaction_id: 'TX-1',
      },
    });
  });

  it('refuses a zero amount, an unknown month or method, and a year out of range', () => {
    const out = paymentBody({
      ...base,
      amount: '0',
      billing_month: 'MARS',
      payment_method: 'VISA',
      year: '26',
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(Object.keys(out.problem.errors).sort()).toEqual([
      'amount',
      'billing_month',
      'payment_method',
      'year',
    ]);
  });
});

describe('billRunBody', () => {
  it('checks the month and the year', () => {
    expect(billRunBody({ billing_month: 'JULY', year: '2026' })).toEqual({
      ok: true,
      body: { billing_month: 'JULY', year: 2026 },
    });
    expect(billRunBody({ billing_month: '', year: '1999' }).ok).toBe(false);
  });
});

describe('subscriberBody', () => {
  const base = {
    user: 'u1',
    package: 'p1',
    connection_type: 'PPPoE',
    address: ' Road 1 ',
    status: 'ACTIVE',
    username: 'login',
    password: 'secret',
    ip_address: '10.0.0.1',
  };

  it('editing without the stored credentials: empty fields send none and ask for none; typed ones are checked', () => {
    const empty = { ...base, username: '', password: '', ip_address: '' };
    const kept = subscriberBody(empty, true);
    expect(kept.ok).toBe(true);
    expect(kept.ok && 'credentials' in kept.body).toBe(false);
    // Not keeping (a new subscriber, or the type changed): PPPoE still needs both.
    expect(subscriberBody(empty).ok).toBe(false);
    // Half typed: checked as usual, the missing password named.
    const half = subscriberBody({ ...empty, username: 'new-login' }, true);
    expect(half.ok).toBe(false);
    expect(!half.ok && Object.keys(half.problem.errors ?? {})).toEqual(['password']);
  });

  it("keeps only the connection type's credentials", () => {
    expect(subscriberBody(base)).toEqual({
      ok: true,
      body: {
        user: 'u1',
        package: 'p1',
        connection_type: 'PPPoE',
        credentials: { username: 'login', password: 'secret' },
        address: 'Road 1',
        status: 'ACTIVE',
      },
    });
    const dhcp = subscriberBody({ ...base, connection_type: 'DHCP' });
    expect(dhcp.ok && dhcp.body.credentials).toBeNull();
  });

  it('asks for the user, the package and the credentials the type needs', () => {
    const out = subscriberBody({ ...base, user: '', package: '', connection_type: 'STATIC', ip_address: '' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(Object.keys(out.problem.errors).sort()).toEqual(['ip_address', 'package', 'user']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  balanceWords,
  billState,
  CONNECTION_TYPES,
  chartPoints,
  credentialFields,
  credentialLabel,
  credentialsFor,
  formatDay,
  ledgerTotals,
  MONTHS,
  missingCredentials,
  monthLabel,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  periodLabel,
  periodOf,
  shortMonth,
} from './billing.js';

describe('months', () => {
  it('names every month in words, in calendar order', () => {
    expect(MONTHS).toHaveLength(12);
    expect(MONTHS.map(monthLabel)).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
    expect(shortMonth('SEPTEMBER')).toBe('Sep');
    expect(periodLabel('MARCH', 2026)).toBe('March 2026');
  });

  it('reads an API day as that calendar day, whatever the time zone', () => {
    expect(formatDay('2027-01-01', 'en-US')).toBe('Jan 1, 2027');
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('finds the billing month of a date', () => {
    expect(periodOf(new Date(2026, 0, 31))).toEqual({ billing_month: 'JANUARY', year: 2026 });
    expect(periodOf(new Date(2025, 11, 1))).toEqual({ billing_month: 'DECEMBER', year: 2025 });
  });
});

describe('labels', () => {
  it('gives every payment method a human name (bKash as the brand writes it)', () => {
    // The API's list, from the SDK, each with a label.
    expect(PAYMENT_METHODS.every((m) => PAYMENT_METHOD_LABELS[m].length > 0)).toBe(true);
    expect([...PAYMENT_METHODS].sort()).toEqual([
      'BANK_TRANSFER',
      'BKASH',
      'CASH',
      'MOBILE_BANKING',
      'NAGAD',
      'ONLINE_PAYMENT',
      'OTHER',
      'ROCKET',
    ]);
    expect(PAYMENT_METHOD_LABELS.BKASH).toBe('bKash');
    expect(PAYMENT_METHOD_LABELS.BANK_TRANSFER).toBe('Bank transfer');
  });

  it('knows the three connection types', () => {
    expect([...CONNECTION_TYPES].sort()).toEqual(['DHCP', 'PPPoE', 'STATIC']);
  });
});

describe('credentials', () => {
  it('asks PPPoE for a login and password, a static line for its address, DHCP for nothing', () => {
    expect(credentialFields('PPPoE').map((f) => f.name)).toEqual(['username', 'password']);
    expect(
      credentialFields('STATIC')
        .filter((f) => f.required)
        .map((f) => f.name),
    ).toEqual(['ip_address']);
    expect(credentialFields('DHCP')).toEqual([]);
  });

  it("sends only the type's own fields, trimmed, and null when none is filled", () => {
    const values = { username: ' pppoe-7 ', password: 's3cret', ip_address: '10.0.0.7', gateway: '' };
    expect(credentialsFor('PPPoE', values)).toEqual({ username: 'pppoe-7', password: 's3cret' });
    expect(credentialsFor('STATIC', values)).toEqual({ ip_address: '10.0.0.7' });
    expect(credentialsFor('DHCP', values)).toBeNull();
    expect(credentialsFor('PPPoE', {})).toBeNull();
  });

  it('names stored credentials in words', () => {
    expect(credentialLabel('ip_address')).toBe('IP address');
    expect(credentialLabel('username')).toBe('PPPoE login');
    expect(credentialLabel('vlan_id')).toBe('Vlan id');
  });

  it('names the required fields left empty', () => {
    expect(missingCredentials('PPPoE', { username: 'x', password: ' ' })).toEqual({
      password: ['This field is required.'],
    });
    expect(missingCredentials('STATIC', {})).toEqual({ ip_address: ['This field is required.'] });
    expect(missingCredentials('DHCP', {})).toEqual({});
  });
});

describe('ledger', () => {
  it('adds bills and payments exactly (no floating point)', () => {
    const totals = ledgerTotals([
      { kind: 'BILL', amount: '0.10', bill_amount: '0.30' },
      { kind: 'BILL', amount: '0.00', bill_amount: '0.30' },
      { kind: 'PAYMENT', amount: '0.10', bill_amount: '0.30' },
      { kind: 'PAYMENT', amount: '0.20', bill_amount: '0.00' },
    ]);
    expect(totals).toEqual({ billed: '0.60', paid: '0.30', balance: '0.30' });
    expect(ledgerTotals([{ kind: 'PAYMENT', amount: '5.00', bill_amount: '0.00' }]).balance).toBe('-5.00');
  });

  it('tells paid, partly paid and unpaid bills apart, with what is left', () => {
    expect(billState({ paid: true, amount: '50.00', bill_amount: '50.00' })).toEqual({
      state: 'paid',
      label: 'Paid',
      due: '0.00',
    });
    expect(billState({ paid: false, amount: '20.00', bill_amount: '50.00' })).toEqual({
      state: 'partly-paid',
      label: 'Partly paid',
      due: '30.00',
    });
    expect(billState({ paid: false, amount: '0.00', bill_amount: '50.00' }).state).toBe('unpaid');
  });

  it('says a balance in words', () => {
    const money = (a: string) => `$${a}`;
    expect(balanceWords('12.50', money)).toBe('$12.50 due');
    expect(balanceWords('-3.00', money)).toBe('$3.00 in credit');
    expect(balanceWords('0.00', money)).toBe('Nothing due');
  });
});

describe('chartPoints', () => {
  it('makes twelve points in calendar order, zero for months the report leaves out', () => {
    const points = chartPoints([
      { year: 2026, billing_month: 'MARCH', billed: '150.00', collected: '99.99', bills: 3, paid_bills: 1 },
      { year: 2026, billing_month: 'JANUARY', billed: '50.00', collected: '50.00', bills: 1, paid_bills: 1 },
    ]);
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({ month: 'Jan', billed: 50, collected: 50, bills: 1, paid_bills: 1 });
    expect(points[1]).toEqual({ month: 'Feb', billed: 0, collected: 0, bills: 0, paid_bills: 0 });
    expect(points[2]).toMatchObject({ month: 'Mar', billed: 150, collected: 99.99 });
  });
});

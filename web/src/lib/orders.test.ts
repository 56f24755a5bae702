import { describe, expect, it } from 'vitest';
import { addressLines, nextStatuses, ORDER_STATUSES, statusTone } from './orders.js';

describe('order statuses', () => {
  it('moves forward along the path, cancels only before shipping', () => {
    expect(nextStatuses('pending')).toEqual(['paid', 'cancelled']);
    expect(nextStatuses('processing')).toContain('shipped');
    expect(nextStatuses('shipped')).not.toContain('cancelled');
    expect(nextStatuses('cancelled')).toEqual([]);
    expect(nextStatuses('refunded')).toEqual([]);
  });
  it('never offers to go back', () => {
    for (const status of ORDER_STATUSES) {
      const index = ORDER_STATUSES.indexOf(status);
      for (const next of nextStatuses(status)) expect(ORDER_STATUSES.indexOf(next)).toBeGreaterThan(index);
    }
  });
  it('has a tone for each status', () => {
    expect(statusTone('paid')).toBe('ok');
    expect(statusTone('cancelled')).toBe('muted');
  });
});

describe('addressLines', () => {
  it('leaves out what is empty', () => {
    expect(
      addressLines({
        full_name: 'Ada L',
        line1: '1 Main St',
        line2: ' ',
        city: 'Leeds',
        postal_code: 'LS1',
        country: 'GB',
      }),
    ).toEqual(['Ada L', '1 Main St', 'LS1 Leeds', 'GB']);
  });
});

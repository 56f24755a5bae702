import { describe, expect, it } from 'vitest';
import { addressLines, statusTone } from './orders.js';

describe('order statuses', () => {
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

import { describe, expect, it } from 'vitest';
import {
  type Bucket,
  dayBuckets,
  describeBucket,
  hourBuckets,
  labelStride,
  layoutChart,
  niceStep,
} from './usage-chart.js';

const row = (requests: number, s2 = requests, s4 = 0, s5 = 0) => ({
  requests,
  status_2xx: s2,
  status_3xx: 0,
  status_4xx: s4,
  status_5xx: s5,
});

const bucket = (label: string, counts: Partial<Bucket['counts']>): Bucket => {
  const full = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, ...counts };
  return { key: label, label, counts: full, total: Object.values(full).reduce((a, b) => a + b, 0) };
};

describe('hourBuckets', () => {
  const now = new Date('2026-11-22T05:41:00Z');

  it('fills the hours without traffic with zeros, oldest first, ending with the current hour', () => {
    const buckets = hourBuckets(
      [
        { hour: '2026-11-22T05:00:00.000Z', ...row(3, 0, 3) },
        { hour: '2026-11-22T03:00:00Z', ...row(5) },
        { hour: '2026-11-20T03:00:00Z', ...row(9) }, // outside the window
      ],
      now,
      4,
      { timeZone: 'UTC' },
    );
    expect(buckets.map((b) => [b.key, b.label, b.total])).toEqual([
      ['2026-11-22T02:00:00.000Z', '02:00', 0],
      ['2026-11-22T03:00:00.000Z', '03:00', 5],
      ['2026-11-22T04:00:00.000Z', '04:00', 0],
      ['2026-11-22T05:00:00.000Z', '05:00', 3],
    ]);
    expect(buckets[3]?.counts).toEqual({ '2xx': 0, '3xx': 0, '4xx': 3, '5xx': 0 });
  });

  it('labels in the time zone asked for', () => {
    const [only] = hourBuckets([], now, 1, { timeZone: 'Asia/Dhaka' });
    expect(only?.label).toBe('11:00');
  });
});

describe('dayBuckets', () => {
  it('gives one bucket per UTC day up to today', () => {
    const buckets = dayBuckets([{ day: '2026-11-21', ...row(7) }], new Date('2026-11-22T23:59:00Z'), 3);
    expect(buckets.map((b) => [b.key, b.total])).toEqual([
      ['2026-11-20', 0],
      ['2026-11-21', 7],
      ['2026-11-22', 0],
    ]);
    expect(buckets[1]?.label).toBe('Sat 21');
  });
});

describe('niceStep', () => {
  it('steps by 1, 2 or 5 times a power of ten, never below 1', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(18)).toBe(5);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(1234)).toBe(500);
  });
});

describe('layoutChart', () => {
  const area = { x: 40, y: 10, width: 400, height: 200, gap: 0 };

  it('stacks 2xx at the bottom and scales to a round axis maximum', () => {
    const chart = layoutChart([bucket('a', { '2xx': 6, '4xx': 2 }), bucket('b', { '5xx': 3 })], area);
    expect(chart.axisMax).toBe(8);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.ticks[0]?.y).toBe(210);
    expect(chart.ticks.at(-1)?.y).toBe(10);
    expect(chart.total).toBe(11);

    const [a, b] = chart.bars;
    expect(a?.x).toBe(40);
    expect(a?.width).toBe(200);
    expect(a?.segments).toEqual([
      { status: '2xx', value: 6, y: 60, height: 150 },
      { status: '4xx', value: 2, y: 10, height: 50 },
    ]);
    expect(b?.x).toBe(240);
    expect(b?.segments).toEqual([{ status: '5xx', value: 3, y: 135, height: 75 }]);
  });

  it('draws nothing, on an axis of 0 to 1, when there was no traffic', () => {
    const chart = layoutChart([bucket('a', {}), bucket('b', {})], area);
    expect(chart.axisMax).toBe(1);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(chart.bars.every((bar) => bar.segments.length === 0)).toBe(true);
  });

  it('never draws a bar above the plot area', () => {
    const chart = layoutChart([bucket('a', { '2xx': 997, '4xx': 4 })], area);
    expect(chart.axisMax).toBeGreaterThanOrEqual(1001);
    for (const segment of chart.bars[0]?.segments ?? []) expect(segment.y).toBeGreaterThanOrEqual(10);
  });
});

describe('describeBucket', () => {
  it('names the total and the non-zero classes', () => {
    expect(describeBucket(bucket('14:00', { '2xx': 10, '4xx': 2 }))).toBe(
      '14:00: 12 requests (10 2xx, 2 4xx)',
    );
    expect(describeBucket(bucket('15:00', {}))).toBe('15:00: 0 requests');
    expect(describeBucket(bucket('16:00', { '5xx': 1 }))).toBe('16:00: 1 request (1 5xx)');
  });
});

describe('labelStride', () => {
  it('labels every bar when there is room, fewer when not', () => {
    expect(labelStride(7, 600, 48)).toBe(1);
    expect(labelStride(24, 1100, 48)).toBe(2);
    expect(labelStride(24, 300, 48)).toBe(4);
    expect(labelStride(24, 10, 48)).toBe(24);
    expect(labelStride(0, 300, 48)).toBe(1);
  });
});

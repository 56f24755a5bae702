/**
 * The numbers behind an API client's usage chart: the server's sparse hourly
 * (or daily) counts become one bucket per hour (or day) with zeros filled in,
 * and buckets become stacked bars on a "nice" axis. Pure, so it is unit-tested
 * in Node; the SVG component only draws what this returns.
 */

export const STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** One row of `by_hour` or `by_day` from `GET /api/admin/clients/{id}/usage/`. */
export interface UsageRow {
  requests: number;
  status_2xx: number;
  status_3xx: number;
  status_4xx: number;
  status_5xx: number;
}

export interface Bucket {
  /** ISO start of the hour, or `YYYY-MM-DD` (UTC) for a day. */
  key: string;
  /** What the axis and the tooltip say: `14:00`, `Mon 22`. */
  label: string;
  counts: Record<StatusClass, number>;
  total: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function countsOf(row: UsageRow | undefined): Record<StatusClass, number> {
  return {
    '2xx': row?.status_2xx ?? 0,
    '3xx': row?.status_3xx ?? 0,
    '4xx': row?.status_4xx ?? 0,
    '5xx': row?.status_5xx ?? 0,
  };
}

function bucketOf(key: string, label: string, row: UsageRow | undefined): Bucket {
  const counts = countsOf(row);
  // `requests` is the server's total; when the classes add up to more (they should not), trust the classes.
  const byClass = STATUS_CLASSES.reduce((sum, c) => sum + counts[c], 0);
  return { key, label, counts, total: Math.max(row?.requests ?? 0, byClass) };
}

export interface LabelOptions {
  locale?: string;
  /** Time zone of the labels (the browser's by default; tests pin it). */
  timeZone?: string;
}

/** The `count` hours up to and including the one `now` is in, oldest first. */
export function hourBuckets(
  rows: readonly (UsageRow & { hour: string })[],
  now: Date,
  count = 24,
  options: LabelOptions = {},
): Bucket[] {
  const byTime = new Map<number, UsageRow>();
  for (const row of rows) {
    const t = Date.parse(row.hour);
    if (!Number.isNaN(t)) byTime.set(Math.floor(t / HOUR_MS) * HOUR_MS, row);
  }
  const format = new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  const last = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const out: Bucket[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const t = last - i * HOUR_MS;
    out.push(bucketOf(new Date(t).toISOString(), format.format(t), byTime.get(t)));
  }
  return out;
}

/** The `count` UTC days up to and including today, oldest first. */
export function dayBuckets(
  rows: readonly (UsageRow & { day: string })[],
  now: Date,
  count = 7,
  options: Pick<LabelOptions, 'locale'> = {},
): Bucket[] {
  const byDay = new Map(rows.map((row) => [row.day.slice(0, 10), row] as const));
  const format = new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const out: Bucket[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const t = today - i * DAY_MS;
    const key = new Date(t).toISOString().slice(0, 10);
    out.push(bucketOf(key, format.format(t), byDay.get(key)));
  }
  return out;
}

/** The axis step: 1, 2 or 5 times a power of ten, so that about `ticks` steps cover `max`. */
export function niceStep(max: number, ticks = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}

export interface Segment {
  status: StatusClass;
  value: number;
  y: number;
  height: number;
}

export interface Bar {
  bucket: Bucket;
  x: number;
  width: number;
  segments: Segment[];
}

export interface ChartLayout {
  /** The value at the top of the axis. */
  axisMax: number;
  /** Tick values from 0 to `axisMax`, with their y. */
  ticks: { value: number; y: number }[];
  bars: Bar[];
  total: number;
}

export interface PlotArea {
  /** Left edge and width of the bars' area. */
  x: number;
  width: number;
  /** Top edge and height of the bars' area; values grow upwards from `y + height`. */
  y: number;
  height: number;
  /** Fraction of each slot left empty between bars. */
  gap?: number;
}

/** Stacked bars, 2xx at the bottom; zero counts get no segment. */
export function layoutChart(buckets: readonly Bucket[], area: PlotArea): ChartLayout {
  const highest = buckets.reduce((max, b) => Math.max(max, b.total), 0);
  const step = niceStep(highest);
  const axisMax = Math.max(step, Math.ceil(highest / step) * step);
  const bottom = area.y + area.height;
  const scale = (value: number) => (value / axisMax) * area.height;
  const ticks: ChartLayout['ticks'] = [];
  for (let value = 0; value <= axisMax; value += step) ticks.push({ value, y: bottom - scale(value) });

  const slot = buckets.length ? area.width / buckets.length : 0;
  const gap = slot * (area.gap ?? 0.2);
  const bars = buckets.map((bucket, i) => {
    let top = bottom;
    const segments: Segment[] = [];
    for (const status of STATUS_CLASSES) {
      const value = bucket.counts[status];
      if (value <= 0) continue;
      const height = scale(value);
      top -= height;
      segments.push({ status, value, y: top, height });
    }
    return { bucket, x: area.x + i * slot + gap / 2, width: Math.max(slot - gap, 1), segments };
  });
  return { axisMax, ticks, bars, total: buckets.reduce((sum, b) => sum + b.total, 0) };
}

/** "14:00: 12 requests (10 2xx, 2 4xx)": the tooltip and the screen-reader text of one bar. */
export function describeBucket(bucket: Bucket): string {
  const parts = STATUS_CLASSES.filter((c) => bucket.counts[c] > 0).map((c) => `${bucket.counts[c]} ${c}`);
  const requests = `${bucket.total} request${bucket.total === 1 ? '' : 's'}`;
  return parts.length ? `${bucket.label}: ${requests} (${parts.join(', ')})` : `${bucket.label}: ${requests}`;
}

/**
 * Label every n-th bar so that labels of `labelWidth` pixels fit side by side;
 * counted from the newest bar, so the current hour (or today) is always labelled.
 */
export function labelStride(bars: number, plotWidth: number, labelWidth: number): number {
  if (bars <= 0 || plotWidth <= 0) return 1;
  const fit = Math.max(1, Math.floor(plotWidth / labelWidth));
  return Math.max(1, Math.ceil(bars / fit));
}

import { useRef } from 'react';
import type { Bucket } from '../../lib/usage-chart.js';
import { describeBucket, labelStride, layoutChart, STATUS_CLASSES } from '../../lib/usage-chart.js';
import { useElementWidth } from '../../lib/use-element-width.js';

const HEIGHT = 200;
/** Room for the y-axis numbers on the left and the x-axis labels below. */
const MARGIN = { left: 40, right: 22, top: 10, bottom: 26 };
/** The widest x-axis label (`Mon 22`, `14:00`) and some air, in pixels. */
const LABEL_WIDTH = 48;

/**
 * Requests per hour (or day), stacked by status class. Hand-drawn SVG that
 * scales to its box; every bar has a tooltip, and the same figures are in a
 * table for screen readers and for reading exact values.
 */
export function UsageChart({
  buckets,
  title,
  unit,
}: {
  buckets: Bucket[];
  title: string;
  unit: 'Hour' | 'Day';
}) {
  // Drawn in real pixels at the width it gets, so text keeps its size on a phone and on a wide screen.
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 0);
  const PLOT = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(width - MARGIN.left - MARGIN.right, 50),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
    gap: 0.25,
  };
  const chart = layoutChart(buckets, PLOT);
  const labelEvery = labelStride(buckets.length, PLOT.width, LABEL_WIDTH);
  const busiest = buckets.reduce<Bucket | undefined>(
    (best, b) => (b.total > (best?.total ?? 0) ? b : best),
    undefined,
  );
  const summary = `${title}: ${chart.total} requests${busiest ? `, busiest ${describeBucket(busiest)}` : ''}.`;
  return (
    <figure className="usage-chart">
      <div ref={box} className="usage-chart__box">
        {width > 0 ? (
          <svg
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            className="usage-chart__svg"
            role="img"
            aria-label={summary}
          >
            {chart.ticks.map((tick) => (
              <g key={tick.value} className="usage-chart__tick">
                <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={tick.y} y2={tick.y} />
                <text x={PLOT.x - 6} y={tick.y} dy="0.32em" textAnchor="end">
                  {tick.value}
                </text>
              </g>
            ))}
            {chart.bars.map((bar, i) => (
              <g key={bar.bucket.key} className="usage-chart__bar" data-total={bar.bucket.total}>
                <title>{describeBucket(bar.bucket)}</title>
                {/* An invisible full-height target, so empty hours have a tooltip too. */}
                <rect
                  x={bar.x}
                  y={PLOT.y}
                  width={bar.width}
                  height={PLOT.height}
                  className="usage-chart__hit"
                />
                {bar.segments.map((segment) => (
                  <rect
                    key={segment.status}
                    x={bar.x}
                    y={segment.y}
                    width={bar.width}
                    height={segment.height}
                    className={`usage-chart__seg usage-chart__seg--${segment.status}`}
                  />
                ))}
                {(buckets.length - 1 - i) % labelEvery === 0 ? (
                  <text
                    x={bar.x + bar.width / 2}
                    y={PLOT.y + PLOT.height + 18}
                    textAnchor="middle"
                    className="usage-chart__label"
                  >
                    {bar.bucket.label}
                  </text>
                ) : null}
              </g>
            ))}
            <line
              x1={PLOT.x}
              x2={PLOT.x + PLOT.width}
              y1={PLOT.y + PLOT.height}
              y2={PLOT.y + PLOT.height}
              className="usage-chart__axis"
            />
          </svg>
        ) : null}
      </div>
      <figcaption className="usage-chart__legend">
        {STATUS_CLASSES.map((status) => (
          <span key={status} className="usage-chart__key">
            <span className={`usage-chart__swatch usage-chart__seg--${status}`} aria-hidden="true" />
            {status}
          </span>
        ))}
      </figcaption>
      <details className="usage-chart__table">
        <summary>Show the figures</summary>
        <div className="table-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{unit}</th>
                <th scope="col">Requests</th>
                {STATUS_CLASSES.map((status) => (
                  <th key={status} scope="col">
                    {status}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {buckets
                .filter((b) => b.total > 0)
                .map((b) => (
                  <tr key={b.key}>
                    <th scope="row">{b.label}</th>
                    <td>{b.total}</td>
                    {STATUS_CLASSES.map((status) => (
                      <td key={status}>{b.counts[status]}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
          {buckets.every((b) => b.total === 0) ? <p className="empty">No requests in this period.</p> : null}
        </div>
      </details>
    </figure>
  );
}

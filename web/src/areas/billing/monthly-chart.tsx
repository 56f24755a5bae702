/** Billed against collected per month, as bars (recharts); the exact figures are in a table beside it. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { chartPoints } from '../../lib/billing.js';
import { fromMinor } from '../../lib/money.js';

export function MonthlyChart({
  points,
  money,
}: {
  points: ReturnType<typeof chartPoints>;
  money: (amount: string) => string;
}) {
  const format = (value: unknown) => money(fromMinor(Math.round(Number(value) * 100)));
  return (
    <figure className="billing-chart">
      <figcaption className="visually-hidden">
        Bar chart of the amounts billed and collected each month (the figures are in the table below it).
      </figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis width={64} tickFormatter={(value: number) => format(value)} />
          <Tooltip formatter={(value) => format(value)} />
          <Legend />
          <Bar dataKey="billed" name="Billed" fill="var(--color-link)" isAnimationActive={false} />
          <Bar dataKey="collected" name="Collected" fill="var(--color-ok)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

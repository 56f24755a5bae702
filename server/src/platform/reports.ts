/**
 * The period of the admin reports, shared by every module that reports
 * figures (`/api/admin/reports/...`): `?days=7|30|90` (ending today) or
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` (both included), as calendar days of the
 * shop's `TIME_ZONE`.
 *
 * Times are stored in UTC, so a day of the shop is a UTC range
 * [its midnight, the next midnight). Per-day figures are one set-based query:
 * the period's days are a small `with days(day, start_at, end_at) as (values
 * ...)` relation joined on a range of an indexed time column, so each day is
 * an index range scan and no row is read twice; the offset of each midnight
 * (summer time, half-hour zones) is worked out here, not in SQL.
 */
import { type RawBuilder, sql } from 'kysely';
import { type Static, Type } from 'typebox';
import { type AnyDB, timestampValue } from '../db/dialect.js';
import { requireStaff } from './auth.js';
import type { App } from './http.js';
import { ReportErrors } from './reports.errors.js';

/** The longest period a report covers, in days. */
export const MAX_REPORT_DAYS = 366;

export const ReportPeriodQuery = Type.Object({
  days: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_REPORT_DAYS,
      description: 'The last N days, today included (default 30). Ignored when `from` and `to` are given.',
    }),
  ),
  from: Type.Optional(
    Type.String({ format: 'date', description: 'First day (YYYY-MM-DD, in the shop time zone), with `to`.' }),
  ),
  to: Type.Optional(
    Type.String({ format: 'date', description: 'Last day, included (YYYY-MM-DD), with `from`.' }),
  ),
});
export type ReportPeriodQuery = Static<typeof ReportPeriodQuery>;

export const ReportPeriod = Type.Object(
  {
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
    days: Type.Integer(),
    time_zone: Type.String({ description: 'The shop time zone (`TIME_ZONE`) the days are counted in.' }),
  },
  { description: 'The days the figures cover.' },
);

export interface ReportDay {
  /** YYYY-MM-DD in the shop's time zone. */
  date: string;
  /** Its midnight and the next one, as UTC ISO instants. */
  start: string;
  end: string;
}

export interface Period {
  from: string;
  to: string;
  timeZone: string;
  days: ReportDay[];
  /** The whole period as a UTC range. */
  start: string;
  end: string;
}

export interface PeriodDto {
  from: string;
  to: string;
  days: number;
  time_zone: string;
}

export function periodDto(period: Period): PeriodDto {
  return { from: period.from, to: period.to, days: period.days.length, time_zone: period.timeZone };
}

/**
 * One formatter per kind and time zone, made once: making an `Intl.DateTimeFormat`
 * costs far more than using one, and a 30-day period asks for about 120.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'wall', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made =
      kind === 'date'
        ? // en-CA formats as YYYY-MM-DD.
          new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          });
    formatters.set(key, made);
  }
  return made;
}

/** YYYY-MM-DD of `date` in `timeZone`. */
export function localDate(date: Date, timeZone: string): string {
  return formatter('date', timeZone).format(date);
}

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = formatter('wall', timeZone).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of midnight starting `day` (YYYY-MM-DD) in `timeZone`. */
export function midnightOf(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  const first = wall - offsetAt(wall, timeZone);
  // Once more with the offset in force at that instant (a change of offset in between).
  const second = wall - offsetAt(first, timeZone);
  // Where the clocks jump over midnight (Santiago, Havana, Beirut...) 00:00 never happens and the
  // second guess lands on the day before: the day then starts at the change, the first guess.
  const onDay = [first, second].filter((instant) => localDate(new Date(instant), timeZone) === day);
  return new Date(onDay.length > 0 ? Math.min(...onDay) : second);
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of `day` (YYYY-MM-DD). */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** A real calendar day (not 30 February) within the years reports can cover. */
function isRealDate(day: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= '1970-01-01' && day <= '9999-12-30' && addDays(day, 0) === day
  );
}

/**
 * An open or closed range of days of the shop (`from` and `to` both included,
 * either may be absent) as UTC bounds of a time column, for lists filtered by
 * date; 400 `INVALID_PERIOD` for a day that is not real or a range backwards.
 */
export function dayBounds(
  query: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
): { start?: string; end?: string } {
  const bounds: { start?: string; end?: string } = {};
  if (query.from !== undefined) {
    if (!isRealDate(query.from))
      throw ReportErrors.invalidPeriod('from', 'Not a day from 1970 on (YYYY-MM-DD).');
    bounds.start = midnightOf(query.from, timeZone).toISOString();
  }
  if (query.to !== undefined) {
    if (!isRealDate(query.to)) throw ReportErrors.invalidPeriod('to', 'Not a day from 1970 on (YYYY-MM-DD).');
    if (query.from !== undefined && query.from > query.to) {
      throw ReportErrors.invalidPeriod('to', 'The last day is before the first.');
    }
    bounds.end = midnightOf(addDays(query.to, 1), timeZone).toISOString();
  }
  return bounds;
}

/** The period a report query asks for, checked (400 `INVALID_PERIOD`), with each day's UTC range. */
export function resolvePeriod(query: ReportPeriodQuery, timeZone: string, now = new Date()): Period {
  let from: string;
  let to: string;
  if (query.from !== undefined || query.to !== undefined) {
    if (query.from === undefined)
      throw ReportErrors.invalidPeriod('from', 'Give the first day with the last.');
    if (query.to === undefined) throw ReportErrors.invalidPeriod('to', 'Give the last day with the first.');
    if (!isRealDate(query.from))
      throw ReportErrors.invalidPeriod('from', 'Not a day from 1970 on (YYYY-MM-DD).');
    if (!isRealDate(query.to)) throw ReportErrors.invalidPeriod('to', 'Not a day from 1970 on (YYYY-MM-DD).');
    from = query.from;
    to = query.to;
    if (from > to) throw ReportErrors.invalidPeriod('to', 'The last day is before the first.');
    // By day numbers: past year 9999 an ISO date is "+010000-...", which sorts before "9999-...".
    if (dayNumber(to) - dayNumber(from) >= MAX_REPORT_DAYS) {
      throw ReportErrors.invalidPeriod('to', `A period covers at most ${MAX_REPORT_DAYS} days.`);
    }
  } else {
    to = localDate(now, timeZone);
    from = addDays(to, -((query.days ?? 30) - 1));
  }
  const key = `${timeZone}|${from}|${to}`;
  const known = periods.get(key);
  if (known) return known;
  const days: ReportDay[] = [];
  let start = midnightOf(from, timeZone).toISOString();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const end = midnightOf(addDays(day, 1), timeZone).toISOString();
    days.push({ date: day, start, end });
    start = end;
  }
  const period = {
    from,
    to,
    timeZone,
    days,
    start: days[0]?.start ?? start,
    end: days[days.length - 1]?.end ?? start,
  };
  if (periods.size >= 100) periods.clear();
  periods.set(key, period);
  return period;
}

/**
 * Periods worked out before, by time zone and days: a day's midnights never
 * move (time zone rules change only with a new Node.js), and working out those
 * of 90 days costs milliseconds. Callers do not change what they get.
 */
const periods = new Map<string, Period>();

/**
 * `with days(day, start_at, end_at) as (values ...)`: the period's days as a
 * relation to join on a time column (`t.created_at >= days.start_at and
 * t.created_at < days.end_at`), to be followed by the query's `select`.
 */
export function daysRelation(db: AnyDB, period: Period): RawBuilder<unknown> {
  const rows = period.days.map(
    (d) => sql`(${d.date}, ${timestampValue(db, d.start)}, ${timestampValue(db, d.end)})`,
  );
  return sql`with days(day, start_at, end_at) as (values ${sql.join(rows)})`;
}

/** A whole number from a count or sum read from either database (PostgreSQL sums may come as strings). */
export function whole(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/**
 * `GET /api/admin/reports/<name>/` for staff, managers and admins: a report of
 * a period (`?days=` or `?from=&to=`), answered with the schema `responseId`
 * (added to the app by the caller).
 */
export function periodReportRoute(
  app: App,
  route: { name: string; operationId: string; summary: string; responseId: string },
  report: (period: Period) => Promise<unknown>,
): void {
  app.get(
    `/api/admin/reports/${route.name}/`,
    {
      preHandler: requireStaff,
      config: { errors: [ReportErrors.invalidPeriod] },
      schema: {
        operationId: route.operationId,
        summary: route.summary,
        description:
          'For a period of days in the shop time zone (`TIME_ZONE`): `?days=7` (the last N days, today included; 30 by default) or `?from=2026-11-01&to=2026-11-30` (at most 366 days).',
        tags: ['admin', 'reports'],
        querystring: ReportPeriodQuery,
        response: { 200: Type.Ref(route.responseId) },
      },
    },
    async (request) => report(resolvePeriod(request.query, app.ctx.config.TIME_ZONE)),
  );
}

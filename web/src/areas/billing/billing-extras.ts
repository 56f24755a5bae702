/**
 * Billing endpoints that the SDK does not have yet (issue 15's monthly report,
 * overdue bills and CSV exports, added to the server beside these pages). Read
 * with plain `fetch` on the same browser session, each answer checked for its
 * shape; a server without them answers 404, and the pages leave those parts
 * out. Once `npm run sdk:generate` has them, these become SDK calls.
 */
import type { LedgerEntry, MonthlyReportRow } from '../../lib/billing.js';
import { networkProblem, type Outcome, toProblem } from '../../lib/problem.js';

/** What a page does with a part the server may not offer: `missing` means hide it. */
export type Optional<T> = { missing: true } | { missing: false; data: T };

async function getJson(path: string, signal: AbortSignal): Promise<Outcome<unknown>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'include', headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, problem: networkProblem() };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: body, status: response.status };
  return { ok: false, problem: toProblem(response.status, body) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resultsOf(body: unknown): unknown[] | undefined {
  return isRecord(body) && Array.isArray(body.results) ? body.results : undefined;
}

const shapeProblem = {
  ok: false as const,
  problem: {
    status: 0,
    code: 'BAD_RESPONSE',
    detail: 'The server sent an answer this page cannot read.',
    errors: {},
  },
};

function isReportRow(row: unknown): row is MonthlyReportRow {
  return (
    isRecord(row) &&
    typeof row.billing_month === 'string' &&
    typeof row.billed === 'string' &&
    typeof row.collected === 'string' &&
    typeof row.bills === 'number' &&
    typeof row.paid_bills === 'number'
  );
}

/** `GET /api/v1/reports/monthly?year=`: billed and collected per month; `missing` on a server without it. */
export async function loadMonthlyReport(
  year: number,
  signal: AbortSignal,
): Promise<Outcome<Optional<MonthlyReportRow[]>>> {
  const outcome = await getJson(`/api/v1/reports/monthly?year=${year}`, signal);
  if (!outcome.ok)
    return outcome.problem.status === 404 ? { ok: true, data: { missing: true }, status: 404 } : outcome;
  const rows = resultsOf(outcome.data);
  if (!rows?.every(isReportRow)) return shapeProblem;
  return { ok: true, data: { missing: false, data: rows }, status: outcome.status };
}

export type OverdueEntry = LedgerEntry & { overdue: true };

/**
 * `GET /api/v1/payments?overdue=true&kind=BILL`: overdue bills. A server that
 * does not know the filter ignores it and its records have no `overdue`:
 * then the list is `missing` rather than every bill shown as overdue.
 */
export async function loadOverdueBills(
  signal: AbortSignal,
): Promise<Outcome<Optional<{ count: number; results: OverdueEntry[] }>>> {
  const outcome = await getJson('/api/v1/payments?overdue=true&kind=BILL&page_size=50', signal);
  if (!outcome.ok)
    return outcome.problem.status === 404 ? { ok: true, data: { missing: true }, status: 404 } : outcome;
  const rows = resultsOf(outcome.data);
  if (!rows || !isRecord(outcome.data) || typeof outcome.data.count !== 'number') return shapeProblem;
  if (rows.some((row) => !isRecord(row) || typeof row.overdue !== 'boolean'))
    return { ok: true, data: { missing: true }, status: outcome.status };
  const overdue = rows.filter((row): row is OverdueEntry => isRecord(row) && row.overdue === true);
  return {
    ok: true,
    data: { missing: false, data: { count: outcome.data.count, results: overdue } },
    status: outcome.status,
  };
}

/** Whether the server offers a CSV export: asked once, and the download stopped as soon as the answer starts. */
export async function exportAvailable(path: string, signal: AbortSignal): Promise<Outcome<boolean>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'include', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, problem: networkProblem() };
  }
  await response.body?.cancel();
  return { ok: true, data: response.ok, status: response.status };
}

/** An export's link with the list's filters (the page number and size left out). */
export function exportHref(path: string, filters: URLSearchParams): string {
  const params = new URLSearchParams(filters);
  params.delete('page');
  params.delete('page_size');
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

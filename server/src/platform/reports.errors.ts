/** Errors of the admin reports' period (`?days=` or `?from=&to=`), shared by every module's report. */
import { defineErrors } from './error-codes.js';

export const ReportErrors = defineErrors({
  invalidPeriod: {
    code: 'INVALID_PERIOD',
    status: 400,
    detail: (_field: string, why: string) => `Invalid period: ${why}`,
    errors: (field: string, why: string) => ({ [field]: [why] }),
  },
});

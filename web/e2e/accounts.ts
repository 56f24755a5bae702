/** The superuser `playwright.config.ts` creates before the server starts. */
export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'E2e-Admin-Passw0rd!' } as const;

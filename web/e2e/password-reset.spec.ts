import { request } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { adminApi, linkFromMail, registerThroughApi, uniqueEmail } from './helpers.js';

test.describe('password reset', () => {
  test('forgot password → link from the mail → the new password works, the old one does not', async ({
    page,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const anonymous = await request.newContext({ baseURL: baseURL! });
    const email = uniqueEmail('rita');
    const oldPassword = 'Forgotten-Secret-Words-1';
    const newPassword = 'Remembered-This-Time-22';
    await registerThroughApi(baseURL!, {
      email,
      password: oldPassword,
      user_type: 'customer',
      first_name: 'Rita',
    });

    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the reset link' }).click();
    await expect(page.getByRole('status')).toContainText('a link to reset the password is on its way');

    const resetPath = await linkFromMail(
      admin,
      email,
      /reset your mercato password/i,
      /^\/reset-password\/[\w-]+$/,
    );
    await page.goto(resetPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(`${newPassword}x`);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText("Password fields didn't match.")).toBeVisible();
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByRole('status')).toContainText('Your password is changed');

    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId('signed-in-name')).toHaveText('Rita');

    const old = await anonymous.post('/api/auth/token/', { data: { email, password: oldPassword } });
    expect(old.status()).toBe(401);
    // The link worked once.
    const again = await anonymous.post('/api/auth/password-reset/confirm/', {
      data: { token: resetPath.split('/').pop(), new_password: 'Yet-Another-Password-333' },
    });
    expect(again.status()).toBe(400);
    expect((await again.json()).code).toBe('INVALID_TOKEN');

    await anonymous.dispose();
    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });
});

import { expect, test } from './fixtures.js';
import {
  adminApi,
  expectNoSidewaysScroll,
  linkFromMail,
  registerThroughApi,
  signIn,
  signOut,
  uniqueEmail,
  withoutExpectedHttpErrors,
} from './helpers.js';

test.describe('account', () => {
  test('sign up, verify the email, sign in, edit the profile, sign out', async ({
    page,
    context,
    consoleErrors,
    baseURL,
  }) => {
    const admin = await adminApi(baseURL!);
    const email = uniqueEmail('ada');
    const password = 'Analytical-Engine-1843';

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page).toHaveTitle('Create an account · Mercato');
    await page.getByRole('radio', { name: /Creator/ }).check();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    const users = await admin.get('/api/admin/users/', { params: { search: email } });
    const [created] = (await users.json()).results;
    expect(created).toMatchObject({ email, user_type: 'creator', first_name: 'Ada', email_verified: false });

    const verifyPath = await linkFromMail(admin, email, /confirm your email/i, /^\/verify-email\/[\w-]+$/);
    await page.goto(verifyPath);
    await expect(page.getByRole('status').filter({ hasText: 'is verified' })).toContainText(email);

    // A private page sends a signed-out visitor to sign in, then back.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
    await signIn(page, email, password, { remember: true });
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByTestId('signed-in-name')).toHaveText('Ada Lovelace');
    await expect(page.getByTestId('profile-summary')).toContainText('Verified');
    await expect(page.getByTestId('profile-summary')).toContainText('Creator');

    // "Remember me": the session cookies outlive the browser; none of them is readable by scripts but the CSRF one.
    const cookies = await context.cookies();
    const refresh = cookies.find((c) => c.name === 'mercato_refresh');
    expect(refresh?.expires, 'a persistent refresh cookie').toBeGreaterThan(Date.now() / 1000 + 24 * 3600);
    expect(refresh?.httpOnly).toBe(true);
    expect(cookies.find((c) => c.name === 'mercato_access')?.httpOnly).toBe(true);

    await page.getByLabel('First name').fill('Augusta Ada');
    await page.getByLabel('Phone').fill('+44 20 7946 0000');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
    await expect(page.getByTestId('signed-in-name')).toHaveText('Augusta Ada Lovelace');

    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Augusta Ada');
    // Stored in international (E.164) form.
    await expect(page.getByLabel('Phone')).toHaveValue('+442079460000');
    await expect(page.getByTestId('signed-in-name')).toHaveText('Augusta Ada Lovelace');
    const saved = await admin.get('/api/admin/users/', { params: { search: email } });
    expect((await saved.json()).results[0]).toMatchObject({
      first_name: 'Augusta Ada',
      email_verified: true,
    });

    // A new email needs the password, and waits for the link sent to it; the old address is told.
    const newEmail = uniqueEmail('countess');
    await expect(page.getByLabel('Current password')).toHaveCount(0);
    await page.getByLabel('Email').fill(newEmail);
    await page.getByLabel('Current password').fill(password);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Check your new inbox' })).toContainText(
      newEmail,
    );
    await expect(page.getByTestId('pending-email')).toContainText(newEmail);
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await linkFromMail(admin, email, /email address is being changed/i, /^\/forgot-password$/);
    const changePath = await linkFromMail(
      admin,
      newEmail,
      /confirm your new email/i,
      /^\/verify-email\/[\w-]+$/,
    );
    await page.goto(changePath);
    await expect(page.getByRole('status').filter({ hasText: 'is verified' })).toContainText(newEmail);
    await page.goto('/account');
    await expect(page.getByLabel('Email')).toHaveValue(newEmail);
    await expect(page.getByTestId('pending-email')).toHaveCount(0);

    await expectNoSidewaysScroll(page, '/account at desktop width');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSidewaysScroll(page, '/account at 375px');

    await signOut(page);
    await expect(page).toHaveURL(/\/$/);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('mercato_access');
    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await admin.dispose();
    expect(consoleErrors).toEqual([]);
  });

  test('a lost access cookie is renewed silently from the refresh cookie', async ({
    page,
    context,
    consoleErrors,
    baseURL,
  }) => {
    const email = uniqueEmail('grace');
    const password = 'Compiler-Pioneer-1952';
    await registerThroughApi(baseURL!, { email, password, user_type: 'customer', first_name: 'Grace' });
    await signIn(page, email, password, { remember: false });
    await expect(page.getByTestId('signed-in-name')).toHaveText('Grace');
    const before = (await context.cookies()).find((c) => c.name === 'mercato_refresh')?.value;

    // What a browser does when the 15-minute access cookie runs out.
    await context.clearCookies({ name: 'mercato_access' });
    await page.goto('/account/password');
    await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
    await expect(page.getByTestId('signed-in-name')).toHaveText('Grace');
    const after = await context.cookies();
    expect(after.map((c) => c.name)).toContain('mercato_access');
    expect(after.find((c) => c.name === 'mercato_refresh')?.value, 'the refresh token was rotated').not.toBe(
      before,
    );

    // And unsafe calls after a refresh carry the new CSRF token: change the password.
    await context.clearCookies({ name: 'mercato_access' });
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password', { exact: true }).fill('Compiler-Pioneer-1959');
    await page.getByLabel('Confirm new password').fill('Compiler-Pioneer-1959');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your password is changed' })).toBeVisible();

    // With the refresh cookie gone too, the session is over: the next private call signs the user out.
    await context.clearCookies({ name: 'mercato_access' });
    await context.clearCookies({ name: 'mercato_refresh' });
    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
    await expect(page.getByText('Your session has ended.')).toBeVisible();

    // Each lost access cookie shows up once as a 401 from the first try; the refresh without its cookie answered 400 at the end.
    expect(withoutExpectedHttpErrors(consoleErrors, [400, 401])).toEqual([]);
  });

  test("forms show the server's field errors and its sentence", async ({ page, consoleErrors, baseURL }) => {
    const email = uniqueEmail('taken');
    await registerThroughApi(baseURL!, { email, password: 'First-Comer-Account-1', user_type: 'customer' });

    await page.goto('/signup');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Confirm password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordField = page.getByLabel('Password', { exact: true });
    await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('This password is too short. It must contain at least 10 characters.'),
    ).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText('Invalid input');
    await expect(page.getByRole('button', { name: 'Create account' })).toBeEnabled();

    await passwordField.fill('Second-Comer-Account-2');
    await page.getByLabel('Confirm password').fill('Second-Comer-Account-2');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('A user with that email already exists.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Not-The-Right-One-3');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(/credentials|password/i);
    await expect(page).toHaveURL(/\/signin$/);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
    ).toBeVisible();

    expect(withoutExpectedHttpErrors(consoleErrors, [400, 401])).toEqual([]);
  });
});

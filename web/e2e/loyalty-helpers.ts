/** Loyalty's browser-test set-up through the API: a cashier, and a customer with their card. */
import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures.js';
import { registerThroughApi, uniqueEmail } from './helpers.js';
import { apiAs } from './shop-helpers.js';

/** A staff account made by the e2e admin; returns its email. */
export async function makeCashier(admin: APIRequestContext, name: string, password: string): Promise<string> {
  const email = uniqueEmail(name);
  const created = await admin.post('/api/admin/users/', {
    data: { email, username: email.split('@')[0], password, user_type: 'staff' },
  });
  expect(created.status(), await created.text()).toBe(201);
  return email;
}

/** A customer registered through the API, and their card: its signed payload and customer code. */
export async function loyaltyCustomer(
  baseURL: string,
  name: { email: string; first_name: string; last_name: string },
  password: string,
): Promise<{ email: string; qr_data: string; customer_id: string }> {
  const email = uniqueEmail(name.email);
  await registerThroughApi(baseURL, {
    email,
    password,
    user_type: 'customer',
    first_name: name.first_name,
    last_name: name.last_name,
  });
  const customer = await apiAs(baseURL, email, password);
  const card = (await (await customer.get('/api/loyalty/me/')).json()) as {
    qr_data: string;
    customer_id: string;
  };
  await customer.dispose();
  return { email, qr_data: card.qr_data, customer_id: card.customer_id };
}

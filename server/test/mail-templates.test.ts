/**
 * Every mail the system sends is rendered from a template into a text part and
 * an HTML part in the shared layout (the shop's name, a footer), and arrives
 * that way at a real SMTP server: each kind is triggered through its real flow
 * here. What users typed (names, a vendor's rejection reason, product names)
 * is escaped in the HTML. The admin's previews render each template with
 * sample data, for staff and above only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_TEMPLATES } from '../src/platform/mail-templates/index.js';
import { transaction } from '../src/platform/transaction.js';
import { bearer, makeUser, PASSWORD, registerUser, uniqueEmail } from './auth-helpers.js';
import { buildTestApp, problemOf, type TestApp } from './helpers.js';
import { buy, makeCustomer, makeProduct } from './shop-fixtures.js';
import { partsOf, type ReceivedMail, type SmtpSink, startSmtpSink } from './smtp-sink.js';

let sink: SmtpSink;
let t: TestApp;
const SHOP = 'Corner & Sons';
const HOSTILE = '<script>alert("x")</script>';

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await buildTestApp({
    SMTP_URL: sink.url,
    SHOP_NAME: SHOP,
    PUBLIC_URL: 'https://shop.example.com',
    LOYALTY_POINTS_EXPIRE_MONTHS: 12,
    LOYALTY_EXPIRY_REMINDER_DAYS: 14,
  });
  await t.app.ready();
});

afterAll(async () => {
  await t?.close();
  await sink?.close();
});

function subjectOf(mail: ReceivedMail): string {
  const raw = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(mail.raw)?.[1] ?? '';
  // Encoded words (=?UTF-8?Q?...?=) for non-ASCII subjects.
  return raw
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) =>
      Buffer.from(
        q
          .replace(/_/g, ' ')
          .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
        'latin1',
      ).toString('utf8'),
    )
    .replace(/\?=\s+=\?UTF-8\?Q\?/gi, '');
}

/** The mails to `to` received since `from`, once `count` of them arrived, each with its parts. */
async function mailsTo(to: string, count = 1) {
  await t.app.ctx.jobs.idle();
  const deadline = Date.now() + 5000;
  for (;;) {
    const mine = sink.received.filter((m) => m.to.includes(to));
    if (mine.length >= count || Date.now() > deadline) {
      return mine.map((m) => ({ subject: subjectOf(m), raw: m.raw, ...split(m) }));
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function split(mail: ReceivedMail) {
  const parts = partsOf(mail.raw);
  const lines = (part: string | undefined) => (part ?? '').replace(/\r\n/g, '\n');
  return { text: lines(parts['text/plain']), html: lines(parts['text/html']) };
}

/** Both parts, the text without markup, the HTML in the layout with the shop's name (escaped). */
function expectBothParts(mail: { raw: string; text: string; html: string }) {
  expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);
  expect(mail.text.length).toBeGreaterThan(20);
  expect(mail.text).not.toMatch(/<\/?(p|a|table|strong|br)\b/);
  expect(mail.text).toContain(`-- \n${SHOP}\nhttps://shop.example.com`);
  expect(mail.html).toMatch(/^<!doctype html>/);
  expect(mail.html).toContain('Corner &amp; Sons');
  expect(mail.html).not.toContain('Corner & Sons');
  expect(mail.html).not.toContain('{{');
}

describe('every mail arrives with a text part and an HTML part', () => {
  it('account mails: welcome, confirm again, reset, password changed, email change (both addresses)', async () => {
    const email = uniqueEmail('mailer');
    const registered = await registerUser(t.app, { email, first_name: HOSTILE });
    expect(registered.res.statusCode, registered.res.body).toBe(201);
    const [welcome] = await mailsTo(email);
    expect(welcome!.subject).toBe(`Welcome to ${SHOP}: confirm your email`);
    expectBothParts(welcome!);
    // The name the user typed: as typed in the text, escaped in the HTML.
    expect(welcome!.text).toContain(`Hello ${HOSTILE},`);
    expect(welcome!.html).not.toContain('<script>');
    expect(welcome!.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const link = /https:\/\/shop\.example\.com\/verify-email\/[\w-]+/.exec(welcome!.text)![0];
    expect(welcome!.html).toContain(`href="${link}"`);

    await t.app.inject({ method: 'POST', url: '/api/auth/verify-email/resend/', payload: { email } });
    const again = (await mailsTo(email, 2))[1]!;
    expect(again.subject).toBe('Confirm your email address');
    expectBothParts(again);

    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/', payload: { email } });
    const reset = (await mailsTo(email, 3))[2]!;
    expect(reset.subject).toBe(`Reset your ${SHOP} password`);
    expectBothParts(reset);
    expect(reset.text).toMatch(/https:\/\/shop\.example\.com\/reset-password\/[\w-]+/);

    const access = registered.body.access!;
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password/',
      headers: bearer(access),
      payload: { old_password: PASSWORD, new_password: 'Fresh-Meadow-Kettle-7' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const notice = (await mailsTo(email, 4))[3]!;
    expect(notice.subject).toBe(`Your ${SHOP} password was changed`);
    expectBothParts(notice);

    const newEmail = uniqueEmail('moved');
    const asked = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile/',
      headers: bearer(changed.json().access),
      payload: { email: newEmail, password: 'Fresh-Meadow-Kettle-7' },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const [confirm] = await mailsTo(newEmail);
    expect(confirm!.subject).toBe('Confirm your new email address');
    expectBothParts(confirm!);
    const changing = (await mailsTo(email, 5))[4]!;
    expect(changing.subject).toBe(`Your ${SHOP} email address is being changed`);
    expectBothParts(changing);
    expect(changing.text).toContain(newEmail);
  });

  it('vendor decisions: approved, and rejected with a reason that is escaped in the HTML', async () => {
    const manager = await makeUser(t.app, 'manager');
    const vendor = await registerUser(t.app, { user_type: 'vendor' });
    const decide = (action: string, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${vendor.body.user.id}/${action}/`,
        headers: bearer(manager.access),
        payload,
      });
    expect((await decide('reject-vendor', { reason: `Missing tax id ${HOSTILE} & more` })).statusCode).toBe(
      200,
    );
    const rejected = (await mailsTo(vendor.email, 2))[1]!;
    expect(rejected.subject).toBe(`Your ${SHOP} vendor application`);
    expectBothParts(rejected);
    expect(rejected.text).toContain(
      `We could not approve your vendor account: Missing tax id ${HOSTILE} & more`,
    );
    expect(rejected.html).not.toContain('<script>');
    expect(rejected.html).toContain(
      'Missing tax id &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
    );

    expect((await decide('approve-vendor', {})).statusCode).toBe(200);
    const approved = (await mailsTo(vendor.email, 3))[2]!;
    expect(approved.subject).toBe(`Your ${SHOP} vendor account is approved`);
    expectBothParts(approved);
    expect(approved.html).toContain('href="https://shop.example.com/vendor/products"');
  });

  it('order mails: the confirmation and a status change, with the lines (product names escaped)', async () => {
    const customer = await makeCustomer(t.app);
    const product = await makeProduct(t.db, { name: `Mug <img src=x onerror=alert(1)>`, price: 1250 });
    const bought = await buy(t.app, customer, product.sizeIds[0]!, 2);
    expect(bought.statusCode, bought.body).toBe(201);
    const order = bought.json() as { id: string; order_number: string };
    const [confirmation] = await mailsTo(customer.email);
    expect(confirmation!.subject).toBe(`Your order ${order.order_number}`);
    expectBothParts(confirmation!);
    expect(confirmation!.text).toContain('2 × Mug <img src=x onerror=alert(1)> (Red, S): 25.00');
    expect(confirmation!.html).toContain('2 × Mug &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(confirmation!.html).not.toContain('<img');
    expect(confirmation!.html).toContain(`href="https://shop.example.com/orders/${order.id}"`);

    const staff = await makeUser(t.app, 'staff');
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/orders/${order.id}/`,
      headers: bearer(staff.access),
      payload: { status: 'processing' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const status = (await mailsTo(customer.email, 2))[1]!;
    expect(status.subject).toBe(`Order ${order.order_number}: processing`);
    expectBothParts(status);
    expect(status.text).toContain(`Your order ${order.order_number} is being prepared.`);
  });

  it('the loyalty expiry reminder', async () => {
    const staff = await makeUser(t.app, 'staff');
    const customer = await makeUser(t.app, 'customer');
    const { customer_code } = await t.db
      .selectFrom('users')
      .select('customer_code')
      .where('id', '=', customer.user.id)
      .executeTakeFirstOrThrow();
    const awarded = await t.app.inject({
      method: 'POST',
      url: '/api/pos/award-points/',
      headers: bearer(staff.access),
      payload: { customer_id: customer_code, points: 75, reason: 'welcome' },
    });
    expect(awarded.statusCode, awarded.body).toBe(200);
    // Credited 12 months less 7 days ago: inside the 14-day reminder window.
    const credited = new Date();
    credited.setUTCMonth(credited.getUTCMonth() - 12);
    await t.db
      .updateTable('loyalty_ledger')
      .set({ created_at: new Date(credited.getTime() + 7 * 86_400_000).toISOString() })
      .where('user_id', '=', customer.user.id)
      .execute();
    await t.app.ctx.module('loyalty').expiry.remind(new Date().toISOString());
    const [reminder] = await mailsTo(customer.email);
    expect(reminder!.subject).toBe('75 loyalty points expire soon');
    expectBothParts(reminder!);
    expect(reminder!.html).toContain('href="https://shop.example.com/account/loyalty"');
  });

  it('a mail given only as text still gets an HTML part: its text escaped, links clickable, in the layout', async () => {
    await transaction(t.db, (trx) =>
      t.app.ctx.mailer.queue(trx, {
        to: 'plain@example.com',
        subject: 'A note',
        text: `Dear <Ada>,\n\nSee https://shop.example.com/x?a=1&b=2 now.\nBye`,
      }),
    );
    const [mail] = await mailsTo('plain@example.com');
    expect(mail!.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail!.text).toBe('Dear <Ada>,\n\nSee https://shop.example.com/x?a=1&b=2 now.\nBye');
    expect(mail!.html).toMatch(/^<!doctype html>/);
    expect(mail!.html).toContain('Corner &amp; Sons');
    expect(mail!.html).toContain('Dear &lt;Ada&gt;,');
    expect(mail!.html).toContain('<a href="https://shop.example.com/x?a&#x3D;1&amp;b&#x3D;2"');
    expect(mail!.html).toContain('now.<br>Bye');
  });
});

describe('the admin previews every template with sample data', () => {
  it('is for staff, managers and admins: 401 anonymous, 403 customers and vendors', async () => {
    const url = '/api/admin/mail/templates/';
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    for (const type of ['customer', 'vendor'] as const) {
      const user = await makeUser(t.app, type);
      const res = await t.app.inject({ method: 'GET', url, headers: bearer(user.access) });
      expect(res.statusCode, type).toBe(403);
      const one = await t.app.inject({
        method: 'GET',
        url: `${url}order.confirmation/`,
        headers: bearer(user.access),
      });
      expect(one.statusCode, type).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: `${url}order.confirmation/` })).statusCode).toBe(401);
  });

  it('lists every template and renders each: subject, text and HTML in the layout; unknown names are 404', async () => {
    const staff = await makeUser(t.app, 'staff');
    const headers = bearer(staff.access);
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/mail/templates/', headers });
    expect(list.statusCode).toBe(200);
    const names = (list.json() as Array<{ name: string; subject: string; description: string }>).map(
      (x) => x.name,
    );
    expect(names.sort()).toEqual(Object.keys(MAIL_TEMPLATES).sort());
    for (const name of names) {
      const res = await t.app.inject({ method: 'GET', url: `/api/admin/mail/templates/${name}/`, headers });
      expect(res.statusCode, name).toBe(200);
      const preview = res.json() as {
        name: string;
        subject: string;
        text: string;
        html: string;
        description: string;
      };
      expect(preview.name).toBe(name);
      expect(preview.description.length).toBeGreaterThan(10);
      expect(preview.subject, name).not.toMatch(/\{\{|\n/);
      expect(preview.subject.length).toBeGreaterThan(5);
      expectBothParts({ ...preview, raw: 'Content-Type: multipart/alternative' });
    }
    const confirmation = await t.app.inject({
      method: 'GET',
      url: '/api/admin/mail/templates/order.confirmation/',
      headers,
    });
    expect(confirmation.json().text).toContain('2 × Everyday Cotton T-Shirt (Navy, M): 38.00 USD');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/admin/mail/templates/nope/', headers });
    expect(unknown.statusCode).toBe(404);
    expect(problemOf(unknown).code).toBe('MAIL_TEMPLATE_NOT_FOUND');
    // Names that are properties of every object are not templates either.
    const proto = await t.app.inject({
      method: 'GET',
      url: '/api/admin/mail/templates/constructor/',
      headers,
    });
    expect(proto.statusCode).toBe(404);
  });
});

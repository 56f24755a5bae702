import { Writable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../src/platform/transaction.js';
import { buildTestApp, type TestApp } from './helpers.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

describe('mail over SMTP', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await buildTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Mercato <shop@example.com>' });
    await t.app.ready();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('sends a queued mail through the SMTP server after the transaction commits', async () => {
    const { mailer, jobs } = t.app.ctx;
    expect(mailer.usesSmtp).toBe(true);
    await transaction(t.db, async (trx) => {
      await mailer.queue(trx, {
        to: 'ada@example.com',
        subject: 'Your order #1001',
        text: 'Thank you, Ada.',
      });
      expect(sink.received).toHaveLength(0);
    });
    await jobs.idle();
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual(['ada@example.com']);
    expect(mail?.from).toBe('shop@example.com');
    expect(mail?.raw).toContain('Subject: Your order #1001');
    expect(mail?.raw).toContain('Thank you, Ada.');
    const job = await t.db.selectFrom('jobs').select(['status', 'type']).executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'done', type: 'mail.send' });
    // With SMTP configured nothing goes to the dev outbox.
    expect((await mailer.outbox()).count).toBe(0);
  });

  it('sends nothing for a transaction that rolled back', async () => {
    const before = sink.received.length;
    await expect(
      transaction(t.db, async (trx) => {
        await t.app.ctx.mailer.queue(trx, { to: 'bob@example.com', subject: 'Never', text: 'Rolled back.' });
        throw new Error('checkout failed');
      }),
    ).rejects.toThrow('checkout failed');
    await t.app.ctx.jobs.idle();
    await new Promise((r) => setTimeout(r, 100));
    expect(sink.received.length).toBe(before);
    expect(sink.received.some((m) => m.to.includes('bob@example.com'))).toBe(false);
  });
});

describe('mail without SMTP: the dev outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.ready();
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores the mail in the outbox table after commit', async () => {
    const { mailer, jobs } = t.app.ctx;
    expect(mailer.usesSmtp).toBe(false);
    await transaction(t.db, (trx) =>
      mailer.queue(trx, {
        to: 'cy@example.com',
        subject: 'Verify your email',
        text: 'Open http://x/verify/abc',
        html: '<p>hi</p>',
      }),
    );
    await jobs.idle();
    const outbox = await mailer.outbox();
    expect(outbox.count).toBe(1);
    expect(outbox.results[0]).toMatchObject({
      to: 'cy@example.com',
      subject: 'Verify your email',
      text: 'Open http://x/verify/abc',
      html: '<p>hi</p>',
    });
    expect((await mailer.outbox({ to: 'nobody@example.com' })).count).toBe(0);
  });
});

describe('mail without SMTP (the dev outbox)', () => {
  it('logs who and what at info, and the text (with its links) only at debug', async () => {
    const lines: Array<{ level: number; msg: string; text?: string }> = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = pino({ level: 'info' }, stream) as unknown as FastifyBaseLogger;
    const t = await buildTestApp({}, { logger });
    try {
      await transaction(t.db, (trx) =>
        t.app.ctx.mailer.queue(trx, {
          to: 'ada@example.com',
          subject: 'Reset your Mercato password',
          text: 'Open http://testserver/reset-password/secret-token to choose a new password.',
        }),
      );
      await t.app.ctx.jobs.idle();
      const stored = lines.find((l) => l.msg.startsWith('mail stored in the dev outbox'));
      expect(stored).toMatchObject({ level: 30 });
      expect(JSON.stringify(lines)).not.toContain('secret-token');
      expect((await t.app.ctx.mailer.outbox()).results[0]?.text).toContain('secret-token');
    } finally {
      await t.close();
    }
  });
});

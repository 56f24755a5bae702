/**
 * Outgoing mail. Modules call `mailer.queue(trx, message)` inside their
 * transaction: the message becomes a `mail.send` job and is sent after commit,
 * retried on failure. With `SMTP_URL` set it goes out through nodemailer;
 * without, it lands in the dev outbox table (shown in the admin) and the log.
 */
import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import type { DB } from '../db/dialect.js';
import { newId, nowIso } from './ids.js';
import type { JobQueue } from './jobs.js';
import type { Executor } from './transaction.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

declare module './jobs.js' {
  interface JobTypes {
    'mail.send': MailMessage;
  }
}

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  created_at: string;
}

export class Mailer {
  readonly #transport: Transporter | undefined;
  readonly #from: string;

  constructor(
    private readonly deps: {
      config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>;
      db: DB;
      jobs: JobQueue;
      log: FastifyBaseLogger;
    },
  ) {
    this.#from = deps.config.MAIL_FROM;
    this.#transport = deps.config.SMTP_URL ? nodemailer.createTransport(deps.config.SMTP_URL) : undefined;
    deps.jobs.register('mail.send', (message, ctx) => this.send(message, ctx.log));
  }

  /** Whether mail goes to a real SMTP server (otherwise: the dev outbox). */
  get usesSmtp(): boolean {
    return this.#transport !== undefined;
  }

  /** Queues `message` in the caller's transaction; it is sent after commit, never for a rolled-back change. */
  queue(executor: Executor, message: MailMessage, options: { dedupeKey?: string } = {}): Promise<string> {
    return this.deps.jobs.enqueue(executor, 'mail.send', message, options);
  }

  /** Sends now. The `mail.send` job calls this; everything else should `queue`. */
  async send(message: MailMessage, log: FastifyBaseLogger = this.deps.log): Promise<void> {
    if (this.#transport) {
      const info = await this.#transport.sendMail({ from: this.#from, ...message });
      log.info({ to: message.to, subject: message.subject, messageId: info.messageId }, 'mail sent');
      return;
    }
    await this.deps.db
      .insertInto('mail_outbox')
      .values({
        id: newId(),
        to_address: message.to,
        subject: message.subject,
        text_body: message.text,
        html_body: message.html ?? null,
        created_at: nowIso(),
      })
      .execute();
    // The text may hold a reset or verification link, which acts as its recipient:
    // only a debug log (a developer's own machine) shows it.
    log.info(
      { to: message.to, subject: message.subject },
      'mail stored in the dev outbox (SMTP_URL is not set)',
    );
    log.debug({ to: message.to, text: message.text }, 'the text of the mail stored in the dev outbox');
  }

  async outbox(
    filter: { to?: string; limit?: number; offset?: number } = {},
  ): Promise<{ count: number; results: OutboxEntry[] }> {
    let q = this.deps.db.selectFrom('mail_outbox');
    if (filter.to) q = q.where('to_address', '=', filter.to);
    const [{ count } = { count: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('count')).execute();
    // Past the end (a page number too large for SQLite's OFFSET, even): nothing to read.
    if ((filter.offset ?? 0) >= Number(count)) return { count: Number(count), results: [] };
    const rows = await q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0)
      .execute();
    return {
      count: Number(count),
      results: rows.map((r) => ({
        id: r.id,
        to: r.to_address,
        subject: r.subject,
        text: r.text_body,
        html: r.html_body,
        created_at: r.created_at,
      })),
    };
  }

  close(): void {
    this.#transport?.close();
  }
}

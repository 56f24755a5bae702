/**
 * Outgoing mail. Modules call `mailer.queue(trx, { to, template, data })`
 * inside their transaction: the template (`mail-templates/`) is rendered into a
 * subject, a text part and an HTML part in the shared layout, and the message
 * becomes a `mail.send` job, sent after commit and retried on failure. With
 * `SMTP_URL` set it goes out through nodemailer; without, it lands in the dev
 * outbox table (shown in the admin) and the log. A message given as plain
 * `{ subject, text }` still gets an HTML part: its text, escaped, in the layout.
 */
import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import type { DB } from '../db/dialect.js';
import { newId, nowIso } from './ids.js';
import type { JobQueue } from './jobs.js';
import {
  htmlFromText,
  isMailTemplateName,
  MAIL_TEMPLATES,
  type MailSite,
  type MailTemplateName,
  type RenderedMail,
  renderMail,
  type TemplateMail,
} from './mail-templates/index.js';
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
  readonly #site: MailSite;

  constructor(
    private readonly deps: {
      config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'SHOP_NAME' | 'PUBLIC_URL'>;
      db: DB;
      jobs: JobQueue;
      log: FastifyBaseLogger;
    },
  ) {
    this.#from = deps.config.MAIL_FROM;
    this.#site = { shop: deps.config.SHOP_NAME, publicUrl: deps.config.PUBLIC_URL };
    this.#transport = deps.config.SMTP_URL ? nodemailer.createTransport(deps.config.SMTP_URL) : undefined;
    deps.jobs.register('mail.send', (message, ctx) => this.send(message, ctx.log));
  }

  /** Whether mail goes to a real SMTP server (otherwise: the dev outbox). */
  get usesSmtp(): boolean {
    return this.#transport !== undefined;
  }

  /**
   * Queues a mail in the caller's transaction, rendered now from its template
   * (or given as text); it is sent after commit, never for a rolled-back change.
   */
  queue(
    executor: Executor,
    message: TemplateMail | MailMessage,
    options: { dedupeKey?: string } = {},
  ): Promise<string> {
    const rendered: MailMessage =
      'template' in message ? { to: message.to, ...this.render(message) } : this.#withHtml(message);
    return this.deps.jobs.enqueue(executor, 'mail.send', rendered, options);
  }

  /** A template rendered with `data`, in the layout with this shop's name and URL. */
  render(mail: Omit<TemplateMail, 'to'>): RenderedMail {
    const template = MAIL_TEMPLATES[mail.template] as (typeof MAIL_TEMPLATES)[MailTemplateName];
    return renderMail(template as Parameters<typeof renderMail>[0], mail.data, this.#site);
  }

  /** The templates with their description and their sample rendered (the admin's previews). */
  templates(): Array<{ name: MailTemplateName; description: string; subject: string }> {
    return (Object.keys(MAIL_TEMPLATES) as MailTemplateName[]).map((name) => ({
      name,
      description: MAIL_TEMPLATES[name].description,
      subject: this.#sample(name).subject,
    }));
  }

  /** One template rendered with its sample data; undefined for an unknown name. */
  preview(name: string): (RenderedMail & { name: MailTemplateName; description: string }) | undefined {
    if (!isMailTemplateName(name)) return undefined;
    return { name, description: MAIL_TEMPLATES[name].description, ...this.#sample(name) };
  }

  #sample(name: MailTemplateName): RenderedMail {
    return this.render({ template: name, data: MAIL_TEMPLATES[name].sample } as Omit<TemplateMail, 'to'>);
  }

  #withHtml(message: MailMessage): MailMessage {
    return message.html
      ? message
      : { ...message, html: htmlFromText(message.subject, message.text, this.#site) };
  }

  /** Sends now. The `mail.send` job calls this; everything else should `queue`. */
  async send(queued: MailMessage, log: FastifyBaseLogger = this.deps.log): Promise<void> {
    // A job queued before mails had HTML parts gets one now.
    const message = this.#withHtml(queued);
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

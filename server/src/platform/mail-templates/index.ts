/**
 * Every mail the system sends, by name: `mailer.queue(trx, { to, template, data })`
 * renders one of these (render.ts) in the shared layout. The admin previews
 * each with its sample data (`GET /api/admin/mail/templates/`).
 */
import { accountMails } from './account.js';
import { loyaltyMails } from './loyalty.js';
import { orderMails } from './orders.js';
import type { MailTemplate } from './render.js';

export type { MailSite, MailTemplate, RenderedMail } from './render.js';
export { htmlFromText, renderMail } from './render.js';

export const MAIL_TEMPLATES = { ...accountMails, ...orderMails, ...loyaltyMails };

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailData<K extends MailTemplateName> =
  (typeof MAIL_TEMPLATES)[K] extends MailTemplate<infer D> ? D : never;

/** A mail by template: the data its template needs, typed by the template's name. */
export type TemplateMail = {
  [K in MailTemplateName]: { to: string; template: K; data: MailData<K> };
}[MailTemplateName];

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, name);
}

/**
 * The admin's previews of the mail templates: the list, and each one rendered
 * with its sample data in the shop's layout. Staff, managers and admins: the
 * samples are made up, no real mail is shown.
 */
import { Type } from 'typebox';
import { requireStaff } from './auth.js';
import type { App } from './http.js';
import { MailErrors } from './mail.errors.js';

const MailTemplateSummary = Type.Object(
  {
    name: Type.String({ description: 'The template, as modules name it (`order.confirmation`).' }),
    description: Type.String(),
    subject: Type.String({ description: 'The subject rendered with the sample data.' }),
  },
  { $id: 'MailTemplateSummary', title: 'MailTemplateSummary' },
);

const MailPreview = Type.Object(
  {
    name: Type.String(),
    description: Type.String(),
    subject: Type.String(),
    text: Type.String({ description: 'The text part.' }),
    html: Type.String({ description: 'The HTML part: a whole document, in the shared layout.' }),
  },
  { $id: 'MailPreview', title: 'MailPreview' },
);

export async function mailRoutes(app: App): Promise<void> {
  const tags = ['admin'];
  app.addSchema(MailTemplateSummary);
  app.addSchema(MailPreview);

  app.get(
    '/api/admin/mail/templates/',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'admin.mailTemplates.list',
        summary: 'Every mail the system sends, by template (staff, managers and admins)',
        tags,
        response: { 200: Type.Array(Type.Ref('MailTemplateSummary')) },
      },
    },
    async () => app.ctx.mailer.templates(),
  );

  app.get(
    '/api/admin/mail/templates/:name/',
    {
      preHandler: requireStaff,
      config: { errors: [MailErrors.templateNotFound] },
      schema: {
        operationId: 'admin.mailTemplates.preview',
        summary: 'A mail template rendered with sample data: subject, text part and HTML part',
        tags,
        params: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: Type.Ref('MailPreview') },
      },
    },
    async (request) => {
      const preview = app.ctx.mailer.preview(request.params.name);
      if (!preview) throw MailErrors.templateNotFound();
      return preview;
    },
  );
}

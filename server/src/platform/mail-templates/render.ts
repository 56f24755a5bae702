/**
 * How a mail is made from a template: Handlebars (logic-less, and HTML-escaping
 * by default: `{{name}}` can never become markup; `{{{body}}}` is kept for the
 * layout's own, already rendered, content). Each template has a subject, a
 * text part and an HTML part; both parts are put in one shared layout with the
 * shop's name and a footer. Subjects and text parts are not HTML, so they are
 * compiled without escaping.
 */
import Handlebars from 'handlebars';

/** What every template may use beside its own data. */
export interface MailSite {
  shop: string;
  publicUrl: string;
}

export interface MailTemplate<Data extends object> {
  /** What the mail is for, for the admin's list. */
  description: string;
  subject: string;
  text: string;
  html: string;
  /** Data the admin's preview renders with (also what the tests render every template with). */
  sample: Data;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Declares a template; the data type comes from its sample. */
export function defineMail<Data extends object>(template: MailTemplate<Data>): MailTemplate<Data> {
  return template;
}

const html = Handlebars.create();
const plain = Handlebars.create();

html.registerPartial(
  'button',
  '<p style="margin:28px 0 8px"><a href="{{url}}" style="background:#1f2937;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">{{label}}</a></p>' +
    '<p style="margin:0 0 16px;font-size:13px;color:#6b7280">Or open this link: <a href="{{url}}" style="color:#4b5563;word-break:break-all">{{url}}</a></p>',
);

const HTML_LAYOUT = html.compile(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#111827">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:10px;border:1px solid #e5e7eb">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e5e7eb;font-size:20px;font-weight:700"><a href="{{site.publicUrl}}" style="color:#111827;text-decoration:none">{{site.shop}}</a></td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:1.55">{{{body}}}</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e5e7eb;font-size:12px;line-height:1.5;color:#6b7280">{{site.shop}} · <a href="{{site.publicUrl}}" style="color:#6b7280">{{site.publicUrl}}</a><br>You receive this mail because of your account at {{site.shop}}.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`);

const TEXT_LAYOUT = plain.compile('{{{body}}}\n\n-- \n{{site.shop}}\n{{site.publicUrl}}\n', {
  noEscape: true,
});

type Compiled = {
  subject: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
};
const compiled = new WeakMap<MailTemplate<object>, Compiled>();

function compile(template: MailTemplate<object>): Compiled {
  let c = compiled.get(template);
  if (!c) {
    c = {
      subject: plain.compile(template.subject, { noEscape: true }),
      text: plain.compile(template.text, { noEscape: true }),
      html: html.compile(template.html),
    };
    compiled.set(template, c);
  }
  return c;
}

/** Renders `template` with `data`: subject, text part and HTML part, both in the layout. */
export function renderMail<Data extends object>(
  template: MailTemplate<Data>,
  data: Data,
  site: MailSite,
): RenderedMail {
  const c = compile(template as MailTemplate<object>);
  const context = { ...data, site };
  // A subject is one line, whatever the data holds.
  const subject = c.subject(context).replace(/\s+/g, ' ').trim();
  const text = TEXT_LAYOUT({ body: c.text(context).trim(), site });
  return { subject, text, html: HTML_LAYOUT({ body: c.html(context), site, subject }) };
}

const LINK = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/**
 * The HTML part of a mail given only as text (a module that has no template
 * yet): the text escaped, its paragraphs and lines kept, its links clickable,
 * in the same layout.
 */
export function htmlFromText(subject: string, text: string, site: MailSite): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => {
      const escaped = Handlebars.Utils.escapeExpression(p);
      // Escaping leaves URLs' characters as they are except `&` and `=`, which stay valid in an href.
      const linked = escaped.replace(LINK, (url) => `<a href="${url}" style="color:#1d4ed8">${url}</a>`);
      return `<p style="margin:0 0 16px">${linked.replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
  return HTML_LAYOUT({ body: paragraphs, site, subject });
}

import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';

/**
 * `/admin/mail/templates`: every mail the shop sends, previewed with sample
 * data (subject, the HTML part as a mail program shows it, the text part).
 * Staff, managers and admins.
 */
export function MailTemplatesPage() {
  useDocumentTitle('Mail templates');
  const { user } = useSession();
  const templates = useApiQuery(keys.mailTemplates, (signal) =>
    settle(api.GET('/api/admin/mail/templates/', { signal }), signal),
  );
  const [chosen, setChosen] = useState<string | undefined>();
  const list = templates.data ?? [];
  const name = chosen ?? list[0]?.name;
  return (
    <section aria-labelledby="templates-title" className="page">
      <header className="page__head">
        <h1 id="templates-title">Mail templates</h1>
        <p className="muted">
          Every mail the shop sends, shown with made-up sample data. Each has an HTML part and a plain-text
          part.
          {can.readMail(user) ? (
            <>
              {' '}
              Mails actually sent without an SMTP server are in the <Link to="/admin/mail">mail outbox</Link>.
            </>
          ) : null}
        </p>
      </header>
      {templates.data === undefined ? (
        <LoadStatus state={templates} loadingLabel="Loading the templates…" />
      ) : (
        <div className="stack">
          <label className="field">
            <span>Template</span>
            <select value={name ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {list.map((t) => (
                <option key={t.name} value={t.name}>
                  {t.subject} ({t.name})
                </option>
              ))}
            </select>
          </label>
          {name ? <Preview name={name} /> : null}
        </div>
      )}
    </section>
  );
}

function Preview({ name }: { name: string }) {
  const preview = useApiQuery([...keys.mailTemplates, name], (signal) =>
    settle(api.GET('/api/admin/mail/templates/{name}/', { params: { path: { name } }, signal }), signal),
  );
  if (preview.data === undefined) return <LoadStatus state={preview} loadingLabel="Rendering the preview…" />;
  const mail = preview.data;
  return (
    <article className="panel stack" aria-labelledby="preview-subject">
      <p className="muted">{mail.description}</p>
      <h2 id="preview-subject">
        <span className="visually-hidden">Subject: </span>
        {mail.subject}
      </h2>
      <h3>HTML part</h3>
      {/* No scripts, no same origin: the preview cannot act on this page. */}
      <iframe className="mail-preview" title={`HTML part of ${mail.subject}`} sandbox="" srcDoc={mail.html} />
      <h3>Text part</h3>
      <pre className="mail__text" data-testid="mail-text">
        {mail.text}
      </pre>
    </article>
  );
}

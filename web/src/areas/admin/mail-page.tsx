import { Fragment } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { linkify } from '../../lib/linkify.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { FilterBar, PagedList, useUrlFilters } from '../../ui/list.js';

const PAGE_SIZE = 20;

/** `/admin/mail`: the dev outbox, where mails go while no SMTP server is configured. Superusers only. */
export function MailPage() {
  useDocumentTitle('Mail outbox');
  const filters = useUrlFilters();
  const { page } = filters;
  const to = filters.get('to');
  const mails = useApiQuery([...keys.mailOutbox, filters.key], (signal) =>
    settle(
      api.GET('/api/admin/mail/', {
        params: { query: { page, page_size: PAGE_SIZE, ...(to ? { to } : {}) } },
        signal,
      }),
      signal,
    ),
  );
  return (
    <section aria-labelledby="mail-title" className="page">
      <header className="page__head">
        <h1 id="mail-title">Mail outbox</h1>
        <p className="muted">
          Without <code>SMTP_URL</code> the server keeps its mails here instead of sending them: verification
          links, password resets, notices. Every template is previewed under{' '}
          <Link to="/admin/mail/templates">mail templates</Link>.
        </p>
      </header>
      <FilterBar
        filters={filters}
        param="to"
        label="Filter mails"
        searchLabel="Recipient"
        button="Filter"
        placeholder="someone@example.com"
      />
      <PagedList
        list={mails}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Mail pages"
        loadingLabel="Loading mails…"
        empty={`No mails${to ? ` to ${to}` : ''}.`}
      >
        {(results) => (
          <ul className="mail-list">
            {results.map((mail) => (
              <li key={mail.id} className="card mail">
                <details>
                  <summary>
                    <span className="mail__subject">{mail.subject}</span>
                    <span className="mail__meta">
                      <span className="break">To {mail.to}</span> · {formatDateTime(mail.created_at)}
                    </span>
                  </summary>
                  <pre className="mail__text">
                    <MailText text={mail.text} />
                  </pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}

/** The mail's text with its links clickable (a verification or reset link opens in this tab). */
function MailText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move.
        <Fragment key={index}>
          {part.kind === 'link' ? <a href={part.href}>{part.href}</a> : part.text}
        </Fragment>
      ))}
    </>
  );
}

import { type FormEvent, useState } from 'react';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { SearchBox } from '../../ui/forms.js';
import { Pagination } from '../../ui/pagination.js';

const PAGE_SIZE = 20;

/** `/admin/mail`: the dev outbox, where mails go while no SMTP server is configured. Any staff role. */
export function MailPage() {
  useDocumentTitle('Mail outbox');
  const [to, setTo] = useState('');
  const [query, setQuery] = useState({ to: '', page: 1 });
  const mails = useLoad(
    (signal) =>
      settle(
        api.GET('/api/admin/mail/', {
          params: {
            query: { page: query.page, page_size: PAGE_SIZE, ...(query.to ? { to: query.to } : {}) },
          },
          signal,
        }),
        signal,
      ),
    [query.to, query.page],
  );
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ to: to.trim(), page: 1 });
  };
  const data = mails.data;
  return (
    <section aria-labelledby="mail-title" className="page">
      <header className="page__head">
        <h1 id="mail-title">Mail outbox</h1>
        <p className="muted">
          Without <code>SMTP_URL</code> the server keeps its mails here instead of sending them: verification
          links, password resets, notices.
        </p>
      </header>
      <form className="filters" onSubmit={onSearch} aria-label="Filter mails">
        <SearchBox
          label="Recipient"
          id="mail-to"
          button="Filter"
          inputMode="email"
          placeholder="someone@example.com"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </form>
      {mails.status === 'error' ? <ErrorPanel problem={mails.problem} onRetry={mails.reload} /> : null}
      {!data && mails.status === 'loading' ? <Loading label="Loading mails…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <p className="empty">No mails{query.to ? ` to ${query.to}` : ''}.</p>
        ) : (
          <ul className="mail-list">
            {data.results.map((mail) => (
              <li key={mail.id} className="card mail">
                <details>
                  <summary>
                    <span className="mail__subject">{mail.subject}</span>
                    <span className="mail__meta">
                      <span className="break">To {mail.to}</span> · {formatDateTime(mail.created_at)}
                    </span>
                  </summary>
                  <pre className="mail__text">{mail.text}</pre>
                </details>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {data ? (
        <Pagination
          label="Mail pages"
          page={query.page}
          pageSize={PAGE_SIZE}
          count={data.count}
          onPage={(page) => setQuery((q) => ({ ...q, page }))}
        />
      ) : null}
    </section>
  );
}

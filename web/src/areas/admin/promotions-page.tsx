/**
 * `/admin/promotions` (managers and admins): every promotion with its QR code;
 * create, edit and deactivate them.
 */
import type { Schemas } from '@mercato/sdk';
import { type FormEvent, useState } from 'react';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { downloadBlob } from '../../lib/use-blob-url.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { FormAlert, SuccessAlert } from '../../ui/forms.js';

type Promotion = Schemas['LoyaltyPromotion'];
type Kind = Promotion['kind'];
const KINDS: Kind[] = ['percent_off', 'amount_off', 'free_item', 'bonus_points'];
const KIND_LABELS: Record<Kind, string> = {
  percent_off: 'Percent off',
  amount_off: 'Amount off',
  free_item: 'Free item',
  bonus_points: 'Bonus points',
};

interface Draft {
  code: string;
  name: string;
  description: string;
  kind: Kind;
  value: string;
  points_cost: string;
  max_redemptions: string;
  per_customer_limit: string;
  starts_at: string;
  ends_at: string;
}

const EMPTY: Draft = {
  code: '',
  name: '',
  description: '',
  kind: 'free_item',
  value: '',
  points_cost: '0',
  max_redemptions: '',
  per_customer_limit: '',
  starts_at: '',
  ends_at: '',
};

/** The promotion's QR code as a PNG file, fetched through the API client (a plain link cannot send its headers). */
function downloadQr(p: Promotion): Promise<boolean> {
  return downloadBlob(
    () =>
      api
        .GET('/api/admin/promotions/{id}/qr/', {
          params: { path: { id: p.id }, query: { format: 'png', size: 600 } },
          parseAs: 'blob',
        })
        .then((r) => r.data),
    `${p.code}.png`,
  );
}

function draftOf(p: Promotion): Draft {
  return {
    code: p.code,
    name: p.name,
    description: p.description,
    kind: p.kind,
    value: p.kind === 'free_item' ? '' : p.value,
    points_cost: String(p.points_cost),
    max_redemptions: p.max_redemptions === null ? '' : String(p.max_redemptions),
    per_customer_limit: p.per_customer_limit === null ? '' : String(p.per_customer_limit),
    starts_at: p.starts_at ? p.starts_at.slice(0, 16) : '',
    ends_at: p.ends_at ? p.ends_at.slice(0, 16) : '',
  };
}

function bodyOf(d: Draft) {
  const whole = (v: string) => (v.trim() ? Number(v) : null);
  const time = (v: string) => (v ? new Date(v).toISOString() : null);
  return {
    code: d.code.trim(),
    name: d.name,
    description: d.description,
    kind: d.kind,
    ...(d.kind === 'free_item' ? {} : { value: d.value.trim() }),
    points_cost: Number(d.points_cost || 0),
    max_redemptions: whole(d.max_redemptions),
    per_customer_limit: whole(d.per_customer_limit),
    starts_at: time(d.starts_at),
    ends_at: time(d.ends_at),
  };
}

function PromotionForm({
  initial,
  onSaved,
  onCancel,
  editing,
}: {
  initial: Draft;
  editing: Promotion | undefined;
  onSaved: (p: Promotion) => void;
  onCancel: () => void;
}) {
  const [d, setD] = useState(initial);
  const action = useAction({ invalidates: [keys.promotions] });
  const field = (name: keyof Draft, label: string, extra: Record<string, unknown> = {}) => (
    <p>
      <label htmlFor={`promo-${name}`}>{label}</label>
      <input
        id={`promo-${name}`}
        value={d[name]}
        onChange={(e) => setD({ ...d, [name]: e.target.value })}
        {...extra}
      />
      {action.problem?.errors[name]?.map((m) => (
        <span key={m} className="field__error">
          {m}
        </span>
      ))}
    </p>
  );
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body = bodyOf(d);
    const outcome = await action.run(() =>
      editing
        ? settle(api.PATCH('/api/admin/promotions/{id}/', { params: { path: { id: editing.id } }, body }))
        : settle(api.POST('/api/admin/promotions/', { body })),
    );
    if (outcome?.ok) onSaved(outcome.data);
  }
  return (
    <form
      className="form"
      onSubmit={onSubmit}
      aria-label={editing ? `Edit ${editing.code}` : 'New promotion'}
    >
      <h2>{editing ? `Edit ${editing.code}` : 'New promotion'}</h2>
      <FormAlert message={action.problem?.detail} />
      {field('code', 'Code', { required: true, pattern: '[A-Za-z0-9_\\-]+' })}
      {field('name', 'Name', { required: true })}
      {field('description', 'Description')}
      <p>
        <label htmlFor="promo-kind">Kind</label>
        <select id="promo-kind" value={d.kind} onChange={(e) => setD({ ...d, kind: e.target.value as Kind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </p>
      {d.kind === 'free_item'
        ? null
        : field(
            'value',
            d.kind === 'percent_off' ? 'Percent' : d.kind === 'amount_off' ? 'Amount' : 'Bonus points',
            { required: true, inputMode: 'decimal' },
          )}
      {field('points_cost', 'Points it costs', { type: 'number', min: 0 })}
      {field('max_redemptions', 'Uses in all (empty: no limit)', { type: 'number', min: 1 })}
      {field('per_customer_limit', 'Uses per customer (empty: no limit)', { type: 'number', min: 1 })}
      {field('starts_at', 'Starts', { type: 'datetime-local' })}
      {field('ends_at', 'Ends', { type: 'datetime-local' })}
      <button type="submit" className="button" disabled={action.busy}>
        {editing ? 'Save' : 'Create promotion'}
      </button>{' '}
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

export function PromotionsPage() {
  useDocumentTitle('Promotions');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ promotion?: Promotion } | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const list = useApiQuery([...keys.promotions, page], (signal) =>
    settle(api.GET('/api/admin/promotions/', { params: { query: { page, page_size: 25 } }, signal }), signal),
  );
  // A deactivated promotion is no longer offered at the counter either.
  const deactivate = useAction({ invalidates: [keys.promotions] });
  return (
    <section className="page" aria-labelledby="promotions-title">
      <header className="page__head">
        <h1 id="promotions-title">Promotions</h1>
        <button type="button" className="button" onClick={() => setEditing({})}>
          New promotion
        </button>
      </header>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <FormAlert message={deactivate.problem?.detail} />
      {editing ? (
        <PromotionForm
          key={editing.promotion?.id ?? 'new'}
          initial={editing.promotion ? draftOf(editing.promotion) : EMPTY}
          editing={editing.promotion}
          onCancel={() => setEditing(undefined)}
          onSaved={(p) => {
            setEditing(undefined);
            setNotice(`${p.code} saved.`);
          }}
        />
      ) : null}
      {list.status === 'error' && !list.data ? (
        <ErrorPanel problem={list.problem} onRetry={list.reload} />
      ) : null}
      {!list.data ? (
        list.status === 'loading' ? (
          <Loading label="Loading promotions…" />
        ) : null
      ) : (
        <>
          <table className="table">
            <caption className="visually-hidden">Promotions</caption>
            <thead>
              <tr>
                <th>Code</th>
                <th>Promotion</th>
                <th>Cost</th>
                <th>Used</th>
                <th>State</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((p) => (
                <tr key={p.id} data-testid="promotion-row" data-code={p.code}>
                  <td>
                    <code>{p.code}</code>
                  </td>
                  <td>
                    <span className="table__primary">{p.name}</span>
                    <span className="table__secondary">
                      {KIND_LABELS[p.kind]}
                      {p.kind === 'free_item' ? '' : ` ${p.value}`}
                    </span>
                  </td>
                  <td>{p.points_cost}</td>
                  <td>
                    {p.redemptions_count}
                    {p.max_redemptions === null ? '' : ` of ${p.max_redemptions}`}
                  </td>
                  <td>{p.is_active ? (p.valid_now ? 'Active' : 'Not valid now') : 'Inactive'}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={`QR image of ${p.code} (PNG)`}
                      onClick={() => void downloadQr(p)}
                    >
                      QR code
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => setEditing({ promotion: p })}
                      aria-label={`Edit ${p.code}`}
                    >
                      Edit
                    </button>{' '}
                    {p.is_active ? (
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        aria-label={`Deactivate ${p.code}`}
                        disabled={deactivate.busy}
                        onClick={async () => {
                          const outcome = await deactivate.run(() =>
                            settle(
                              api.DELETE('/api/admin/promotions/{id}/', { params: { path: { id: p.id } } }),
                            ),
                          );
                          if (outcome?.ok) {
                            setNotice(`${p.code} deactivated.`);
                          }
                        }}
                      >
                        Deactivate
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav aria-label="Promotion pages" className="pagination">
            <button
              type="button"
              className="button button--quiet"
              disabled={!list.data.previous}
              onClick={() => setPage((n) => n - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={!list.data.next}
              onClick={() => setPage((n) => n + 1)}
            >
              Next
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

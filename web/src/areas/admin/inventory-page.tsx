import type { Schemas } from '@mercato/sdk';
import { useState } from 'react';
import { NavLink } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { localProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { CATALOG_KEYS, keys } from '../../lib/query-keys.js';
import { readChoice } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Checkbox, DialogForm, Field, SelectField, SuccessAlert, useForm } from '../../ui/forms.js';
import { FilterBar, PagedList, Table, useUrlFilters } from '../../ui/list.js';

type InventoryItem = Schemas['InventoryItem'];
type Movement = Schemas['StockMovement'];
const PAGE_SIZE = 25;
const KINDS = ['initial', 'sale', 'cancel', 'adjustment', 'return'] as const;
const KIND_LABELS: Record<(typeof KINDS)[number], string> = {
  initial: 'Initial stock',
  sale: 'Sale',
  cancel: 'Cancelled order',
  adjustment: 'Adjustment',
  return: 'Return',
};

function InventoryTabs() {
  return (
    <nav aria-label="Inventory" className="tabs">
      <NavLink to="/admin/inventory" end className="tabs__link">
        Stock
      </NavLink>
      <NavLink to="/admin/inventory/movements" className="tabs__link">
        Movements
      </NavLink>
    </nav>
  );
}

/** `/admin/inventory`: every SKU with its stock; adjust one with a reason. Staff. */
export function InventoryPage() {
  useDocumentTitle('Inventory');
  const filters = useUrlFilters();
  const { page } = filters;
  const search = filters.get('search');
  const lowStock = filters.get('low_stock') === 'true';
  const [adjusting, setAdjusting] = useState<InventoryItem | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const query = {
    page,
    page_size: PAGE_SIZE,
    ...(search ? { search } : {}),
    ...(lowStock ? { low_stock: true } : {}),
  };
  const list = useApiQuery([...[...keys.inventory, 'items'], filters.key], (signal) =>
    settle(api.GET('/api/inventory/items/', { params: { query }, signal }), signal),
  );
  return (
    <section className="page" aria-labelledby="inventory-title">
      <header className="page__head">
        <h1 id="inventory-title">Inventory</h1>
        <InventoryTabs />
      </header>
      <FilterBar filters={filters} label="Filter stock" placeholder="SKU or product name">
        <Checkbox
          label="Low stock only"
          checked={lowStock}
          onChange={(e) => filters.update({ low_stock: e.target.checked ? 'true' : '' })}
        />
      </FilterBar>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <PagedList
        list={list}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Stock pages"
        loadingLabel="Loading stock…"
        empty="No SKU matches these filters."
      >
        {(items, busy) => (
          <Table caption="Stock per SKU" columns={['SKU', 'Product', 'Stock', '']} busy={busy}>
            {items.map((item) => (
              <tr key={item.size_id} data-testid="inventory-row" data-sku={item.sku}>
                <td>
                  <code>{item.sku}</code>
                </td>
                <td data-label="Product">
                  <span className="table__primary">{item.product.name}</span>
                  <span className="table__secondary">
                    {item.variant.color} · Size {item.size} · {item.category.name}
                  </span>
                </td>
                <td data-label="Stock">
                  <strong data-testid="stock">{item.stock}</strong>
                  {item.reserved ? <span className="table__secondary">{item.reserved} reserved</span> : null}
                  {item.low_stock ? <span className="badge badge--warn">Low</span> : null}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => setAdjusting(item)}
                    aria-label={`Adjust stock of ${item.sku}`}
                  >
                    Adjust
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedList>
      {adjusting ? (
        <AdjustDialog
          item={adjusting}
          onClose={() => setAdjusting(undefined)}
          onDone={(movement) => {
            setAdjusting(undefined);
            setNotice(
              `${movement.sku}: ${movement.delta > 0 ? '+' : ''}${movement.delta}, stock now ${movement.stock_after}.`,
            );
          }}
        />
      ) : null}
    </section>
  );
}

function AdjustDialog({
  item,
  onClose,
  onDone,
}: {
  item: InventoryItem;
  onClose: () => void;
  onDone: (movement: Movement) => void;
}) {
  const form = useForm({ delta: '', reason: '' }, { invalidates: CATALOG_KEYS });
  const onSubmit = form.onSubmit(async () => {
    const missing = requiredProblem(form.values);
    if (missing) return { ok: false as const, problem: missing };
    const delta = Number(form.values.delta);
    if (!Number.isInteger(delta) || delta === 0)
      return {
        ok: false as const,
        problem: localProblem('Check the change.', { delta: ['A whole number other than 0, like 5 or -2.'] }),
      };
    return settle(
      api.POST('/api/inventory/adjustments/', {
        body: { sku: item.sku, delta, reason: form.values.reason.trim() },
      }),
    );
  }, onDone);
  return (
    <DialogForm
      title={`Adjust ${item.sku}`}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit="Adjust stock"
      busyLabel="Saving…"
      intro={
        <p>
          {item.product.name}, {item.variant.color}, size {item.size}: {item.stock} in stock. The stock never
          goes below zero.
        </p>
      }
    >
      <Field
        label="Change"
        inputMode="numeric"
        hint="Positive to add, negative to remove."
        {...form.bind('delta')}
      />
      <Field label="Reason" hint="Kept in the movements ledger." {...form.bind('reason')} />
    </DialogForm>
  );
}

/** `/admin/inventory/movements`: the append-only ledger of every stock change. */
export function MovementsPage() {
  useDocumentTitle('Stock movements');
  const filters = useUrlFilters();
  const { page } = filters;
  const sku = filters.get('sku');
  const kind = readChoice(filters.params, 'kind', KINDS);
  const query = { page, page_size: PAGE_SIZE, ...(sku ? { sku } : {}), ...(kind ? { kind } : {}) };
  const list = useApiQuery([...[...keys.inventory, 'movements'], filters.key], (signal) =>
    settle(api.GET('/api/inventory/movements/', { params: { query }, signal }), signal),
  );
  return (
    <section className="page" aria-labelledby="movements-title">
      <header className="page__head">
        <h1 id="movements-title">Stock movements</h1>
        <InventoryTabs />
      </header>
      <FilterBar filters={filters} param="sku" label="Filter movements" searchLabel="SKU" button="Filter">
        <SelectField label="Kind" value={kind} onChange={(e) => filters.update({ kind: e.target.value })}>
          <option value="">Any kind</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      <PagedList
        list={list}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Movement pages"
        loadingLabel="Loading movements…"
        empty="No movement matches these filters."
      >
        {(movements, busy) => (
          <Table caption="Stock movements" columns={['When', 'SKU', 'Change', 'Why', 'Who']} busy={busy}>
            {movements.map((m) => (
              <tr key={m.id} data-testid="movement-row" data-kind={m.kind}>
                <td className="table__nowrap">{formatDateTime(m.created_at)}</td>
                <td data-label="SKU">
                  <code>{m.sku}</code>
                  {m.product ? <span className="table__secondary">{m.product.name}</span> : null}
                </td>
                <td data-label="Change">
                  <strong>{m.delta > 0 ? `+${m.delta}` : m.delta}</strong>
                  <span className="table__secondary">now {m.stock_after}</span>
                </td>
                <td data-label="Why">
                  {KIND_LABELS[m.kind]}
                  {m.reason ? <span className="table__secondary">{m.reason}</span> : null}
                </td>
                <td data-label="Who" className="break">
                  {m.actor?.email ?? '—'}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedList>
    </section>
  );
}

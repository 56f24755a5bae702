/** `/admin/billing/packages`: the internet packages (speed and monthly price) subscribers are billed for. */

import type { Schemas } from '@mercato/sdk';
import { useState } from 'react';
import { api } from '../../lib/api.js';
import { packageBody } from '../../lib/billing-forms.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import {
  Checkbox,
  DialogForm,
  Field,
  FormAlert,
  SuccessAlert,
  TextAreaField,
  useForm,
} from '../../ui/forms.js';
import { ListPage, Table, useUrlFilters } from '../../ui/list.js';

type Package = Schemas['BillingPackage'];
const PAGE_SIZE = 20;

export function PackagesPage() {
  useDocumentTitle('Packages');
  const filters = useUrlFilters();
  const money = useMoney();
  const [editing, setEditing] = useState<Package | 'new' | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const toggle = useAction({ invalidates: [keys.billing] });
  const query = { page: filters.page, page_size: PAGE_SIZE };
  const list = useApiQuery([...keys.billingPackages, query], (signal) =>
    settle(api.GET('/api/v1/packages', { params: { query }, signal }), signal),
  );

  const setActive = async (row: Package, is_active: boolean) => {
    setNotice(undefined);
    const outcome = await toggle.run(() =>
      settle(api.PUT('/api/v1/packages/{uid}', { params: { path: { uid: row.uid } }, body: { is_active } })),
    );
    if (outcome?.ok)
      setNotice(
        is_active ? `${row.name} is offered again.` : `${row.name} is deactivated: nobody new can take it.`,
      );
  };

  return (
    <ListPage
      titleId="packages-title"
      title="Packages"
      intro="Internet packages: the speed and what a month costs."
      actions={
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add a package
        </button>
      }
      notices={
        <>
          {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
          <FormAlert message={toggle.problem?.detail} />
        </>
      }
      list={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      pagerLabel="Package pages"
      loadingLabel="Loading packages…"
      empty="No package yet. Add one to start taking subscribers."
      dialogs={
        editing ? (
          <PackageDialog
            editing={editing === 'new' ? undefined : editing}
            onClose={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing(undefined);
              setNotice(`${saved.name} is saved.`);
            }}
          />
        ) : null
      }
    >
      {(rows, busy) => (
        <Table caption="Packages" columns={['Package', 'Speed', 'Price a month', 'State', '']} busy={busy}>
          {rows.map((row) => (
            <tr key={row.uid} data-testid="package-row">
              <td>
                <span className="table__primary">{row.name}</span>
                {row.description ? <span className="table__secondary">{row.description}</span> : null}
              </td>
              <td data-label="Speed">{row.speed_mbps} Mbps</td>
              <td data-label="Price a month">{money(row.price)}</td>
              <td data-label="State">
                {row.is_active ? 'Offered' : <span className="badge badge--muted">Deactivated</span>}
              </td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setEditing(row)}
                  aria-label={`Edit ${row.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  disabled={toggle.busy}
                  onClick={() => void setActive(row, !row.is_active)}
                  aria-label={`${row.is_active ? 'Deactivate' : 'Reactivate'} ${row.name}`}
                >
                  {row.is_active ? 'Deactivate' : 'Reactivate'}
                </button>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </ListPage>
  );
}

function PackageDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Package | undefined;
  onClose: () => void;
  onSaved: (saved: Package) => void;
}) {
  const form = useForm(
    {
      name: editing?.name ?? '',
      speed_mbps: editing ? String(editing.speed_mbps) : '',
      price: editing?.price ?? '',
      description: editing?.description ?? '',
    },
    { invalidates: [keys.billing] },
  );
  const [active, setActive] = useState(editing?.is_active ?? true);
  const onSubmit = form.onSubmit(async () => {
    const checked = packageBody(form.values, active);
    if (!checked.ok) return checked;
    return editing
      ? settle(
          api.PUT('/api/v1/packages/{uid}', { params: { path: { uid: editing.uid } }, body: checked.body }),
        )
      : settle(api.POST('/api/v1/packages', { body: checked.body }));
  }, onSaved);
  return (
    <DialogForm
      title={editing ? `Edit ${editing.name}` : 'Add a package'}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit={editing ? 'Save package' : 'Create package'}
      busyLabel="Saving…"
    >
      <Field label="Name" autoComplete="off" {...form.bind('name')} />
      <div className="form__pair">
        <Field label="Speed (Mbps)" inputMode="numeric" autoComplete="off" {...form.bind('speed_mbps')} />
        <Field
          label="Price a month"
          inputMode="decimal"
          autoComplete="off"
          hint="Like 25 or 24.99."
          {...form.bind('price')}
        />
      </div>
      <TextAreaField label="Description (optional)" rows={2} maxLength={2000} {...form.bind('description')} />
      <Checkbox
        label="Offered: new subscribers can take it"
        name="is_active"
        checked={active}
        onChange={(e) => setActive(e.target.checked)}
      />
    </DialogForm>
  );
}

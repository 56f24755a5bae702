import type { Schemas } from '@mercato/sdk';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.js';
import { can, canDeactivate, displayName, USER_TYPE_LABELS, type User } from '../../../lib/roles.js';

export type AdminUser = Schemas['AdminUser'];
export type VendorStatus = NonNullable<AdminUser['vendor_status']>;

export const VENDOR_LABELS: Record<VendorStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** One user in the list: who, role, state, joined, and the buttons `me` may use on them. */
export function UserRow({
  row,
  me,
  busy,
  onApprove,
  onReject,
  onDeactivate,
  onReactivate,
  onAccess,
}: {
  row: AdminUser;
  me: User | null;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onDeactivate: () => void;
  onReactivate: () => void;
  onAccess: () => void;
}) {
  const name = displayName(row);
  const vendorDecision =
    row.user_type === 'vendor' && can.decideVendors(me) && row.vendor_status !== 'approved';
  return (
    <tr data-testid="user-row" data-email={row.email}>
      <td>
        <span className="table__primary">{name}</span>
        <span className="table__secondary break">{row.email}</span>
        {name !== row.username ? <span className="table__secondary break">@{row.username}</span> : null}
      </td>
      <td data-label="Type">
        {USER_TYPE_LABELS[row.user_type]}
        {row.is_superuser ? ' (superuser)' : ''}
        {row.vendor_status ? (
          <>
            {' '}
            <span className={`badge badge--${row.vendor_status}`}>{VENDOR_LABELS[row.vendor_status]}</span>
          </>
        ) : null}
      </td>
      <td data-label="State">
        {row.is_active ? 'Active' : <span className="badge badge--muted">Inactive</span>}
        {row.email_verified ? null : <span className="table__secondary">Email not verified</span>}
      </td>
      <td data-label="Joined" className="table__nowrap">
        {formatDate(row.date_joined)}
      </td>
      <td className="table__actions">
        <Link
          to={`/admin/customers/${row.id}`}
          className="button button--small button--quiet"
          aria-label={`Customer page of ${name}`}
        >
          Customer
        </Link>
        {row.user_type === 'customer' && can.decideVendors(me) ? (
          <Link
            to={`/admin/loyalty/${row.id}`}
            className="button button--small button--quiet"
            aria-label={`Loyalty account of ${name}`}
          >
            Loyalty
          </Link>
        ) : null}
        {vendorDecision ? (
          <button
            type="button"
            className="button button--small"
            onClick={onApprove}
            disabled={busy}
            aria-label={`Approve ${name} as a vendor`}
          >
            Approve
          </button>
        ) : null}
        {vendorDecision && row.vendor_status === 'pending' ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={onReject}
            disabled={busy}
            aria-label={`Reject ${name} as a vendor`}
          >
            Reject
          </button>
        ) : null}
        {canDeactivate(me, row) ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={onAccess}
            disabled={busy}
            aria-label={`Change the role of ${name}`}
          >
            Role
          </button>
        ) : null}
        {row.is_active && canDeactivate(me, row) ? (
          <button
            type="button"
            className="button button--small button--quiet button--danger-text"
            onClick={onDeactivate}
            disabled={busy}
            aria-label={`Deactivate ${name}`}
          >
            Deactivate
          </button>
        ) : null}
        {!row.is_active && canDeactivate(me, row) ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={onReactivate}
            disabled={busy}
            aria-label={`Reactivate ${name}`}
          >
            Reactivate
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * A modal dialog on the native `<dialog>`: focus moves in and stays there,
 * Escape closes it, the page behind is inert. Rendered content only while open.
 */
import type { QueryKey } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { Outcome } from '../lib/problem.js';
import { useAction } from '../lib/query.js';

export function Modal({
  open,
  title,
  onClose,
  children,
  className,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    // Focus goes back to what opened the dialog (the dialog may be unmounted rather than closed).
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
    >
      {open ? (
        <div className="modal__body">
          <h2 id={titleId}>{title}</h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

/** "Are you sure?" with the consequence spelled out, and the action's own problem shown inside. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal open={open} title={title} onClose={onCancel}>
      {children}
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="modal__actions">
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

/**
 * A confirmation whose button runs one API call: busy while it runs, the
 * server's refusal shown inside, `onDone` with the answer when it succeeds.
 */
export function ActionDialog<T>({
  title,
  confirmLabel,
  run,
  onDone,
  onCancel,
  invalidates = [],
  children,
}: {
  title: string;
  confirmLabel: string;
  run: () => Promise<Outcome<T>>;
  /** The cached resources the action changes (query-keys.ts). */
  invalidates?: readonly QueryKey[];
  onDone: (data: T) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const action = useAction({ invalidates });
  const onConfirm = async () => {
    const outcome = await action.run(run);
    if (outcome?.ok) onDone(outcome.data);
  };
  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={confirmLabel}
      busy={action.busy}
      error={action.problem?.detail}
      onConfirm={() => void onConfirm()}
      onCancel={onCancel}
    >
      {children}
    </ConfirmDialog>
  );
}

/** Form parts shared by every page: labelled fields with their errors, alerts, a submit button. */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type SelectHTMLAttributes,
  useEffect,
  useId,
} from 'react';

interface FieldShell {
  label: string;
  /** Messages from the server (or this side) for this field. */
  errors?: string[] | undefined;
  /** A line under the label: format, rules. */
  hint?: ReactNode;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  return (
    <ul className="field__errors" id={id}>
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

export function Field({
  label,
  errors,
  hint,
  id,
  className,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={inputId}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy(hint ? `${inputId}-hint` : false, hasErrors && `${inputId}-errors`)}
        {...input}
      />
      {hasErrors ? <FieldErrors id={`${inputId}-errors`} errors={errors!} /> : null}
    </div>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  id,
  className,
  children,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement>) {
  const autoId = useId();
  const selectId = id ?? autoId;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={selectId}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${selectId}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={selectId}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy(hint ? `${selectId}-hint` : false, hasErrors && `${selectId}-errors`)}
        {...select}
      >
        {children}
      </select>
      {hasErrors ? <FieldErrors id={`${selectId}-errors`} errors={errors!} /> : null}
    </div>
  );
}

export function Checkbox({ label, id, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const autoId = useId();
  const inputId = id ?? autoId;
  return (
    <div className="checkbox">
      <input id={inputId} type="checkbox" {...input} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}

/** The sentence above a form after a failed submit; announced at once. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  );
}

export function SuccessAlert({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert--ok" role="status">
      {children}
    </div>
  );
}

/** Disabled while the form is submitting; says so to screen readers too. */
export function SubmitButton({
  busy,
  children,
  busyLabel,
  className = 'button',
  disabled,
}: {
  busy: boolean;
  children: ReactNode;
  busyLabel?: string;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <button type="submit" className={className} disabled={busy || disabled} aria-busy={busy || undefined}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

/**
 * After a failed submit, moves focus to the first field marked invalid (or, when
 * no field is, leaves it where it is: the alert above the form is announced).
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, problem: unknown) {
  useEffect(() => {
    if (!problem) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [form, problem]);
}

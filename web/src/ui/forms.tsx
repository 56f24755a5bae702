/**
 * Form parts shared by every page. One field frame (label, hint, the control,
 * the field's errors from a problem+json `errors` object) behind every kind of
 * control, a `useForm` hook that owns the values, the submit action and the
 * server's field errors, and presets for the fields many forms repeat (email,
 * names, passwords).
 */

import type { QueryKey } from '@tanstack/react-query';
import {
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { type FormErrors, formErrors, type Outcome, PHONE_PATTERN } from '../lib/problem.js';
import { type Action, useAction } from '../lib/query.js';
import { Modal } from './modal.js';

interface FieldShell {
  /** Text, or text with a visually hidden part that tells one row's field from the next. */
  label: ReactNode;
  /** Messages from the server (or this side) for this field. */
  errors?: string[] | undefined;
  /** A line under the label: format, rules. */
  hint?: ReactNode;
}

/** What the frame hands its control so label, hint and errors are tied to it. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** Label, hint, control, errors: the one layout of every field. */
function FieldFrame({
  label,
  errors,
  hint,
  id,
  className,
  control,
}: FieldShell & {
  id: string | undefined;
  className: string | undefined;
  control: (p: ControlProps) => ReactNode;
}) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${controlId}-hint`}>
          {hint}
        </p>
      ) : null}
      {control({
        id: controlId,
        'aria-invalid': hasErrors || undefined,
        'aria-describedby': describedBy(
          hint ? `${controlId}-hint` : false,
          hasErrors && `${controlId}-errors`,
        ),
      })}
      {hasErrors ? (
        <ul className="field__errors" id={`${controlId}-errors`}>
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface Shell extends FieldShell {
  id?: string | undefined;
  className?: string | undefined;
}

/** The frame's props, and the rest for the control. */
function splitShell<P extends Shell>({ label, errors, hint, id, className, ...control }: P) {
  return [{ label, errors, hint, id, className }, control] as const;
}

export function Field(props: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const [shell, input] = splitShell(props);
  return <FieldFrame {...shell} control={(frame) => <input {...frame} {...input} />} />;
}

export function SelectField(props: FieldShell & SelectHTMLAttributes<HTMLSelectElement>) {
  const [shell, select] = splitShell(props);
  return <FieldFrame {...shell} control={(frame) => <select {...frame} {...select} />} />;
}

export function TextAreaField(props: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [shell, area] = splitShell(props);
  return <FieldFrame {...shell} control={(frame) => <textarea {...frame} {...area} />} />;
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

/** What `form.bind(name)` spreads onto a field. */
export interface BoundField {
  name: string;
  value: string;
  errors: string[] | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
}

export interface FormApi<F extends string> {
  values: Record<F, string>;
  set: (field: F, value: string) => void;
  reset: (values?: Record<F, string>) => void;
  /** name, value, onChange and the server's errors for one field. */
  bind: (field: F) => BoundField;
  action: Action;
  errors: FormErrors<string>['fields'];
  /** The sentence above the form (detail plus errors on fields it does not show). */
  message: string | undefined;
  ref: RefObject<HTMLFormElement | null>;
  /** An `onSubmit` handler: runs `task` as the form's action and hands its outcome to `done`. */
  onSubmit: <T>(task: () => Promise<Outcome<T>>, done?: (data: T) => void) => (event: FormEvent) => void;
}

/**
 * Values of a form's text fields plus its submit action. `otherFields` are the
 * fields the form shows errors for without a text value here (a radio group, a select kept elsewhere).
 */
export function useForm<F extends string>(
  initial: Record<F, string>,
  {
    otherFields = [],
    onEdit,
    invalidates = [],
  }: {
    otherFields?: readonly string[];
    onEdit?: () => void;
    /** The cached resources a successful submit changes (query-keys.ts). */
    invalidates?: readonly QueryKey[];
  } = {},
): FormApi<F> {
  const [values, setValues] = useState(initial);
  const action = useAction({ invalidates });
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(ref, action.problem);
  const { fields: errors, message } = formErrors(action.problem, [...Object.keys(initial), ...otherFields]);
  const set = (field: F, value: string) => {
    onEdit?.();
    setValues((v) => ({ ...v, [field]: value }));
  };
  return {
    values,
    set,
    reset: (next = initial) => setValues(next),
    bind: (field) => ({
      name: field,
      value: values[field],
      errors: errors[field],
      onChange: (event) => set(field, event.target.value),
    }),
    action,
    errors,
    message,
    ref,
    onSubmit: (task, done) => (event) => {
      event.preventDefault();
      void action.run(task).then((outcome) => {
        if (outcome?.ok) done?.(outcome.data);
      });
    },
  };
}

/**
 * `<form>` with what every form here has: no browser validation bubbles (the
 * server's messages are shown instead), the alert on top, and a submit button
 * (or the caller's own `actions`, e.g. Cancel + submit in a dialog).
 */
export function Form<F extends string>({
  form,
  onSubmit,
  submit,
  busyLabel,
  actions,
  className = 'form',
  children,
  ...rest
}: {
  form: FormApi<F>;
  onSubmit: (event: FormEvent) => void;
  submit?: ReactNode;
  busyLabel?: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
  'aria-labelledby'?: string;
  'aria-label'?: string;
}) {
  return (
    <form ref={form.ref} className={className} onSubmit={onSubmit} noValidate {...rest}>
      <FormAlert message={form.message} />
      {children}
      {actions ?? (
        <SubmitButton busy={form.action.busy} {...(busyLabel ? { busyLabel } : {})}>
          {submit}
        </SubmitButton>
      )}
    </form>
  );
}

/** A form in a modal dialog: the fields, then Cancel and the submit button. */
export function DialogForm<F extends string>({
  title,
  form,
  onClose,
  onSubmit,
  submit,
  busyLabel,
  danger,
  intro,
  children,
}: {
  title: string;
  form: FormApi<F>;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  submit: ReactNode;
  busyLabel?: string;
  danger?: boolean;
  /** A paragraph above the form. */
  intro?: ReactNode;
  children: ReactNode;
}) {
  const actions = (
    <DialogActions
      busy={form.action.busy}
      onCancel={onClose}
      submit={submit}
      {...(busyLabel ? { busyLabel } : {})}
      {...(danger ? { danger } : {})}
    />
  );
  return (
    <Modal open title={title} onClose={onClose}>
      {intro}
      <Form form={form} className="form form--plain" onSubmit={onSubmit} actions={actions}>
        {children}
      </Form>
    </Modal>
  );
}

/** Cancel and submit at the foot of a form in a dialog. */
export function DialogActions({
  busy,
  onCancel,
  submit,
  busyLabel,
  danger,
}: {
  busy: boolean;
  onCancel: () => void;
  submit: ReactNode;
  busyLabel?: string;
  danger?: boolean;
}) {
  return (
    <div className="modal__actions">
      <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
      <SubmitButton
        busy={busy}
        {...(busyLabel ? { busyLabel } : {})}
        {...(danger ? { className: 'button button--danger' } : {})}
      >
        {submit}
      </SubmitButton>
    </div>
  );
}

type Preset = Omit<FieldShell, 'label'> & { label?: string } & InputHTMLAttributes<HTMLInputElement>;

export const PASSWORD_RULES =
  'At least 10 characters; not a common password, not close to your email or name.';

/** A phone number: the phone keyboard, and only phone-like text (checked with `phoneProblem` on submit). */
export function PhoneField({ label = 'Phone', ...props }: Preset) {
  return (
    <Field
      label={label}
      type="tel"
      autoComplete="tel"
      inputMode="tel"
      pattern={PHONE_PATTERN}
      hint="Digits, spaces and + ( ) -, like +1 555 010 0199."
      {...props}
    />
  );
}

export function EmailField({ label = 'Email', ...props }: Preset) {
  return <Field label={label} type="email" autoComplete="email" inputMode="email" required {...props} />;
}

/** A password the user chooses (`isNew`, with the rules as hint) or types to prove who they are. */
export function PasswordField({ label = 'Password', isNew, ...props }: Preset & { isNew?: boolean }) {
  return (
    <Field
      label={label}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      required
      {...(isNew ? { hint: PASSWORD_RULES } : {})}
      {...props}
    />
  );
}

/** First and last name side by side. `personal`: the browser may fill them in (off for someone else's account). */
export function NameFields<F extends string>({
  form,
  personal = true,
}: {
  form: FormApi<F | 'first_name' | 'last_name'>;
  personal?: boolean;
}) {
  return (
    <div className="form__pair">
      <Field label="First name" autoComplete={personal ? 'given-name' : 'off'} {...form.bind('first_name')} />
      <Field label="Last name" autoComplete={personal ? 'family-name' : 'off'} {...form.bind('last_name')} />
    </div>
  );
}

/** A new password and its confirmation (`<name>2`, checked on this side with `mismatchProblem`). */
export function NewPasswordFields<F extends string>({
  form,
  name,
  label = 'New password',
}: {
  form: FormApi<F>;
  name: F;
  label?: string;
}) {
  const confirm = `${name}2` as F;
  const confirmLabel = label === 'Password' ? 'Confirm password' : `Confirm ${label.toLowerCase()}`;
  return (
    <>
      <PasswordField label={label} isNew {...form.bind(name)} />
      <PasswordField label={confirmLabel} autoComplete="new-password" {...form.bind(confirm)} />
    </>
  );
}

/** A search input with its button, for the filter bars above lists; submits its form. */
export function SearchBox({
  label,
  button = 'Search',
  ...input
}: { label: string; button?: string; id: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field filters__search">
      <label htmlFor={input.id}>{label}</label>
      <div className="input-with-button">
        <input type="search" {...input} />
        <button type="submit" className="button button--small">
          {button}
        </button>
      </div>
    </div>
  );
}

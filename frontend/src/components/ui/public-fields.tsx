import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

/*
 * The fields of the public pages as the browser's own elements with a few lines of CSS (index.css, "amm-field"):
 * accessible and usable by keyboard and on a phone as they are, in both directions of writing, and without the
 * component library's input code in the public pages' chunks (their budget is 150 kB of JavaScript). The staff
 * screens keep the library's fields.
 */

type FieldFrame = {
  label: string;
  /** a message at the field; the field is marked invalid and names it as its description */
  error?: ReactNode;
  /** a width in pixels; the field never grows wider than its container */
  w?: number;
};

/** Label, control and error message of one field; `control` gets the ids it must carry. */
function Field({
  id,
  label,
  error,
  required,
  w,
  control,
}: FieldFrame & {
  id?: string;
  required?: boolean;
  control: (ids: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const generated = useId();
  const fieldId = id ?? generated;
  const errorId = `${fieldId}-error`;
  return (
    <div className="amm-field" style={w ? { inlineSize: w } : undefined}>
      <label htmlFor={fieldId} className="amm-field-label">
        {label}
        {required && (
          <span className="amm-field-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {control({
        id: fieldId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {error && (
        <p id={errorId} className="amm-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A line of text. */
export function PublicTextField({
  id,
  label,
  error,
  w,
  required,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>) {
  return (
    <Field
      id={id}
      label={label}
      error={error}
      w={w}
      required={required}
      control={(ids) => <input className="amm-input" required={required} {...input} {...ids} />}
    />
  );
}

/** Several lines of text; the field grows with what is written. */
export function PublicTextArea({
  id,
  label,
  error,
  w,
  required,
  rows = 4,
  ...textarea
}: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>) {
  return (
    <Field
      id={id}
      label={label}
      error={error}
      w={w}
      required={required}
      control={(ids) => (
        <textarea className="amm-input amm-textarea" required={required} rows={rows} {...textarea} {...ids} />
      )}
    />
  );
}

type Option = { value: string; label: string };

/**
 * A choice as the browser's own select. With `placeholder`, an empty first option stands for "none chosen" (all
 * districts, any kind).
 */
export function PublicSelect({
  id,
  label,
  placeholder,
  value,
  onChange,
  data,
  w,
}: FieldFrame & {
  id?: string;
  placeholder?: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  data: Option[];
}) {
  const options = placeholder === undefined ? data : [{ value: '', label: placeholder }, ...data];
  return (
    <Field
      id={id}
      label={label}
      w={w}
      control={(ids) => (
        <select
          className="amm-input"
          value={value ?? ''}
          onChange={(event) => onChange(event.currentTarget.value || undefined)}
          {...ids}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A box to tick, its label beside it. */
export function PublicCheckbox({
  label,
  checked,
  onChange,
  error,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="amm-field">
      <div className="amm-check">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error && (
        <p id={errorId} className="amm-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A message that stands out: an error (read out at once), or a success. */
export function PublicNotice({
  tone,
  title,
  children,
}: {
  tone: 'error' | 'success';
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={`amm-notice amm-notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="amm-notice-title">{title}</p>}
      {children}
    </div>
  );
}

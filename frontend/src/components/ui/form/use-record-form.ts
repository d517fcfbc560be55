import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError, type FieldError } from '@/lib/api-client';
import { useParamCodeLabel } from '@/lib/code-lists';
import { fieldErrorText, placeOf, type SaveRequest } from '@/lib/form';
import { QUIET_FOCUS } from './day-input';
import type { FieldRegistry } from './field-registry';

/** The mutation of a record form (see the `api/save-*.ts` files): takes the checked values and a key. */
export type SaveMutation<TValues, TResult> = {
  mutateAsync: (request: SaveRequest<TValues>) => Promise<TResult>;
  error: unknown;
  isPending: boolean;
};

/** A server field error about a field the form does not show: shown in the form's alert. */
export type UnplacedError = { label: string; message: string };

export type RecordFormOptions<TValues extends FieldValues, TResult> = {
  /** The form's rules (next to the mutation, built with the translation function for its messages). */
  schema: z.ZodType<TValues, TValues>;
  defaultValues: DefaultValues<TValues>;
  /** Values that arrive later (the caller's person id, say): taken over where the user changed nothing. */
  values?: TValues;
  mutation: SaveMutation<TValues, TResult>;
  onSaved: (result: TResult) => void;
  /** The form's names for fields the API names otherwise (`consent.givenOn` → `consentGivenOn`). */
  fieldNames?: Readonly<Record<string, FieldPath<TValues>>>;
  /** Labels for fields the server may name but the form does not show (such as a hidden project). */
  labels?: Readonly<Record<string, string>>;
  /**
   * `form` (a record form): one idempotency key for the life of the form, so that a retry after a lost answer
   * cannot create a second record, even when the user changed a field meanwhile (the server then refuses).
   * `request` (a form that stays open for the next request): one key per distinct request, forgotten once
   * it succeeded.
   */
  idempotency?: 'form' | 'request';
};

export type RecordFormState<TValues extends FieldValues> = {
  form: UseFormReturn<TValues>;
  /** Spread onto the `<form>` element. */
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    noValidate: true;
  };
  /** Provided to the fields (see RecordForm), which register their names and labels. */
  registry: FieldRegistry;
  /** The failed save, for the form's alert. */
  error: unknown;
  /** Server field errors about fields the form does not show, for the form's alert. */
  unplacedErrors: UnplacedError[];
  isPending: boolean;
};

/**
 * One way for every record form to save: it checks the values with the form's schema, sends them once with
 * an idempotency key (a retry of the same form cannot create a second record), shows the server's field
 * errors at their fields in the UI's language (or in the alert when the form does not show the field), and
 * brings the first error into view and focus: a field of a long form, or else the alert at its top.
 */
export function useRecordForm<TValues extends FieldValues, TResult>({
  schema,
  defaultValues,
  values,
  mutation,
  onSaved,
  fieldNames = {},
  labels = {},
  idempotency = 'form',
}: RecordFormOptions<TValues, TResult>): RecordFormState<TValues> {
  const { t, i18n } = useTranslation();
  const [formKey] = useState(() => crypto.randomUUID());
  const requestKeys = useRef(new Map<string, string>());
  const form = useForm<TValues>({
    resolver: zodResolver(schema),
    defaultValues,
    values,
    resetOptions: { keepDirtyValues: true },
    // the form focuses the first error itself, in the order the fields are shown
    shouldFocusError: false,
  });
  // the fields the form shows, with their labels (they register themselves)
  const [shown, setShown] = useState<ReadonlyMap<string, string>>(() => new Map());
  // the last failed save's field errors, and the fields that show theirs
  const [serverErrors, setServerErrors] = useState<{ errors: FieldError[]; atFields: Set<string> }>(() => ({
    errors: [],
    atFields: new Set(),
  }));
  const formRef = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);

  const codeLabelOf = useParamCodeLabel();
  // worded now, in the current language and with the current labels (a field no form shows, such as the
  // mentee's consent that an operation needs, by the app's common name for it)
  const labelOf = (path: string) =>
    shown.get(placeOf(path, fieldNames).name) ??
    labels[path] ??
    (i18n.exists(`form.fieldLabels.${path}`) ? t(`form.fieldLabels.${path}`) : undefined);
  const messages = new Map<string, string[]>();
  const unplacedErrors: UnplacedError[] = [];
  for (const fieldError of serverErrors.errors) {
    const place = placeOf(fieldError.field, fieldNames);
    const text = fieldErrorText(fieldError, i18n, labelOf, codeLabelOf);
    const message = place.entry ? t('form.entry', { position: place.entry, message: text }) : text;
    if (serverErrors.atFields.has(place.name)) {
      messages.set(place.name, [...(messages.get(place.name) ?? []), message]);
    } else {
      unplacedErrors.push({ label: labelOf(fieldError.field) ?? fieldError.field, message });
    }
  }

  const registry: FieldRegistry = {
    register: useCallback((name: string, label: string) => {
      setShown((before) => (before.get(name) === label ? before : new Map(before).set(name, label)));
      return () =>
        setShown((before) => {
          if (before.get(name) !== label) return before;
          const after = new Map(before);
          after.delete(name);
          return after;
        });
    }, []),
    serverMessage: (name) => messages.get(name)?.join(' '),
  };

  // after the render that shows new errors: the first one into view and focus (reading the count of
  // submissions has the form render again after each, when its fields show their errors)
  void form.formState.submitCount;
  useEffect(() => {
    if (focusPending.current && formRef.current && focusFirstError(formRef.current)) {
      focusPending.current = false;
    }
  });

  const keyFor = (checked: TValues) => {
    if (idempotency === 'form') return formKey;
    const request = JSON.stringify(checked);
    const key = requestKeys.current.get(request) ?? crypto.randomUUID();
    requestKeys.current.set(request, key);
    return key;
  };

  const save = async (checked: TValues) => {
    focusPending.current = false;
    setServerErrors({ errors: [], atFields: new Set() });
    let result: TResult;
    try {
      result = await mutation.mutateAsync({ values: checked, idempotencyKey: keyFor(checked) });
    } catch (error) {
      const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      // at the fields the form shows; the form's alert lists the others
      const atFields = new Set(
        errors
          .map((fieldError) => placeOf(fieldError.field, fieldNames).name)
          .filter((name) => shown.has(name)),
      );
      for (const name of atFields) form.setError(name as FieldPath<TValues>, { type: 'server' });
      setServerErrors({ errors, atFields });
      focusPending.current = true;
      return;
    }
    requestKeys.current.clear();
    onSaved(result);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const invalid = () => {
      focusPending.current = true;
    };
    void form.handleSubmit(save, invalid)(event);
  };

  return {
    form,
    formProps: { ref: formRef, onSubmit, noValidate: true },
    registry,
    error: mutation.error,
    unplacedErrors,
    isPending: mutation.isPending,
  };
}

/**
 * Scrolls to and focuses the first field of the form that shows an error (in the order the fields are
 * shown), or else the form's alert; false when there is neither (yet).
 */
export function focusFirstError(form: HTMLElement): boolean {
  const target =
    form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    form.querySelector<HTMLElement>('[data-form-alert]');
  if (!target) return false;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // a day input would open its calendar over the field and its label
  target.setAttribute(QUIET_FOCUS, '');
  target.focus({ preventScroll: true });
  target.removeAttribute(QUIET_FOCUS);
  return true;
}

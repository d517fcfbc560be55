import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRegisteredField } from './field-registry';

/** What every form field takes: the form's control, the field's name in the form's values, and its label. */
export type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
};

type ErrorNode = { message?: unknown } | (ErrorNode | undefined)[] | undefined;

/**
 * Connects a field to its form: its ref, value and handlers, the message of its error (for a list, that of its first
 * wrong entry, with the entry's position), and its label for the form's error handling.
 */
export function useFormField<T extends FieldValues>({ control, name, label }: FieldProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, ...input },
    fieldState,
  } = useController({ control, name });
  const serverMessage = useRegisteredField(name, label);
  const node = fieldState.error as ErrorNode;
  let error: string | undefined;
  if (fieldState.error?.type === 'server') {
    // worded by the form, so that it follows a change of the UI language
    error = serverMessage(name);
  } else if (Array.isArray(node)) {
    const position = node.findIndex((entry) => !Array.isArray(entry) && typeof entry?.message === 'string');
    const entry = node[position];
    if (entry && !Array.isArray(entry))
      error = t('form.entry', { position: position + 1, message: entry.message });
  } else if (typeof node?.message === 'string' && node.message) {
    error = node.message;
  }
  return { ref, input, error };
}

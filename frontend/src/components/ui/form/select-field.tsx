import {
  MultiSelect,
  Select,
  TagsInput,
  type MultiSelectProps,
  type SelectProps,
  type TagsInputProps,
} from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useCodeOptions, type CodeListName } from '@/lib/code-lists';
import { useFormField, type FieldProps } from './use-form-field';

type Controlled = 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error';

/** One of a list of options; an empty choice holds ''. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> & Omit<SelectProps, Controlled>) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <Select
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      value={input.value || null}
      onChange={(value) => input.onChange(value ?? '')}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

/** One code of a code list of the API (gender, sector, …), labelled in the UI language. */
export function CodeField<T extends FieldValues>({
  list,
  ...props
}: FieldProps<T> & Omit<SelectProps, Controlled | 'data'> & { list: CodeListName }) {
  const options = useCodeOptions(list);
  return <SelectField {...props} data={options} />;
}

/** Several of a list of options. */
export function MultiSelectField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> & Omit<MultiSelectProps, Controlled>) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <MultiSelect
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      value={input.value ?? []}
      onChange={input.onChange}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

/** Several codes of a code list of the API (topics, consent scopes, …), labelled in the UI language. */
export function CodesField<T extends FieldValues>({
  list,
  ...props
}: FieldProps<T> & Omit<MultiSelectProps, Controlled | 'data'> & { list: CodeListName }) {
  const options = useCodeOptions(list);
  return <MultiSelectField {...props} data={options} />;
}

/** Free entries (language codes, say), each confirmed with Enter; `normalize` tidies each entry. */
export function TagsField<T extends FieldValues>({
  control,
  name,
  label,
  normalize = (entry) => entry,
  ...props
}: FieldProps<T> & Omit<TagsInputProps, Controlled> & { normalize?: (entry: string) => string }) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <TagsInput
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      value={input.value ?? []}
      onChange={(entries) => input.onChange(entries.map(normalize))}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

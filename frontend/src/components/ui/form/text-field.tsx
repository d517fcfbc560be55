import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useFormField, type FieldProps } from './use-form-field';

type Controlled = 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error';

/** A line of text; an empty field holds ''. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> & Omit<TextInputProps, Controlled>) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <TextInput
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      value={input.value ?? ''}
      onChange={input.onChange}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

/** Text over several lines, growing with its content. */
export function TextareaField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> & Omit<TextareaProps, Controlled>) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <Textarea
      autosize
      minRows={2}
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      value={input.value ?? ''}
      onChange={input.onChange}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

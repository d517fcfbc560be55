import { Checkbox, type CheckboxProps } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useFormField, type FieldProps } from './use-form-field';

type Controlled = 'name' | 'label' | 'checked' | 'defaultChecked' | 'onChange' | 'onBlur' | 'error';

/** A yes or no; the form holds true or false. */
export function CheckboxField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> & Omit<CheckboxProps, Controlled>) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <Checkbox
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      checked={Boolean(input.value)}
      onChange={(event) => input.onChange(event.currentTarget.checked)}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

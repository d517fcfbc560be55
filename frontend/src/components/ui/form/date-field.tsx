import type { FieldValues } from 'react-hook-form';
import { DayInput, type DayInputProps } from './day-input';
import { useFormField, type FieldProps } from './use-form-field';

/** A day of a record (YYYY-MM-DD; '' when left empty); `notAfterToday` where the future is not allowed. */
export function DateField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> & Omit<DayInputProps, 'name' | 'label' | 'value' | 'onChange' | 'error'>) {
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <DayInput
      clearable={!props.required}
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

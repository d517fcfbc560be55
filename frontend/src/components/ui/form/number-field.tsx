import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useFormField, type FieldProps } from './use-form-field';

/** The number a partly typed text stands for ("1." is 1, "-" none yet), or null. */
function numberOf(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * A number; an empty field holds null. What the user typed stays as typed: a number out of range is not clamped
 * to `min` or `max` (which only bound the stepper) but shown with the form's error at the field, and a number
 * still being typed ("1.", "-") stays on screen while the form holds what it stands for so far.
 */
export function NumberField<T extends FieldValues>({
  control,
  name,
  label,
  ...props
}: FieldProps<T> &
  Omit<NumberInputProps, 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error'>) {
  const { ref, input, error } = useFormField({ control, name, label });
  const [typed, setTyped] = useState<string | null>(null);
  const held = (input.value as number | null | undefined) ?? null;
  // the text being typed, as long as the form still holds its number (a reset of the form replaces it)
  const shown = typed !== null && numberOf(typed) === held ? typed : (held ?? '');
  return (
    <NumberInput
      clampBehavior="none"
      {...props}
      ref={ref}
      name={input.name}
      label={label}
      value={shown}
      onChange={(value) => {
        if (typeof value === 'number') {
          setTyped(null);
          input.onChange(value);
        } else {
          setTyped(value === '' ? null : value);
          input.onChange(numberOf(value));
        }
      }}
      onBlur={input.onBlur}
      error={error}
    />
  );
}

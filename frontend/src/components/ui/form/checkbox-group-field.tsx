import { Checkbox, Stack, type CheckboxGroupProps } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useCodeOptions, type CodeListName } from '@/lib/code-lists';
import { useFormField, type FieldProps } from './use-form-field';

type Controlled = 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'children';

/**
 * Several codes of a code list of the API as checkboxes (the scopes of a consent declaration), labelled in the UI
 * language; for a short list whose every entry should be seen.
 */
export function CodeCheckboxesField<T extends FieldValues>({
  control,
  name,
  label,
  list,
  only,
  ...props
}: FieldProps<T> &
  Omit<CheckboxGroupProps, Controlled> & {
    list: CodeListName;
    /** Offers only these codes (in the list's order), such as the consent scopes in force. */
    only?: readonly string[];
  }) {
  const options = useCodeOptions(list).filter((option) => !only || only.includes(option.value));
  const { ref, input, error } = useFormField({ control, name, label });
  return (
    <Checkbox.Group
      {...props}
      label={label}
      value={input.value ?? []}
      onChange={input.onChange}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            ref={index === 0 ? ref : undefined}
            value={option.value}
            label={option.label}
            onBlur={input.onBlur}
            aria-invalid={error ? true : undefined}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

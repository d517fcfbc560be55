import { NativeSelect } from '@mantine/core';

type Option = { value: string; label: string };

/**
 * A choice on a public page as the browser's own select: accessible and usable by keyboard and on a phone as it is,
 * and without the code of a custom combobox in the public pages' chunks. With `placeholder`, an empty first option
 * stands for "none chosen" (all districts, any kind).
 */
export function PublicSelect({
  id,
  label,
  placeholder,
  value,
  onChange,
  data,
  w,
  maw,
}: {
  id?: string;
  label: string;
  placeholder?: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  data: Option[];
  w?: number;
  maw?: number;
}) {
  const options = placeholder === undefined ? data : [{ value: '', label: placeholder }, ...data];
  return (
    <NativeSelect
      id={id}
      label={label}
      w={w}
      maw={maw}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data={options}
    />
  );
}

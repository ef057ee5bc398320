import { NativeSelect } from '@mantine/core';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  label: string;
  /** The search parameter it sets. */
  name: string;
  description?: string;
  /** Unset (null, undefined or '') means no filter. */
  value: string | null | undefined;
  /** The first choice, which lifts the filter: "All arrondissements", "Any language"… */
  anyLabel: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}

/** A filter of a list: one of `options`, or none (the empty value, offered first as `anyLabel`). */
export function FilterSelect({
  label,
  name,
  description,
  value,
  anyLabel,
  options,
  onChange,
}: FilterSelectProps) {
  return (
    <NativeSelect
      label={label}
      name={name}
      description={description}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: anyLabel }, ...options]}
    />
  );
}

import { ActionIcon, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { parseQuantity } from '../utils/quantities';

export interface QuantityInputProps {
  label: string;
  value: string;
  id?: string;
  onChange: (value: string) => void;
  name?: string;
  description?: string;
  error?: string;
  required?: boolean;
  /** The − button does not go below this (0 by default). */
  min?: number;
  /** The + button does not go above this. */
  max?: number;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A whole number of units, typed with the phone's numeric keypad or nudged with big − and + buttons (thumb
 * sized, named after the field).
 */
export function QuantityInput({
  id,
  label,
  value,
  onChange,
  name,
  description,
  error,
  required,
  min = 0,
  max,
  ref,
}: QuantityInputProps) {
  const { t } = useTranslation();
  const current = parseQuantity(value);
  const step = (delta: number) => {
    const next = (current ?? min) + delta;
    const bounded = Math.max(min, max === undefined ? next : Math.min(max, next));
    onChange(String(bounded));
  };
  return (
    <TextInput
      ref={ref}
      id={id}
      label={label}
      name={name}
      description={description}
      error={error}
      required={required}
      size="lg"
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      styles={{ input: { textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
      leftSectionWidth={52}
      rightSectionWidth={52}
      leftSectionPointerEvents="auto"
      rightSectionPointerEvents="auto"
      leftSection={
        <ActionIcon
          size={44}
          variant="light"
          onClick={() => step(-1)}
          disabled={current !== null && current <= min}
          aria-label={t('stock.quantity.decrease', { label })}
        >
          <span aria-hidden="true">−</span>
        </ActionIcon>
      }
      rightSection={
        <ActionIcon
          size={44}
          variant="light"
          onClick={() => step(1)}
          disabled={current !== null && max !== undefined && current >= max}
          aria-label={t('stock.quantity.increase', { label })}
        >
          <span aria-hidden="true">+</span>
        </ActionIcon>
      }
    />
  );
}

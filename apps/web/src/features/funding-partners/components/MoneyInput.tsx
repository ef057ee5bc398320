import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef } from 'react';

/** An amount in euros typed as text ("10 000", "12,50"): read exactly by `parseEuros`. */
export const MoneyInput = forwardRef<HTMLInputElement, Omit<TextInputProps, 'inputMode' | 'rightSection'>>(
  function MoneyInput(props, ref) {
    return (
      <TextInput
        ref={ref}
        inputMode="decimal"
        autoComplete="off"
        rightSection={<span aria-hidden="true">€</span>}
        {...props}
      />
    );
  },
);

import { Button, Fieldset, Group, NativeSelect, Stack } from '@mantine/core';
import type { ComboboxStringGroupData } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { parseQuantity } from '../utils/quantities';
import { QuantityInput } from './QuantityInput';

/** One line of a walk-in gift or a transfer, as typed. */
export interface VariantLine {
  /** Stable React key. */
  key: number;
  variantId: string;
  quantity: string;
}

export interface VariantLineErrors {
  variant?: string;
  quantity?: string;
}

export function newLine(lines: readonly VariantLine[]): VariantLine {
  return { key: Math.max(0, ...lines.map((line) => line.key)) + 1, variantId: '', quantity: '1' };
}

export interface VariantLinesEditorProps {
  /** Prefix of the fields' names, unique in the page (e.g. "walk-in"). */
  prefix: string;
  lines: VariantLine[];
  onChange: (lines: VariantLine[]) => void;
  /** The variants to choose from, grouped by item. */
  options: ComboboxStringGroupData;
  errors?: Record<number, VariantLineErrors>;
  /** Upper bound of a line's quantity for a variant (e.g. what is in stock). */
  maxOf?: (variantId: string) => number | undefined;
  maxLines?: number;
}

/** Lines of "which variant, how many", one fieldset each, with buttons to add and remove lines. */
export function VariantLinesEditor({
  prefix,
  lines,
  onChange,
  options,
  errors = {},
  maxOf,
  maxLines = 50,
}: VariantLinesEditorProps) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<VariantLine>) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));

  return (
    <Stack gap="sm">
      {lines.map((line, index) => {
        const number = index + 1;
        return (
          <Fieldset key={line.key} legend={t('stock.lines.legend', { number })} p="sm">
            <Stack gap="sm">
              <NativeSelect
                label={t('stock.lines.variant')}
                name={`${prefix}-variant-${line.key}`}
                size="lg"
                required
                value={line.variantId}
                onChange={(event) => update(line.key, { variantId: event.currentTarget.value })}
                error={errors[line.key]?.variant}
                data={[{ value: '', label: t('stock.lines.chooseVariant') }, ...options]}
              />
              <QuantityInput
                label={t('stock.lines.quantity')}
                name={`${prefix}-quantity-${line.key}`}
                required
                min={1}
                max={line.variantId ? maxOf?.(line.variantId) : undefined}
                value={line.quantity}
                onChange={(quantity) => update(line.key, { quantity })}
                error={errors[line.key]?.quantity}
              />
              {lines.length > 1 ? (
                <Button
                  variant="subtle"
                  color="var(--mantine-color-red-9)"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
                >
                  {t('stock.lines.remove', { number })}
                </Button>
              ) : null}
            </Stack>
          </Fieldset>
        );
      })}
      {lines.length < maxLines ? (
        <Group>
          <Button variant="outline" size="md" onClick={() => onChange([...lines, newLine(lines)])}>
            {t('stock.lines.add')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/**
 * Checks typed lines: a variant chosen once, a whole quantity from 1 (up to `maxOf` when given). Returns the
 * errors by line key, and the lines ready for the API when there are none.
 */
export function checkLines(
  lines: readonly VariantLine[],
  t: TFunction,
  maxOf?: (variantId: string) => number | undefined,
): { errors: Record<number, VariantLineErrors>; valid?: { variantId: string; quantity: number }[] } {
  const errors: Record<number, VariantLineErrors> = {};
  const seen = new Set<string>();
  for (const line of lines) {
    const found: VariantLineErrors = {};
    if (!line.variantId) found.variant = t('stock.errors.variantRequired');
    else if (seen.has(line.variantId)) found.variant = t('stock.errors.variantTwice');
    seen.add(line.variantId);
    const quantity = parseQuantity(line.quantity);
    const max = line.variantId ? maxOf?.(line.variantId) : undefined;
    if (quantity === null || quantity < 1) found.quantity = t('stock.errors.quantityFromOne');
    else if (max !== undefined && quantity > max)
      found.quantity = t('stock.errors.moreThanStock', { count: max });
    if (found.variant || found.quantity) errors[line.key] = found;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    valid: lines.map((line) => ({ variantId: line.variantId, quantity: parseQuantity(line.quantity)! })),
  };
}

/** Focuses the first field in error of the lines, if any. */
export function focusFirstLineError(
  prefix: string,
  lines: readonly VariantLine[],
  errors: Record<number, VariantLineErrors>,
) {
  const line = lines.find((candidate) => errors[candidate.key]);
  if (!line) return;
  const field = errors[line.key]!.variant ? 'variant' : 'quantity';
  document.querySelector<HTMLElement>(`[name="${prefix}-${field}-${line.key}"]`)?.focus();
}

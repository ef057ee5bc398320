import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { CATALOGUE_QUERY } from '../../catalogue/graphql/catalogueQuery';

export interface VariantSelectProps {
  label: string;
  value: string;
  onChange: (variantId: string) => void;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A variant of the catalogue, grouped by item ("Chaussettes" › "Homme 43-46"), most needed items first. */
export function VariantSelect({ label, value, onChange, error, ref }: VariantSelectProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const { data, loading, error: loadError } = useQuery(CATALOGUE_QUERY, { variables: { lang } });
  const groups = (data?.catalogue ?? []).map((item) => ({
    group: item.name,
    items: item.variants.map((variant) => ({ value: variant.id, label: `${item.name} – ${variant.label}` })),
  }));
  return (
    <NativeSelect
      ref={ref}
      label={label}
      name="variant"
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: loading ? t('app.loading') : t('items.offer.chooseVariant') }, ...groups]}
      error={error ?? (loadError ? t('app.error') : undefined)}
    />
  );
}

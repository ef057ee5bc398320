import { useQuery } from '@apollo/client/react';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { FilterSelect } from '../../../components/FilterSelect';
import { QueryStatus } from '../../../components/QueryStatus';
import type { NeedFilterInput } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { CATALOGUE_QUERY } from '../../catalogue/graphql/catalogueQuery';
import classes from '../../identity/components/IdentityForm.module.css';
import { useViewer } from '../../identity/hooks/useViewer';
import { NeedCard } from '../components/NeedCard';
import { OfferForm } from '../components/OfferForm';
import { SignInToOffer } from '../components/SignInToOffer';
import { OPEN_NEEDS_QUERY } from '../graphql/itemsOperations';
import { useNeedCsvColumns } from '../hooks/useItemsCsvColumns';
import { useDistrictOptions } from '../utils/format';
import { LIVE_POLL_INTERVAL_MS } from '../utils/live';

/** How many needs the list shows at most. */
export const NEEDS_PAGE_SIZE = 50;

/** The filters, kept in the address so that a filtered list can be shared or bookmarked. */
const PARAMS = { districtCode: 'arrondissement', itemCode: 'objet', near: 'pres' } as const;

function useNeedFilter(): [NeedFilterInput, (key: keyof typeof PARAMS, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const filter: NeedFilterInput = {};
  for (const [key, param] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = params.get(param);
    if (value) filter[key] = value;
  }
  const setFilter = (key: keyof typeof PARAMS, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(PARAMS[key], value);
        else next.delete(PARAMS[key]);
        return next;
      },
      { replace: true },
    );
  return [filter, setFilter];
}

/** Arrondissement, item category and "near me": each change asks the API again. */
function NeedFilters({
  filter,
  onChange,
}: {
  filter: NeedFilterInput;
  onChange: (key: keyof typeof PARAMS, value: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const districtOptions = useDistrictOptions();
  const catalogue = useQuery(CATALOGUE_QUERY, { variables: { lang } });
  const itemOptions = (catalogue.data?.catalogue ?? []).map((item) => ({
    value: item.code,
    label: item.name,
  }));
  // An item filter from the address stays selectable while the catalogue loads.
  if (filter.itemCode && !itemOptions.some((option) => option.value === filter.itemCode)) {
    itemOptions.push({ value: filter.itemCode, label: filter.itemCode });
  }
  return (
    <Paper withBorder p="md" role="search" aria-labelledby="needs-filters-heading" className={classes.form}>
      <Title order={2} size="h4" id="needs-filters-heading" mb="sm">
        {t('items.needs.filters')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <FilterSelect
          label={t('items.needs.district')}
          name="districtCode"
          value={filter.districtCode}
          onChange={(value) => onChange('districtCode', value)}
          anyLabel={t('items.needs.allDistricts')}
          options={districtOptions}
        />
        <FilterSelect
          label={t('items.needs.item')}
          name="itemCode"
          value={filter.itemCode}
          onChange={(value) => onChange('itemCode', value)}
          anyLabel={t('items.needs.allItems')}
          options={itemOptions}
        />
        <FilterSelect
          label={t('items.needs.near')}
          description={t('items.needs.nearHelp')}
          name="near"
          value={filter.near}
          onChange={(value) => onChange('near', value)}
          anyLabel={t('items.needs.nowhere')}
          options={districtOptions}
        />
      </SimpleGrid>
    </Paper>
  );
}

/** `/besoins`: the open needs, most urgent first, live; and a way to give without a particular need. */
export function NeedsPage() {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const { viewer } = useViewer();
  const [filter, setFilter] = useNeedFilter();
  const csvColumns = useNeedCsvColumns({ ownList: false });
  const { data, previousData, loading, error } = useQuery(OPEN_NEEDS_QUERY, {
    variables: { filter, first: NEEDS_PAGE_SIZE, lang },
    // Polling rather than subscriptions, so that coverage updates live (see LIVE_POLL_INTERVAL_MS).
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const title = t('items.needs.title');
  // A failed poll keeps showing the last list, under the error.
  const needs = data?.openNeeds ?? (error ? previousData?.openNeeds : undefined);

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('items.needs.intro')}</Text>
      </Stack>
      <NeedFilters filter={filter} onChange={setFilter} />
      <section aria-labelledby="needs-list-heading">
        <Title order={2} size="h3" id="needs-list-heading" mb="xs">
          {t('items.needs.listTitle')}
        </Title>
        {needs ? (
          <Stack gap="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text role="status" c="gray.7" data-testid="needs-count">
                {t('items.needs.count', { count: needs.length })}
              </Text>
              <ExportCsvButton filename="besoins" columns={csvColumns} rows={needs} />
            </Group>
            {needs.length === 0 ? (
              <Text>{t('items.needs.empty')}</Text>
            ) : (
              <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {needs.map((need) => (
                  <li key={need.id}>
                    <NeedCard need={need} />
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        ) : null}
        {!needs || error ? <QueryStatus loading={loading} error={error} /> : null}
      </section>
      <section aria-labelledby="general-offer-heading">
        <Title order={2} size="h3" id="general-offer-heading" mb="xs">
          {t('items.generalOffer.title')}
        </Title>
        <Text c="gray.7" mb="md">
          {t('items.generalOffer.intro')}
        </Text>
        {viewer ? (
          <OfferForm labelledBy="general-offer-heading" />
        ) : viewer === null ? (
          <SignInToOffer />
        ) : null}
      </section>
    </Stack>
  );
}

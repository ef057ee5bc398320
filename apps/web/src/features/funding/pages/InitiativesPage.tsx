import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { FilterSelect } from '../../../components/FilterSelect';
import { QueryStatus } from '../../../components/QueryStatus';
import type { InitiativeKind } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { useDistrictOptions } from '../../items/utils/format';
import { InitiativeCard } from '../components/InitiativeCard';
import { FUNDING_INITIATIVES_QUERY } from '../graphql/fundingOperations';
import { useInitiativeCsvColumns } from '../hooks/useFundingCsvColumns';
import { inDistrict, isPostalDistrictCode } from '../utils/districts';
import { INITIATIVE_KINDS, isInitiativeKind } from '../utils/kinds';

/** The filters, kept in the address so that a filtered list can be shared. */
const PARAMS = { districtCode: 'arrondissement', kind: 'type' } as const;

interface Filter {
  /** A postal code ("75018"). */
  districtCode?: string;
  kind?: InitiativeKind;
}

function filterFromParams(params: URLSearchParams): Filter {
  const filter: Filter = {};
  const districtCode = params.get(PARAMS.districtCode);
  if (districtCode && isPostalDistrictCode(districtCode)) filter.districtCode = districtCode;
  const kind = params.get(PARAMS.kind);
  if (kind && isInitiativeKind(kind)) filter.kind = kind;
  return filter;
}

/** "Donner au fonds commun": one gift shared among all the approved initiatives. */
function CommonFundBlock() {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder p="md" bg="indigo.0" aria-labelledby="funding-common-fund-heading">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3" id="funding-common-fund-heading">
          {t('funding.list.commonFundTitle')}
        </Title>
        <Text maw="46rem">{t('funding.list.commonFundText')}</Text>
        <Button component={Link} to="/donner" variant="filled">
          {t('funding.list.commonFundLink')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** `/initiatives`: the approved initiatives to support, filtered by arrondissement and kind (public). */
export function InitiativesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const districtOptions = useDistrictOptions();
  const filtered = Object.keys(filter).length > 0;
  // The kind is filtered by the API; the arrondissement here, whichever code (postal or INSEE) initiatives carry.
  const { data, previousData, loading, error } = useQuery(FUNDING_INITIATIVES_QUERY, {
    variables: { filter: filter.kind ? { kind: filter.kind } : {} },
  });
  const listed = data?.initiatives ?? (error ? previousData?.initiatives : undefined);
  const { districtCode } = filter;
  const initiatives = districtCode
    ? listed?.filter((initiative) => inDistrict(initiative.districtCodes, districtCode))
    : listed;
  const title = t('funding.list.title');
  const csvColumns = useInitiativeCsvColumns();

  const update = (key: keyof typeof PARAMS, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(PARAMS[key], value);
        else next.delete(PARAMS[key]);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7" maw="46rem">
          {t('funding.list.intro')}
        </Text>
        <Anchor component={Link} to="/transparence" size="sm">
          {t('funding.list.transparencyLink')}
        </Anchor>
      </Stack>
      <CommonFundBlock />
      <Paper
        component="form"
        withBorder
        p="md"
        role="search"
        aria-labelledby="funding-filters-heading"
        className={classes.form}
        onSubmit={(event) => event.preventDefault()}
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="funding-filters-heading">
            {t('funding.list.filters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <FilterSelect
              label={t('funding.list.district')}
              name="districtCode"
              value={filter.districtCode}
              onChange={(value) => update('districtCode', value)}
              anyLabel={t('funding.list.allDistricts')}
              options={districtOptions}
            />
            <FilterSelect
              label={t('funding.list.kind')}
              name="kind"
              value={filter.kind}
              onChange={(value) => update('kind', value)}
              anyLabel={t('funding.list.allKinds')}
              options={INITIATIVE_KINDS.map((kind) => ({ value: kind, label: t(`funding.kinds.${kind}`) }))}
            />
          </SimpleGrid>
          {filtered ? (
            <Group>
              <Button variant="outline" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                {t('funding.list.clear')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
      <section aria-labelledby="funding-results-heading">
        <Title order={2} size="h3" id="funding-results-heading" mb="xs">
          {t('funding.list.resultsTitle')}
        </Title>
        {initiatives ? (
          <Stack gap="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text role="status" c="gray.7" data-testid="initiatives-count">
                {t('funding.list.count', { count: initiatives.length })}
              </Text>
              <ExportCsvButton filename="initiatives" columns={csvColumns} rows={initiatives} />
            </Group>
            {initiatives.length === 0 ? (
              <Text>{filtered ? t('funding.list.emptyFiltered') : t('funding.list.empty')}</Text>
            ) : (
              <SimpleGrid
                component="ul"
                cols={{ base: 1, sm: 2 }}
                spacing="md"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {initiatives.map((initiative) => (
                  <li key={initiative.id}>
                    <InitiativeCard initiative={initiative} />
                  </li>
                ))}
              </SimpleGrid>
            )}
          </Stack>
        ) : null}
        {!initiatives || error ? <QueryStatus loading={loading} error={error} /> : null}
      </section>
    </Stack>
  );
}

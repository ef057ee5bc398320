import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { FilterSelect } from '../../../components/FilterSelect';
import { QueryStatus } from '../../../components/QueryStatus';
import type { OrganisationKind, PartnerDirectoryQueryVariables } from '../../../gql/graphql';
import { RequireViewer } from '../../identity/components/RequireViewer';
import classes from '../../identity/components/IdentityForm.module.css';
import { isPostalDistrictCode } from '../../funding/utils/districts';
import { useDistrictOptions } from '../../items/utils/format';
import { ORGANISATION_KINDS } from '../../organisations/utils/registration';
import { PartnerCard, usePartnerCsvColumns } from '../components/PartnerCard';
import { PartnerProblemAlert } from '../components/PartnerProblemAlert';
import { PartnersForbidden } from '../components/PartnersForbidden';
import { PARTNER_DIRECTORY_QUERY } from '../graphql/partnerOperations';
import { directoryProblem, isForbidden } from '../utils/partnerErrors';

/** The filters, kept in the address so that a filtered directory can be shared between partners. */
const PARAMS = { districtCode: 'arrondissement', kind: 'type', search: 'recherche' } as const;

/** The API's limit for a search. */
export const MAX_SEARCH_LENGTH = 100;

function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** The query's variables from the address: only the filters chosen, each checked. */
function filterFromParams(params: URLSearchParams): PartnerDirectoryQueryVariables {
  const filter: PartnerDirectoryQueryVariables = {};
  const districtCode = params.get(PARAMS.districtCode);
  if (districtCode && isPostalDistrictCode(districtCode)) filter.districtCode = districtCode;
  const kind = params.get(PARAMS.kind);
  if (kind && isOrganisationKind(kind)) filter.kind = kind;
  const search = params.get(PARAMS.search)?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (search) filter.search = search;
  return filter;
}

function Directory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const filtered = Object.keys(filter).length > 0;
  const districtOptions = useDistrictOptions();
  const [search, setSearch] = useState(filter.search ?? '');
  const csvColumns = usePartnerCsvColumns();
  const { data, previousData, loading, error } = useQuery(PARTNER_DIRECTORY_QUERY, {
    variables: filter,
    // Not the cache: the person signed in before on this tab may have been allowed to see it, this one not.
    fetchPolicy: 'network-only',
  });
  const partners = data?.partnerDirectory ?? (error ? undefined : previousData?.partnerDirectory);

  const update = (changes: Partial<Record<keyof typeof PARAMS, string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as [keyof typeof PARAMS, string][]) {
          if (value) next.set(PARAMS[key], value);
          else next.delete(PARAMS[key]);
        }
        return next;
      },
      { replace: true },
    );

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ search: search.trim() });
  };

  if (error && isForbidden(error)) return <PartnersForbidden />;

  return (
    <>
      <Paper
        component="form"
        withBorder
        p="md"
        role="search"
        aria-labelledby="partners-filters-heading"
        className={classes.form}
        onSubmit={handleSubmit}
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="partners-filters-heading">
            {t('partners.directory.filters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <FilterSelect
              label={t('partners.directory.district')}
              name="districtCode"
              value={filter.districtCode}
              onChange={(value) => update({ districtCode: value })}
              anyLabel={t('partners.directory.allDistricts')}
              options={districtOptions}
            />
            <FilterSelect
              label={t('partners.directory.kind')}
              name="kind"
              value={filter.kind}
              onChange={(value) => update({ kind: value })}
              anyLabel={t('partners.directory.allKinds')}
              options={ORGANISATION_KINDS.map((kind) => ({
                value: kind,
                label: t(`organisations.kinds.${kind}`),
              }))}
            />
            <TextInput
              label={t('partners.directory.search')}
              description={t('partners.directory.searchHelp')}
              name="search"
              type="search"
              maxLength={MAX_SEARCH_LENGTH}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
            />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">{t('partners.directory.submit')}</Button>
            {filtered ? (
              <Button
                variant="outline"
                onClick={() => {
                  setSearch('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('partners.directory.clear')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>
      <section aria-labelledby="partners-results-heading">
        <Title order={2} size="h3" id="partners-results-heading" mb="xs">
          {t('partners.directory.resultsTitle')}
        </Title>
        {error ? <PartnerProblemAlert problem={directoryProblem(error)} /> : null}
        {partners ? (
          <Stack gap="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text role="status" c="gray.7" data-testid="partners-count">
                {t('partners.directory.count', { count: partners.length })}
              </Text>
              <ExportCsvButton filename="partenaires" columns={csvColumns} rows={partners} />
            </Group>
            {partners.length === 0 ? (
              <Text>{filtered ? t('partners.directory.emptyFiltered') : t('partners.directory.empty')}</Text>
            ) : (
              <SimpleGrid
                component="ul"
                cols={{ base: 1, sm: 2 }}
                spacing="md"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {partners.map((partner) => (
                  <li key={partner.id}>
                    <PartnerCard partner={partner} />
                  </li>
                ))}
              </SimpleGrid>
            )}
          </Stack>
        ) : null}
        {!partners && !error ? <QueryStatus loading={loading} /> : null}
      </section>
    </>
  );
}

/**
 * `/partenaires`: the verified partners, what they do, where and whom to contact, filtered by arrondissement,
 * kind and a search (members of a verified organisation and coordinators).
 */
export function PartnerDirectoryPage() {
  const { t } = useTranslation();
  const title = t('partners.directory.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Text c="gray.7" maw="46rem">
              {t('partners.directory.intro')}
            </Text>
            <Anchor component={Link} to="/partenaires/annonces" size="sm" underline="always">
              {t('partners.directory.announcementsLink')}
            </Anchor>
          </Stack>
          <Directory />
        </Stack>
      )}
    </RequireViewer>
  );
}

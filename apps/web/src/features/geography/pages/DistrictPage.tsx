import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { useLocale } from '../../../i18n/useLocale';
import { useOrdinal } from '../../../i18n/useOrdinal';
import { CatalogueList } from '../../catalogue/components/CatalogueList';
import { CollectionPointCard } from '../components/CollectionPointCard';
import { DistrictHelpSections } from '../components/DistrictHelpSections';
import { HowToHelp } from '../components/HowToHelp';
import { ShareLink } from '../components/ShareLink';
import { DISTRICT_QUERY } from '../graphql/districtQueries';
import { useDistrictHelp } from '../hooks/useDistrictHelp';

function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.['code'] === 'NOT_FOUND')
  );
}

export function DistrictPage() {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const locale = useLocale();
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(DISTRICT_QUERY, { variables: { code } });
  // Asked at the same time as the district, from the public cacheable endpoint.
  const help = useDistrictHelp(code);

  const backLink = (
    <Anchor component={Link} to="/" size="sm">
      ← {t('district.backToMap')}
    </Anchor>
  );

  if (isNotFound(error)) {
    return (
      <Stack gap="md">
        <title>{t('app.pageTitle', { title: t('district.notFound.title') })}</title>
        <Title order={1}>{t('district.notFound.title')}</Title>
        <Text>{t('district.notFound.text', { code })}</Text>
        <Anchor component={Link} to="/">
          {t('district.notFound.home')}
        </Anchor>
      </Stack>
    );
  }
  if (!data) {
    return (
      <Stack gap="md">
        {backLink}
        <QueryStatus loading={loading} error={error} />
      </Stack>
    );
  }

  const { district } = data;
  const title = t('district.title', { ordinal: ordinal(district.number), name: district.name });
  const area = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    district.areaKm2,
  );

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        {backLink}
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('district.area', { area })}</Text>
      </Stack>

      <DistrictHelpSections code={district.code} help={help} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <HowToHelp
          district={{ code: district.code, collectionPointName: district.collectionPoints[0]?.name }}
        />
        <ShareLink path={`/arrondissements/${district.code}`} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <section aria-labelledby="collection-points-heading">
          <Title order={2} size="h3" id="collection-points-heading" mb="sm">
            {t('district.collectionPoints')}
          </Title>
          {district.collectionPoints.length ? (
            <Stack gap="md">
              {district.collectionPoints.map((point) => (
                <CollectionPointCard key={point.id} point={point} />
              ))}
            </Stack>
          ) : (
            <Text>{t('district.noCollectionPoint')}</Text>
          )}
        </section>

        <nav aria-labelledby="neighbours-heading">
          <Title order={2} size="h3" id="neighbours-heading" mb="sm">
            {t('district.neighbours')}
          </Title>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {district.neighbours.map((neighbour) => (
              <li key={neighbour.code}>
                <Anchor component={Link} to={`/arrondissements/${neighbour.code}`}>
                  {t('district.title', { ordinal: ordinal(neighbour.number), name: neighbour.name })}
                </Anchor>
              </li>
            ))}
          </Stack>
        </nav>
      </SimpleGrid>

      <CatalogueList />
    </Stack>
  );
}

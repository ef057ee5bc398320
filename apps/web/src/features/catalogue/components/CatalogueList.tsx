import { useQuery } from '@apollo/client/react';
import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../components/QueryStatus';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { CATALOGUE_QUERY } from '../graphql/catalogueQuery';
import classes from './CatalogueList.module.css';
import { PriorityBadge } from './PriorityBadge';

/** The priority items of the plan, named in the interface language. */
export function CatalogueList() {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const { data, loading, error } = useQuery(CATALOGUE_QUERY, { variables: { lang } });

  return (
    <section aria-labelledby="catalogue-heading">
      <Title order={2} size="h3" id="catalogue-heading">
        {t('catalogue.title')}
      </Title>
      <Text mt={4} mb="md">
        {t('catalogue.intro')}
      </Text>
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : data.catalogue.length === 0 ? (
        <Text>{t('catalogue.empty')}</Text>
      ) : (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {data.catalogue.map((item) => (
            <Card component="li" key={item.id} withBorder padding="md">
              <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
                <Title order={3} size="h5">
                  {item.name}
                </Title>
                <PriorityBadge priority={item.priority} />
              </Group>
              {item.variants.length > 0 && (
                <>
                  <Text size="xs" c="gray.7" mb={4}>
                    {t('catalogue.variants')}
                  </Text>
                  <ul className={classes.variants}>
                    {item.variants.map((variant) => (
                      <li key={variant.id} className={classes.variant}>
                        {variant.label}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { useViewer } from '../../identity/hooks/useViewer';
import { withReturnPath } from '../../identity/utils/returnPath';
import { RentalUnitCard } from '../components/RentalUnitCard';
import { RentalUnitForm } from '../components/RentalUnitForm';
import { MY_RENTAL_UNITS_QUERY } from '../graphql/hostingOperations';

/** What "Louez solidaire" is, for everyone. */
function SchemeExplanation() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rental-how-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rental-how-heading">
          {t('hosting.rental.howTitle')}
        </Title>
        <Text>{t('hosting.rental.intro')}</Text>
        <List spacing={6}>
          <List.Item>{t('hosting.rental.points.operator')}</List.Item>
          <List.Item>{t('hosting.rental.points.rent')}</List.Item>
          <List.Item>{t('hosting.rental.points.management')}</List.Item>
          <List.Item>{t('hosting.rental.points.support')}</List.Item>
        </List>
      </Stack>
    </Paper>
  );
}

/** Signed-out visitors: sign in (or create an account) to offer a home, then come back here. */
function SignInToOfferHome() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  return (
    <Stack gap="xs">
      <Text>{t('hosting.rental.signInFirst')}</Text>
      <Group gap="md">
        <Anchor component={Link} to={withReturnPath('/connexion', here)} fw={600}>
          {t('hosting.rental.signIn')}
        </Anchor>
        <Anchor component={Link} to={withReturnPath('/inscription', here)}>
          {t('hosting.rental.signUp')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** The signed-in owner's homes, newest first. */
function MyRentalUnits() {
  const { t } = useTranslation();
  const query = useQuery(MY_RENTAL_UNITS_QUERY, { fetchPolicy: 'cache-and-network' });
  const units = query.data?.myRentalUnits ?? query.previousData?.myRentalUnits;
  return (
    <section aria-labelledby="my-rental-units-heading">
      <Title order={2} size="h3" id="my-rental-units-heading" mb="sm">
        {t('hosting.rental.listTitle')}
      </Title>
      {units ? (
        units.length === 0 ? (
          <Text>{t('hosting.rental.empty')}</Text>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {units.map((unit) => (
              <li key={unit.id}>
                <RentalUnitCard unit={unit} />
              </li>
            ))}
          </Stack>
        )
      ) : null}
      {!units || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
    </section>
  );
}

/** `/louez-solidaire`: the City's scheme explained; owners offer a vacant home and follow what became of it. */
export function RentalUnitsPage() {
  const { t } = useTranslation();
  const { viewer, loading, error } = useViewer();
  const title = t('hosting.rental.title');
  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7" maw="46rem">
          {t('hosting.rental.lead')}
        </Text>
      </Stack>
      <SchemeExplanation />
      <section aria-labelledby="offer-rental-heading">
        <Title order={2} size="h3" id="offer-rental-heading" mb="sm">
          {t('hosting.rental.formTitle')}
        </Title>
        {viewer ? (
          <RentalUnitForm labelledBy="offer-rental-heading" />
        ) : viewer === null ? (
          <SignInToOfferHome />
        ) : (
          <QueryStatus loading={loading} error={error} />
        )}
      </section>
      {viewer ? <MyRentalUnits /> : null}
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import { DistrictList } from '../components/DistrictList';
import { DistrictMap } from '../components/DistrictMap';
import { HowToHelp } from '../components/HowToHelp';
import { DISTRICTS_QUERY } from '../graphql/districtQueries';
import classes from './HomePage.module.css';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [activeCode, setActiveCode] = useState<string>();
  const { data, loading, error } = useQuery(DISTRICTS_QUERY);
  // Set by the account page after deleting the account.
  const { state } = useLocation() as { state: { accountDeleted?: boolean } | null };

  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title: t('home.title') })}</title>
      {state?.accountDeleted ? <SuccessAlert>{t('home.accountDeleted')}</SuccessAlert> : null}
      <div>
        <Title order={1}>{t('home.title')}</Title>
        <Text mt="xs" maw="46rem">
          {t('home.intro')}
        </Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="sm" className={classes.map}>
            <DistrictMap
              activeCode={activeCode}
              onSelect={(code) => void navigate(`/arrondissements/${code}`)}
              onHighlight={setActiveCode}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {data ? (
            <DistrictList districts={data.districts} activeCode={activeCode} onHighlight={setActiveCode} />
          ) : (
            <QueryStatus loading={loading} error={error} />
          )}
        </Grid.Col>
      </Grid>
      <HowToHelp />
    </Stack>
  );
}

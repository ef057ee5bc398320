import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { parisDay, useParisFormat } from '../../items/utils/format';
import { VolunteeringTable } from '../components/VolunteeringTable';
import { VOLUNTEER_HISTORY_QUERY } from '../graphql/missionsOperations';
import classes from './AttestationPage.module.css';

function Attestation({ title }: { title: string }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  // Always the latest hours: an attestation is printed to be handed over.
  const { data, loading, error } = useQuery(VOLUNTEER_HISTORY_QUERY, { fetchPolicy: 'network-only' });
  const history = data?.myVolunteering;

  return (
    <Stack gap="lg" className={classes.sheet}>
      <title>{t('app.pageTitle', { title })}</title>
      <Group justify="space-between" gap="md" wrap="wrap" className={classes.noPrint}>
        <Anchor component={Link} to="/benevolat" size="sm">
          ← {t('missions.attestation.back')}
        </Anchor>
        {history && history.records.length > 0 ? (
          <Button onClick={() => window.print()}>{t('missions.attestation.print')}</Button>
        ) : null}
      </Group>
      <Text fw={700} data-testid="attestation-platform">
        {t('missions.attestation.platform')}
      </Text>
      <Title order={1}>{title}</Title>
      {history ? (
        history.records.length === 0 ? (
          <Text>{t('missions.attestation.empty')}</Text>
        ) : (
          <Stack gap="md">
            <Stack component="dl" gap={0} m={0}>
              <Text component="dt" size="sm" c="gray.7">
                {t('missions.attestation.volunteer')}
              </Text>
              <Text component="dd" m={0} fw={700} size="lg" data-testid="attestation-name">
                {history.volunteerName}
              </Text>
            </Stack>
            <Text>{t('missions.attestation.intro', { name: history.volunteerName })}</Text>
            <VolunteeringTable
              history={history}
              caption={t('missions.attestation.caption')}
              totalLabel={t('missions.attestation.total')}
            />
            <Text data-testid="attestation-generated">
              {t('missions.attestation.generated', { date: format.day(parisDay(history.generatedAt)) })}
            </Text>
            <Text size="sm" c="gray.7">
              {t('missions.attestation.note')}
            </Text>
          </Stack>
        )
      ) : (
        <QueryStatus loading={loading} error={error} />
      )}
    </Stack>
  );
}

/** `/benevolat/attestation`: a printable attestation of the hours given, from the associations' records. */
export function AttestationPage() {
  const { t } = useTranslation();
  const title = t('missions.attestation.title');
  return <RequireViewer title={title}>{() => <Attestation title={title} />}</RequireViewer>;
}

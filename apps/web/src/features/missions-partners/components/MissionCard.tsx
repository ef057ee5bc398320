import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MissionStatus, PartnerMissionFieldsFragment } from '../../../gql/graphql';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import {
  PARTNER_CLOSE_MISSION_MUTATION,
  PARTNER_DUPLICATE_MISSION_MUTATION,
  PARTNER_MISSION_APPLICATIONS_QUERY,
} from '../graphql/missionsPartnersOperations';
import { useKindName, useMissionsFormat } from '../utils/format';
import { missionsProblem } from '../utils/missionsErrors';
import { MissionFacts, MissionSchedule } from './MissionFacts';
import { MissionForm } from './MissionForm';
import { type Notice, NoticeAlert } from './Notice';

type Mission = PartnerMissionFieldsFragment;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
export const MISSION_STATUS_COLORS: Record<MissionStatus, string> = {
  PUBLISHED: 'teal.9',
  CLOSED: 'gray.8',
};

/** A mission's applications (polled): the card counts those waiting, the applications page lists them. */
export function useMissionApplications(missionId: string) {
  const query = useQuery(PARTNER_MISSION_APPLICATIONS_QUERY, {
    variables: { missionId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const applications = query.data?.missionApplications ?? query.previousData?.missionApplications;
  return { query, applications };
}

/** "2 candidatures attendent une réponse depuis plus de 72 h": a reminder to answer, shown while any is. */
export function OverdueReminder({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Alert color="orange.9" variant="outline" data-testid="overdue-reminder">
      <Text c="gray.9" size="sm" fw={600}>
        {t('missionsPartners.missions.overdue', { count })}
      </Text>
    </Alert>
  );
}

/** "Délai de réponse médian : 5 h", the association's, over all its missions. */
export function ResponseTime({ hours }: { hours: number | null }) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  return (
    <Text size="sm" c="gray.8" data-testid="response-time">
      {hours === null
        ? t('missionsPartners.missions.noResponseYet')
        : t('missionsPartners.missions.responseTime', { hours: format.hours(hours) })}
    </Text>
  );
}

type Mode = 'view' | 'edit' | 'close';

export interface MissionCardProps {
  mission: Mission;
  organisationId: string;
  districtCodes: readonly string[];
}

/**
 * One of the association's missions: its status, when it happens with the places accepted, the applications
 * waiting for an answer; change it, duplicate it, close it, or open its applications.
 */
export function MissionCard({ mission, organisationId, districtCodes }: MissionCardProps) {
  const { t } = useTranslation();
  const kindName = useKindName();
  const titleId = useId();
  const editTitleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<Notice>();
  const { applications } = useMissionApplications(mission.id);
  const [close, { loading: closing }] = useMutation(PARTNER_CLOSE_MISSION_MUTATION);
  const [duplicate, { loading: duplicating }] = useMutation(PARTNER_DUPLICATE_MISSION_MUTATION, {
    refetchQueries: ['PartnerOrganisationMissions'],
  });
  const published = mission.status === 'PUBLISHED';
  const waiting = applications?.filter((application) => application.status === 'APPLIED').length;
  const overdue = applications?.filter((application) => application.overdue).length ?? 0;

  const handleClose = async () => {
    try {
      await close({ variables: { input: { id: mission.id } } });
      setMode('view');
      setNotice({ done: t('missionsPartners.missions.closed') });
    } catch (error: unknown) {
      setMode('view');
      setNotice({ problem: missionsProblem(error) });
    }
  };

  const handleDuplicate = async () => {
    setNotice(undefined);
    try {
      const { data } = await duplicate({ variables: { input: { id: mission.id } } });
      if (!data) return;
      setNotice({
        done:
          data.duplicateMission.schedule === 'SHIFTS'
            ? t('missionsPartners.missions.duplicatedAddShifts', { title: data.duplicateMission.title })
            : t('missionsPartners.missions.duplicated', { title: data.duplicateMission.title }),
      });
    } catch (error: unknown) {
      setNotice({ problem: missionsProblem(error) });
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="mission">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {mission.title}
          </Title>
          <Group gap="xs">
            {mission.restricted ? (
              <Badge color="red.9" variant="outline">
                {t('missionsPartners.missions.restricted')}
              </Badge>
            ) : null}
            <Badge color="blue.9" variant="light">
              {kindName(mission.kind)}
            </Badge>
            <Badge
              color={MISSION_STATUS_COLORS[mission.status]}
              variant="filled"
              data-testid="mission-status"
            >
              {t(`missionsPartners.missionStatus.${mission.status}`)}
            </Badge>
          </Group>
        </Group>
        <MissionSchedule mission={mission} />
        <MissionFacts mission={mission} />
        {applications ? (
          <Text size="sm" fw={600} data-testid="mission-waiting">
            {t('missionsPartners.missions.waiting', { count: waiting ?? 0 })}
          </Text>
        ) : null}
        <OverdueReminder count={overdue} />
        <ResponseTime hours={mission.responseHours} />
        <NoticeAlert notice={notice} />
        {mode === 'view' ? (
          <Group gap="sm" wrap="wrap">
            <Button component={Link} to={`/organisations/${organisationId}/missions/${mission.id}`}>
              {t('missionsPartners.missions.applications')}
            </Button>
            {published ? (
              <Button variant="outline" onClick={() => setMode('edit')}>
                {t('missionsPartners.missions.edit')}
              </Button>
            ) : null}
            <Button variant="outline" loading={duplicating} onClick={() => void handleDuplicate()}>
              {t('missionsPartners.missions.duplicate')}
            </Button>
            {published ? (
              <Button variant="outline" color="red.9" onClick={() => setMode('close')}>
                {t('missionsPartners.missions.close')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {published && mode === 'edit' ? (
          <Paper withBorder p="md" bg="gray.0">
            <Text fw={600} id={editTitleId} mb="sm">
              {t('missionsPartners.missions.editTitle', { title: mission.title })}
            </Text>
            <MissionForm
              organisationId={organisationId}
              districtCodes={districtCodes}
              defaultContactName={mission.contactName}
              defaultContactEmail={mission.contactEmail}
              mission={mission}
              labelledBy={editTitleId}
              onCancel={() => setMode('view')}
              onDone={() => {
                setMode('view');
                setNotice({ done: t('missionsPartners.missions.updated') });
              }}
            />
          </Paper>
        ) : null}
        {published && mode === 'close' ? (
          <ConfirmStep
            title={t('missionsPartners.missions.closeTitle', { title: mission.title })}
            text={t('missionsPartners.missions.closeText')}
            confirmLabel={t('missionsPartners.missions.confirmClose')}
            keepLabel={t('missionsPartners.missions.keepOpen')}
            loading={closing}
            onConfirm={() => void handleClose()}
            onKeep={() => setMode('view')}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

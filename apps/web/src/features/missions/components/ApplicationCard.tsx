import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ApplicationStatus, MissionApplicationFieldsFragment } from '../../../gql/graphql';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { parisDay, useParisFormat } from '../../items/utils/format';
import {
  VOLUNTEER_APPLICATIONS_QUERY,
  VOLUNTEER_WITHDRAW_APPLICATION_MUTATION,
} from '../graphql/missionsOperations';
import { useShiftWhen } from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<ApplicationStatus, string> = {
  APPLIED: 'blue.9',
  ACCEPTED: 'teal.9',
  DECLINED: 'red.9',
  WAITLISTED: 'cyan.9',
  WITHDRAWN: 'gray.8',
};

/** Applications the volunteer may still withdraw. */
const WITHDRAWABLE: readonly ApplicationStatus[] = ['APPLIED', 'ACCEPTED', 'WAITLISTED'];

/**
 * One of my applications: the mission, its association, the shift, the status (and why it was declined);
 * "Retirer ma candidature" after a confirmation.
 */
export function ApplicationCard({
  application,
  onWithdrawn,
}: {
  application: MissionApplicationFieldsFragment;
  /** Told what to announce once withdrawn. */
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const shiftWhen = useShiftWhen();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<MissionsProblem>();
  const [withdraw, { loading }] = useMutation(VOLUNTEER_WITHDRAW_APPLICATION_MUTATION, {
    refetchQueries: [VOLUNTEER_APPLICATIONS_QUERY],
  });

  const handleWithdraw = async () => {
    setProblem(undefined);
    try {
      await withdraw({ variables: { input: { id: application.id } } });
      setConfirming(false);
      onWithdrawn(t('missions.applications.withdrawn', { title: application.missionTitle }));
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="application">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            <Anchor component={Link} to={`/missions/${application.missionId}`} inherit>
              {application.missionTitle}
            </Anchor>
          </Title>
          <Badge color={STATUS_COLORS[application.status]} variant="filled" data-testid="application-status">
            {t(`missions.applicationStatus.${application.status}`)}
          </Badge>
        </Group>
        <Stack gap={2}>
          <Text size="sm">{application.organisationName}</Text>
          <Text size="sm">
            {application.shift
              ? t('missions.applications.shift', { when: shiftWhen(application.shift) })
              : t('missions.applications.weekly')}
          </Text>
          <Text size="sm" c="gray.7">
            {t('missions.applications.sentOn', { date: format.day(parisDay(application.createdAt)) })}
          </Text>
          {application.status === 'DECLINED' && application.declineReason ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="decline-reason">
              {t('missions.applications.declineReason', { reason: application.declineReason })}
            </Text>
          ) : null}
        </Stack>
        <MissionsProblemAlert problem={problem} />
        {WITHDRAWABLE.includes(application.status) ? (
          confirming ? (
            <ConfirmStep
              title={t('missions.applications.confirmTitle')}
              text={t('missions.applications.confirmText')}
              confirmLabel={t('missions.applications.confirm')}
              keepLabel={t('missions.applications.keep')}
              loading={loading}
              onConfirm={() => void handleWithdraw()}
              onKeep={() => setConfirming(false)}
            />
          ) : (
            <Group>
              <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
                {t('missions.applications.withdraw')}
              </Button>
            </Group>
          )
        ) : null}
      </Stack>
    </Card>
  );
}

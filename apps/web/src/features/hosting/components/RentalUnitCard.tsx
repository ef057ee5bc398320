import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { RentalUnitFieldsFragment, RentalUnitStatus } from '../../../gql/graphql';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { useDistrictName, useParisFormat } from '../../items/utils/format';
import { MY_RENTAL_UNITS_QUERY, WITHDRAW_RENTAL_UNIT_MUTATION } from '../graphql/hostingOperations';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { useRefreshWhenStale } from '../utils/useRefreshWhenStale';
import { OrganisationContact } from './HostingFacts';
import { HostingProblemAlert } from './HostingProblemAlert';

const MY_UNITS = [MY_RENTAL_UNITS_QUERY];

const STATUS_COLORS: Record<RentalUnitStatus, string> = {
  AVAILABLE: 'blue.9',
  TAKEN_ON: 'teal.9',
  LET: 'grape.9',
  WITHDRAWN: 'gray.8',
};

/** One home I offered: its status (and operator), what it is, and "Retirer" while not let. */
export function RentalUnitCard({ unit }: { unit: RentalUnitFieldsFragment }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const districtName = useDistrictName();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<HostingProblem>();
  const refreshWhenStale = useRefreshWhenStale(MY_UNITS);
  const [withdraw, { loading }] = useMutation(WITHDRAW_RENTAL_UNIT_MUTATION, { refetchQueries: MY_UNITS });
  const withdrawable = unit.status === 'AVAILABLE' || unit.status === 'TAKEN_ON';

  const handleWithdraw = async () => {
    setProblem(undefined);
    try {
      await withdraw({ variables: { input: { id: unit.id } } });
      setConfirming(false);
      setNotice(t('hosting.rental.withdrawn'));
    } catch (error: unknown) {
      setConfirming(false);
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="rental-unit">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {t('hosting.rental.cardTitle', {
              rooms: t('hosting.rental.roomCount', { count: unit.rooms }),
              surface: unit.surfaceM2,
              district: districtName(unit.districtCode),
            })}
          </Title>
          {/* The operator's name may be long: the badge wraps rather than cutting it on a phone. */}
          <Badge
            color={STATUS_COLORS[unit.status]}
            variant="filled"
            maw="100%"
            h="auto"
            styles={{ label: { whiteSpace: 'normal' } }}
          >
            {unit.status === 'TAKEN_ON' && unit.operator
              ? t('hosting.rental.status.TAKEN_ON_BY', { operator: unit.operator.name })
              : t(`hosting.rental.status.${unit.status}`)}
          </Badge>
        </Group>
        <Stack gap={2}>
          <Text size="sm" component="address" fs="normal">
            {unit.address}
          </Text>
          <Text size="sm">
            {t('hosting.rental.availableFromLine', { day: format.day(unit.availableFrom) })}
          </Text>
          {unit.description ? (
            <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
              {unit.description}
            </Text>
          ) : null}
        </Stack>
        {unit.operator ? (
          <OrganisationContact label={t('hosting.rental.operator')} contact={unit.operator} />
        ) : null}
        {notice ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{notice}</Text>
          </Alert>
        ) : null}
        <HostingProblemAlert problem={problem} />
        {withdrawable && confirming ? (
          <ConfirmStep
            title={t('hosting.rental.confirmWithdrawTitle')}
            text={
              unit.status === 'TAKEN_ON'
                ? t('hosting.rental.confirmWithdrawTakenOn', { operator: unit.operator?.name ?? '' })
                : t('hosting.rental.confirmWithdrawText')
            }
            confirmLabel={t('hosting.rental.confirmWithdraw')}
            keepLabel={t('hosting.rental.keep')}
            loading={loading}
            onConfirm={() => void handleWithdraw()}
            onKeep={() => setConfirming(false)}
          />
        ) : null}
        {withdrawable && !confirming ? (
          <Group>
            <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
              {t('hosting.rental.withdraw')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

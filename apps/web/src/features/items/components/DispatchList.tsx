import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import type { OrganisationDispatchesQuery } from '../../../gql/graphql';
import { CONFIRM_DELIVERY_MUTATION, ORGANISATION_NEEDS_QUERY } from '../graphql/itemsOperations';
import { useParisFormat } from '../utils/format';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';

type Dispatch = OrganisationDispatchesQuery['organisationDispatches'][number];

/** What collection points sent the organisation; members confirm each delivery once it has arrived. */
export function DispatchList({ dispatches }: { dispatches: readonly Dispatch[] }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const [confirmDelivery] = useMutation(CONFIRM_DELIVERY_MUTATION);
  const [confirmingId, setConfirmingId] = useState<string>();
  const [problem, setProblem] = useState<ItemsProblem>();
  const [confirmed, setConfirmed] = useState<string>();

  const handleConfirm = async (dispatch: Dispatch, label: string) => {
    setProblem(undefined);
    setConfirmed(undefined);
    setConfirmingId(dispatch.id);
    try {
      await confirmDelivery({
        variables: { input: { dispatchId: dispatch.id } },
        // The need's "delivered" figure follows at once.
        refetchQueries: [ORGANISATION_NEEDS_QUERY],
      });
      setConfirmed(t('items.dispatches.confirmed', { label }));
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    } finally {
      setConfirmingId(undefined);
    }
  };

  return (
    <Stack gap="md">
      <ItemsProblemAlert problem={problem} />
      {confirmed ? <SuccessAlert>{confirmed}</SuccessAlert> : null}
      {dispatches.length === 0 ? (
        <Text>{t('items.dispatches.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {dispatches.map((dispatch) => {
            const label = t('items.offerLine', { count: dispatch.quantity, label: itemLabel(dispatch) });
            const delivered = dispatch.status === 'DELIVERED';
            return (
              <Card component="li" key={dispatch.id} withBorder padding="sm" data-testid="dispatch">
                <Group justify="space-between" align="center" gap="xs" wrap="wrap">
                  <Stack gap={2}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600}>{label}</Text>
                      <Badge color={delivered ? 'teal.9' : 'blue.9'} variant="filled">
                        {t(`items.dispatches.status.${dispatch.status}`)}
                      </Badge>
                    </Group>
                    <Text size="sm" c="gray.7">
                      {t('items.dispatches.sent', {
                        point: dispatch.collectionPoint.name,
                        date: format.shortDate(dispatch.dispatchedAt),
                      })}
                      {delivered && dispatch.deliveredAt
                        ? ` · ${t('items.dispatches.deliveredOn', { date: format.shortDate(dispatch.deliveredAt) })}`
                        : ''}
                    </Text>
                  </Stack>
                  {delivered ? null : (
                    <Button
                      size="compact-md"
                      loading={confirmingId === dispatch.id}
                      onClick={() => void handleConfirm(dispatch, label)}
                      aria-label={t('items.dispatches.confirmNamed', { label })}
                    >
                      {t('items.dispatches.confirm')}
                    </Button>
                  )}
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

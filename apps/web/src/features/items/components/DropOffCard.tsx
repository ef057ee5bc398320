import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DropOffFieldsFragment, DropOffStatus } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import {
  CANCEL_DROP_OFF_MUTATION,
  MY_DROP_OFFS_QUERY,
  MY_OFFERS_QUERY,
  RESCHEDULE_DROP_OFF_MUTATION,
} from '../graphql/itemsOperations';
import { useParisFormat } from '../utils/format';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { DropOffQrCode } from './DropOffQrCode';
import { ConfirmStep } from './ConfirmStep';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';
import { SlotSelect } from './SlotSelect';

const STATUS_COLORS: Record<DropOffStatus, string> = {
  BOOKED: 'blue.9',
  RECEIVED: 'teal.9',
  CANCELLED: 'gray.8',
};

type Mode = 'view' | 'reschedule' | 'cancel';

/** Picks another slot at the same point. */
function RescheduleForm({
  booking,
  labelledBy,
  onDone,
  onClose,
}: {
  booking: DropOffFieldsFragment;
  labelledBy: string;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [reschedule, { loading }] = useMutation(RESCHEDULE_DROP_OFF_MUTATION);
  const [slot, setSlot] = useState('');
  const [slotError, setSlotError] = useState<string>();
  const [problem, setProblem] = useState<ItemsProblem>();
  const slotInput = useRef<HTMLSelectElement>(null);

  // Opening the form moves the focus to the slot it asks for.
  useEffect(() => slotInput.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    if (!slot) {
      setSlotError(t('items.errors.slotRequired'));
      slotInput.current?.focus();
      return;
    }
    setSlotError(undefined);
    try {
      await reschedule({
        variables: { input: { bookingId: booking.id, slotStartsAt: slot }, lang },
        refetchQueries: [MY_DROP_OFFS_QUERY],
      });
      onDone();
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-labelledby={labelledBy}
      >
        <Stack gap="sm">
          <Text fw={600} id={labelledBy}>
            {t('items.dropOffs.rescheduleTitle', { point: booking.collectionPoint.name })}
          </Text>
          <ItemsProblemAlert problem={problem} />
          <SlotSelect
            ref={slotInput}
            pointId={booking.collectionPoint.id}
            label={t('items.dropOffs.newSlot')}
            value={slot}
            onChange={setSlot}
            error={slotError}
          />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('items.dropOffs.confirmReschedule')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('items.dropOffs.keepSlot')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * One drop-off: the code in large type and as a QR code, the point and the slot; while booked, buttons to
 * choose another slot or to cancel (after a confirmation).
 */
export function DropOffCard({ booking }: { booking: DropOffFieldsFragment }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const format = useParisFormat();
  const titleId = useId();
  const rescheduleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [problem, setProblem] = useState<ItemsProblem>();
  const [notice, setNotice] = useState<string>();
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_DROP_OFF_MUTATION);
  const booked = booking.status === 'BOOKED';
  const slot = t('items.dropOffs.slot', {
    day: format.fullDate(booking.slotStartsAt),
    start: format.time(booking.slotStartsAt),
    end: format.time(booking.slotEndsAt),
  });

  const handleCancel = async () => {
    setProblem(undefined);
    try {
      await cancel({
        variables: { input: { bookingId: booking.id }, lang },
        refetchQueries: [MY_OFFERS_QUERY, MY_DROP_OFFS_QUERY],
      });
      setMode('view');
      setNotice(t('items.dropOffs.cancelled'));
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="drop-off">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId}>
            {t('items.dropOffs.cardTitle', { code: booking.code })}
          </Title>
          <Badge color={STATUS_COLORS[booking.status]} variant="filled" data-testid="drop-off-status">
            {t(`items.dropOffs.status.${booking.status}`)}
          </Badge>
        </Group>
        <Group gap="lg" align="center" wrap="wrap">
          <div>
            <Text size="sm" c="gray.7">
              {t('items.dropOffs.code')}
            </Text>
            <Text
              ff="monospace"
              fz={booked ? 40 : 'xl'}
              fw={700}
              lh={1.1}
              style={{ letterSpacing: '0.15em' }}
              data-testid="drop-off-code"
            >
              {booking.code}
            </Text>
          </div>
          {booked ? <DropOffQrCode code={booking.code} /> : null}
        </Group>
        <div>
          <Text fw={600}>{booking.collectionPoint.name}</Text>
          <Text component="address" fs="normal">
            {booking.collectionPoint.address}
          </Text>
          <Text data-testid="drop-off-slot">{slot}</Text>
        </div>
        {booking.offers.length ? (
          <List size="sm" spacing={2} aria-label={t('items.dropOffs.offersLabel')}>
            {booking.offers.map((offer) => (
              <List.Item key={offer.id}>
                {t('items.offerLine', { count: offer.quantity, label: itemLabel(offer) })}
              </List.Item>
            ))}
          </List>
        ) : null}
        {notice ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{notice}</Text>
          </Alert>
        ) : null}
        <ItemsProblemAlert problem={problem} />
        {booked && mode === 'view' ? (
          <Group gap="sm">
            <Button variant="outline" onClick={() => setMode('reschedule')}>
              {t('items.dropOffs.reschedule')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setMode('cancel')}>
              {t('items.dropOffs.cancel')}
            </Button>
          </Group>
        ) : null}
        {booked && mode === 'reschedule' ? (
          <RescheduleForm
            booking={booking}
            labelledBy={rescheduleId}
            onClose={() => setMode('view')}
            onDone={() => {
              setMode('view');
              setNotice(t('items.dropOffs.rescheduled'));
            }}
          />
        ) : null}
        {booked && mode === 'cancel' ? (
          <ConfirmStep
            title={t('items.dropOffs.confirmCancelTitle')}
            text={t('items.dropOffs.confirmCancelText')}
            confirmLabel={t('items.dropOffs.confirmCancel')}
            keepLabel={t('items.dropOffs.keep')}
            loading={cancelling}
            onConfirm={() => void handleCancel()}
            onKeep={() => setMode('view')}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

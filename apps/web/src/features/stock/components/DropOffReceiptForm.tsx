import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeskBookingFragment } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { useLocale } from '../../../i18n/useLocale';
import classes from '../../identity/components/IdentityForm.module.css';
import { RECEIVE_DROP_OFF_MUTATION } from '../graphql/deskOperations';
import { formatDateTime, formatTime } from '../utils/dates';
import { type DeskProblem, deskProblem } from '../utils/deskErrors';
import { variantName } from '../utils/labels';
import { parseQuantity } from '../utils/quantities';
import { BookingStatusBadge } from './BookingStatusBadge';
import { DeskProblemAlert } from './DeskProblemAlert';
import { QuantityInput } from './QuantityInput';

type Offer = DeskBookingFragment['offers'][number];

interface OfferEntry {
  received: string;
  refused: string;
  reason: string;
}

interface OfferErrors {
  received?: string;
  refused?: string;
  reason?: string;
}

/** Totals of a receipt, for the confirmation. */
export interface ReceiptTotals {
  code: string;
  received: number;
  refused: number;
}

export interface DropOffReceiptFormProps {
  booking: DeskBookingFragment;
  collectionPointId: string;
  onReceived: (totals: ReceiptTotals) => void;
  onCancel: () => void;
}

/**
 * A looked-up drop-off: who and when, then per offer the units received (the offered quantity by default) and
 * refused (0 by default, with a reason), and "Confirm receipt". Offers left at 0 and 0 were not brought.
 */
export function DropOffReceiptForm({
  booking,
  collectionPointId,
  onReceived,
  onCancel,
}: DropOffReceiptFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lang = useApiLanguage();
  const offers = booking.offers.filter((offer) => offer.status !== 'WITHDRAWN');
  const [entries, setEntries] = useState<Record<string, OfferEntry>>(() =>
    Object.fromEntries(
      offers.map((offer) => [offer.id, { received: String(offer.quantity), refused: '0', reason: '' }]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, OfferErrors>>({});
  const [formError, setFormError] = useState<string>();
  const [problem, setProblem] = useState<DeskProblem>();
  const [receive, { loading }] = useMutation(RECEIVE_DROP_OFF_MUTATION);
  const headingId = `booking-${booking.id}`;

  const setEntry = (offerId: string, change: Partial<OfferEntry>) =>
    setEntries((current) => ({ ...current, [offerId]: { ...current[offerId]!, ...change } }));

  const check = (offer: Offer): OfferErrors => {
    const entry = entries[offer.id]!;
    const received = parseQuantity(entry.received);
    const refused = parseQuantity(entry.refused);
    const found: OfferErrors = {};
    if (received === null) found.received = t('stock.errors.wholeNumber');
    if (refused === null) found.refused = t('stock.errors.wholeNumber');
    if (received !== null && refused !== null && received + refused > offer.quantity) {
      found.received = t('stock.errors.moreThanOffered', { count: offer.quantity });
    }
    if (refused !== null && refused > 0 && !entry.reason.trim())
      found.reason = t('stock.errors.reasonRequired');
    return found;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setFormError(undefined);
    const found = Object.fromEntries(offers.map((offer) => [offer.id, check(offer)]));
    const invalid = offers.find((offer) => Object.keys(found[offer.id]!).length > 0);
    setErrors(found);
    if (invalid) {
      const field = Object.keys(found[invalid.id]!)[0];
      document.getElementById(`${field}-${invalid.id}`)?.focus();
      return;
    }
    // Offers at 0 received and 0 refused were not brought: the API wants them left out.
    const lines = offers
      .map((offer) => {
        const entry = entries[offer.id]!;
        const receivedQuantity = parseQuantity(entry.received)!;
        const refusedQuantity = parseQuantity(entry.refused)!;
        return {
          offerId: offer.id,
          receivedQuantity,
          refusedQuantity,
          ...(refusedQuantity > 0 ? { refusalReason: entry.reason.trim() } : {}),
        };
      })
      .filter((line) => line.receivedQuantity + line.refusedQuantity > 0);
    if (lines.length === 0) {
      setFormError(t('stock.errors.nothingBrought'));
      return;
    }
    try {
      const { data } = await receive({
        variables: { input: { code: booking.code, collectionPointId, lines }, lang },
      });
      const received = data?.receiveDropOff.booking.offers ?? [];
      onReceived({
        code: booking.code,
        received: received.reduce((sum, offer) => sum + (offer.receivedQuantity ?? 0), 0),
        refused: received.reduce((sum, offer) => sum + (offer.refusedQuantity ?? 0), 0),
      });
    } catch (error: unknown) {
      setProblem(deskProblem(error));
    }
  };

  return (
    <Card component="section" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs" align="center" wrap="wrap">
            <Title order={3} size="h4" id={headingId} tabIndex={-1}>
              {t('stock.receive.bookingTitle', { code: booking.code })}
            </Title>
            <BookingStatusBadge status={booking.status} />
          </Group>
          <Text>{t('stock.receive.donor', { name: booking.donorName })}</Text>
          <Text size="sm" c="gray.7">
            {t('stock.receive.slot', {
              from: formatTime(booking.slotStartsAt, locale),
              to: formatTime(booking.slotEndsAt, locale),
            })}
          </Text>
        </Stack>
        {booking.status === 'RECEIVED' ? (
          <Alert color="yellow.9" variant="outline" role="alert">
            <Text c="gray.9">
              {booking.receivedAt
                ? t('stock.receive.alreadyReceivedAt', { at: formatDateTime(booking.receivedAt, locale) })
                : t('stock.errors.alreadyReceived')}
            </Text>
          </Alert>
        ) : booking.status === 'CANCELLED' ? (
          <Alert color="yellow.9" variant="outline" role="alert">
            <Text c="gray.9">{t('stock.errors.cancelled')}</Text>
          </Alert>
        ) : (
          <form
            noValidate
            className={classes.form}
            onSubmit={(event) => void handleSubmit(event)}
            aria-labelledby={headingId}
          >
            <Stack gap="md">
              <Text size="sm" c="gray.7">
                {t('stock.receive.help')}
              </Text>
              {offers.map((offer) => {
                const entry = entries[offer.id]!;
                const refused = parseQuantity(entry.refused) ?? 0;
                return (
                  <Fieldset
                    key={offer.id}
                    legend={variantName(offer.item, offer.variant)}
                    p="sm"
                    data-testid="receipt-offer"
                  >
                    <Stack gap="sm">
                      <Group gap="xs" wrap="wrap">
                        <Text size="sm">{t('stock.receive.offered', { count: offer.quantity })}</Text>
                        <Badge color="gray.9" variant="outline">
                          {t(`stock.conditions.${offer.condition}`)}
                        </Badge>
                      </Group>
                      {offer.needOrganisationName ? (
                        <Text size="sm" c="gray.7">
                          {t('stock.receive.forOrganisation', { name: offer.needOrganisationName })}
                        </Text>
                      ) : null}
                      <QuantityInput
                        label={t('stock.receive.received')}
                        name={`received-${offer.id}`}
                        max={offer.quantity}
                        value={entry.received}
                        onChange={(received) => setEntry(offer.id, { received })}
                        error={errors[offer.id]?.received}
                        id={`received-${offer.id}`}
                      />
                      <QuantityInput
                        label={t('stock.receive.refused')}
                        name={`refused-${offer.id}`}
                        max={offer.quantity}
                        value={entry.refused}
                        onChange={(value) => setEntry(offer.id, { refused: value })}
                        error={errors[offer.id]?.refused}
                        id={`refused-${offer.id}`}
                      />
                      {refused > 0 || entry.reason ? (
                        <TextInput
                          id={`reason-${offer.id}`}
                          label={t('stock.receive.reason')}
                          description={t('stock.receive.reasonHelp')}
                          name={`reason-${offer.id}`}
                          size="lg"
                          required={refused > 0}
                          maxLength={500}
                          value={entry.reason}
                          onChange={(event) => setEntry(offer.id, { reason: event.currentTarget.value })}
                          error={errors[offer.id]?.reason}
                        />
                      ) : null}
                    </Stack>
                  </Fieldset>
                );
              })}
              {formError ? (
                <Text c="red.9" role="alert" fw={600}>
                  {formError}
                </Text>
              ) : null}
              <DeskProblemAlert problem={problem} />
              <Button type="submit" size="lg" fullWidth loading={loading}>
                {t('stock.receive.confirm')}
              </Button>
              <Button variant="subtle" color="var(--mantine-color-blue-9)" size="md" onClick={onCancel}>
                {t('stock.receive.cancel')}
              </Button>
            </Stack>
          </form>
        )}
        {booking.status !== 'BOOKED' ? (
          <Button variant="subtle" color="var(--mantine-color-blue-9)" size="md" onClick={onCancel}>
            {t('stock.receive.close')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

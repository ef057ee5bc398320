import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DeskBookingFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { formatTime } from '../utils/dates';
import { variantName } from '../utils/labels';
import { BookingStatusBadge } from './BookingStatusBadge';
import { DeskQueryStatus } from './DeskQueryStatus';

export interface ExpectedDropOffsProps {
  bookings: readonly DeskBookingFragment[] | undefined;
  loading: boolean;
  error?: unknown;
  /** "Receive" on a drop-off still expected: looks its code up. */
  onReceive: (code: string) => void;
}

/** Today's drop-offs at the point, by slot: code, donor, time (Paris), status and offers. */
export function ExpectedDropOffs({ bookings, loading, error, onReceive }: ExpectedDropOffsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const waiting = bookings?.filter((booking) => booking.status === 'BOOKED').length ?? 0;

  return (
    <section aria-labelledby="expected-heading">
      <Title order={2} size="h3" id="expected-heading" mb={4}>
        {t('stock.expected.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('stock.desk.autoRefresh')}
      </Text>
      {!bookings ? (
        <DeskQueryStatus loading={loading} error={error} />
      ) : bookings.length === 0 ? (
        <Text>{t('stock.expected.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Text fw={600}>{t('stock.expected.summary', { count: waiting, total: bookings.length })}</Text>
          <List listStyleType="none" spacing="sm" p={0} aria-labelledby="expected-heading">
            {bookings.map((booking) => (
              <List.Item key={booking.id} data-testid="expected-drop-off">
                <Card withBorder padding="sm">
                  <Stack gap={6}>
                    <Group justify="space-between" align="center" gap="xs" wrap="wrap">
                      <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {t('stock.expected.slot', {
                          from: formatTime(booking.slotStartsAt, locale),
                          to: formatTime(booking.slotEndsAt, locale),
                        })}
                      </Text>
                      <BookingStatusBadge status={booking.status} />
                    </Group>
                    <Text>
                      {t('stock.expected.codeAndDonor', { code: booking.code, name: booking.donorName })}
                    </Text>
                    <List size="sm" spacing={2} withPadding>
                      {booking.offers.map((offer) => (
                        <List.Item key={offer.id}>
                          {t('stock.expected.offer', {
                            count: offer.quantity,
                            name: variantName(offer.item, offer.variant),
                          })}
                        </List.Item>
                      ))}
                    </List>
                    {booking.status === 'BOOKED' ? (
                      <Button
                        size="md"
                        variant="light"
                        onClick={() => onReceive(booking.code)}
                        aria-label={t('stock.expected.receiveNamed', {
                          code: booking.code,
                          name: booking.donorName,
                        })}
                      >
                        {t('stock.expected.receive')}
                      </Button>
                    ) : null}
                  </Stack>
                </Card>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </section>
  );
}

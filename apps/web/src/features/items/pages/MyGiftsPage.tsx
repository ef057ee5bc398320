import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { BookDropOffForm } from '../components/BookDropOffForm';
import { DropOffCard } from '../components/DropOffCard';
import { GiftTrace } from '../components/GiftTrace';
import { UnbookedOffers } from '../components/UnbookedOffers';
import { MY_DROP_OFFS_QUERY, MY_OFFERS_QUERY } from '../graphql/itemsOperations';
import { useGiftCsvColumns } from '../hooks/useItemsCsvColumns';
import { LIVE_POLL_INTERVAL_MS } from '../utils/live';

/** My offers to drop off, my drop-offs and what became of each gift; polled (see LIVE_POLL_INTERVAL_MS). */
function MyGifts() {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [bookedCode, setBookedCode] = useState<string>();
  const giftColumns = useGiftCsvColumns();
  const offersQuery = useQuery(MY_OFFERS_QUERY, {
    variables: { lang },
    fetchPolicy: 'cache-and-network',
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const dropOffsQuery = useQuery(MY_DROP_OFFS_QUERY, {
    variables: { lang },
    fetchPolicy: 'cache-and-network',
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const offers = offersQuery.data?.myOffers ?? offersQuery.previousData?.myOffers;
  const dropOffs = dropOffsQuery.data?.myDropOffs ?? dropOffsQuery.previousData?.myDropOffs;
  const toBook = offers?.filter((offer) => offer.status === 'OFFERED' && !offer.bookingId) ?? [];
  const traced = offers?.filter((offer) => offer.status !== 'WITHDRAWN') ?? [];

  return (
    <>
      <section aria-labelledby="to-book-heading">
        <Title order={2} size="h3" id="to-book-heading" mb="xs">
          {t('items.gifts.toBookTitle')}
        </Title>
        {offers ? (
          <Stack gap="md">
            {bookedCode ? (
              <SuccessAlert data-testid="drop-off-booked">
                {t('items.book.done', { code: bookedCode })}
              </SuccessAlert>
            ) : null}
            <UnbookedOffers offers={toBook} />
            {toBook.length ? (
              <section aria-labelledby="book-heading">
                <Title order={3} size="h4" id="book-heading" mb="xs">
                  {t('items.book.title')}
                </Title>
                <Text c="gray.7" mb="md">
                  {t('items.book.intro')}
                </Text>
                <BookDropOffForm offers={toBook} labelledBy="book-heading" onBooked={setBookedCode} />
              </section>
            ) : null}
          </Stack>
        ) : null}
        {!offers || offersQuery.error ? (
          <QueryStatus loading={offersQuery.loading} error={offersQuery.error} />
        ) : null}
      </section>

      <section aria-labelledby="drop-offs-heading">
        <Title order={2} size="h3" id="drop-offs-heading" mb="xs">
          {t('items.dropOffs.title')}
        </Title>
        {dropOffs ? (
          dropOffs.length === 0 ? (
            <Text>{t('items.dropOffs.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {dropOffs.map((booking) => (
                <li key={booking.id}>
                  <DropOffCard booking={booking} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!dropOffs || dropOffsQuery.error ? (
          <QueryStatus loading={dropOffsQuery.loading} error={dropOffsQuery.error} />
        ) : null}
      </section>

      <section aria-labelledby="traces-heading">
        <Group justify="space-between" gap="xs" mb="xs">
          <Title order={2} size="h3" id="traces-heading">
            {t('items.gifts.tracesTitle')}
          </Title>
          {offers ? <ExportCsvButton filename="mes-dons" columns={giftColumns} rows={traced} /> : null}
        </Group>
        {offers ? (
          traced.length === 0 ? (
            <Text>{t('items.gifts.noGifts')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {traced.map((offer) => (
                <li key={offer.id}>
                  <GiftTrace offer={offer} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
      </section>
    </>
  );
}

/** `/mes-dons`: the signed-in person's gifts: to drop off, booked drop-offs, and what became of them. */
export function MyGiftsPage() {
  const { t } = useTranslation();
  const title = t('items.gifts.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Text c="gray.7">{t('items.gifts.intro')}</Text>
            <Anchor component={Link} to="/besoins">
              {t('items.gifts.seeNeeds')}
            </Anchor>
          </Stack>
          <MyGifts />
        </Stack>
      )}
    </RequireViewer>
  );
}

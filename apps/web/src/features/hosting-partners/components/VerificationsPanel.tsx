import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../components/QueryStatus';
import type { PartnerHostOfferFieldsFragment } from '../../../gql/graphql';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { PARTNER_HOST_OFFERS_TO_VERIFY_QUERY } from '../graphql/hostingPartnersOperations';
import { HostOfferCard } from './HostOfferCard';
import { type Notice, NoticeAlert } from './Notice';

type HostOffer = PartnerHostOfferFieldsFragment;

function OfferList({
  offers,
  onNotice,
}: {
  offers: readonly HostOffer[];
  onNotice: (notice: Notice) => void;
}) {
  return (
    <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {offers.map((offer) => (
        <li key={offer.id}>
          <HostOfferCard offer={offer} onNotice={onNotice} />
        </li>
      ))}
    </Stack>
  );
}

/** "Vérifications": the homes hosts asked the association to visit; waiting ones first, then those done. */
export function VerificationsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(PARTNER_HOST_OFFERS_TO_VERIFY_QUERY, {
    variables: { organisationId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const [notice, setNotice] = useState<Notice>();
  const offers = query.data?.hostOffersToVerify ?? query.previousData?.hostOffersToVerify;
  const waiting = (offers ?? [])
    .filter((offer) => offer.status === 'SUBMITTED')
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  const done = (offers ?? [])
    .filter((offer) => offer.status !== 'SUBMITTED')
    .sort((a, b) => (b.verifiedAt ?? b.submittedAt ?? '').localeCompare(a.verifiedAt ?? a.submittedAt ?? ''));

  const handleNotice = (next: Notice) => {
    setNotice(next);
    void query.refetch().catch(() => undefined);
    document.getElementById('verifications-heading')?.focus();
  };

  return (
    <section aria-labelledby="verifications-heading">
      <Title order={2} size="h3" id="verifications-heading" tabIndex={-1} mb="xs">
        {t('hostingPartners.verifications.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('hostingPartners.verifications.intro')}
      </Text>
      <Stack gap="lg">
        <NoticeAlert notice={notice} />
        {offers ? (
          <>
            <section aria-labelledby="offers-waiting-heading">
              <Title order={3} size="h4" id="offers-waiting-heading" mb="xs">
                {t('hostingPartners.verifications.waitingTitle')}
              </Title>
              {waiting.length === 0 ? (
                <Text>{t('hostingPartners.verifications.noneWaiting')}</Text>
              ) : (
                <OfferList offers={waiting} onNotice={handleNotice} />
              )}
            </section>
            {done.length > 0 ? (
              <section aria-labelledby="offers-done-heading">
                <Title order={3} size="h4" id="offers-done-heading" mb="xs">
                  {t('hostingPartners.verifications.doneTitle')}
                </Title>
                <OfferList offers={done} onNotice={handleNotice} />
              </section>
            ) : null}
          </>
        ) : null}
        {!offers || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </Stack>
    </section>
  );
}

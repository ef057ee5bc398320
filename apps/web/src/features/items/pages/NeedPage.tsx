import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { useViewer } from '../../identity/hooks/useViewer';
import { itemLabel } from '../components/NeedCard';
import { NeedFacts } from '../components/NeedFacts';
import { NeedProgress } from '../components/NeedProgress';
import { OfferForm } from '../components/OfferForm';
import { SignInToOffer } from '../components/SignInToOffer';
import { UrgencyBadge } from '../components/UrgencyBadge';
import { NEED_QUERY } from '../graphql/itemsOperations';
import { isNotFound } from '../utils/itemsErrors';
import { LIVE_POLL_INTERVAL_MS } from '../utils/live';

/** `/besoins/:id`: one need, its live progress, and the form to offer items for it. */
export function NeedPage() {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  // Polled like the list (see LIVE_POLL_INTERVAL_MS): the progress bar follows offers and dispatches live.
  const { data, previousData, loading, error } = useQuery(NEED_QUERY, {
    variables: { id, lang },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });

  const backLink = (
    <Anchor component={Link} to="/besoins" size="sm">
      ← {t('items.need.back')}
    </Anchor>
  );

  if (isNotFound(error)) {
    const title = t('items.need.notFound.title');
    return (
      <Stack gap="md" align="flex-start">
        <title>{t('app.pageTitle', { title })}</title>
        <Title order={1}>{title}</Title>
        <Text>{t('items.need.notFound.text')}</Text>
        <Anchor component={Link} to="/besoins">
          {t('items.need.notFound.link')}
        </Anchor>
      </Stack>
    );
  }

  const need = data?.need ?? (error ? previousData?.need : undefined);
  if (!need) {
    return (
      <Stack gap="md">
        {backLink}
        <Title order={1}>{t('items.need.loadingTitle')}</Title>
        <QueryStatus loading={loading} error={error} />
      </Stack>
    );
  }

  const title = itemLabel(need);
  const open = need.status === 'OPEN';
  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        {backLink}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          <UrgencyBadge urgency={need.urgency} />
        </Group>
        <Text c="gray.7">{t('items.need.askedBy', { name: need.organisation.name })}</Text>
      </Stack>
      {error ? <QueryStatus loading={false} error={error} /> : null}
      <section aria-labelledby="need-details-heading">
        <Title order={2} size="h3" id="need-details-heading" mb="sm">
          {t('items.need.details')}
        </Title>
        <NeedFacts need={need} />
      </section>
      <section aria-labelledby="need-progress-heading">
        <Title order={2} size="h3" id="need-progress-heading" mb="sm">
          {t('items.need.progressTitle')}
        </Title>
        <Paper withBorder p="md">
          <NeedProgress need={need} />
        </Paper>
      </section>
      <section aria-labelledby="need-offer-heading">
        <Title order={2} size="h3" id="need-offer-heading" mb="xs">
          {t('items.need.offerTitle')}
        </Title>
        {!open ? (
          <Alert color="gray.8" variant="outline" role="status">
            <Text c="gray.9">{t('items.need.closed')}</Text>
          </Alert>
        ) : viewer ? (
          <>
            <Text c="gray.7" mb="md">
              {t('items.need.offerIntro', { name: need.organisation.name })}
            </Text>
            <OfferForm needId={need.id} labelledBy="need-offer-heading" />
          </>
        ) : viewer === null ? (
          <SignInToOffer />
        ) : null}
      </section>
    </Stack>
  );
}

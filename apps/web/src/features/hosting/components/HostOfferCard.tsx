import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { HostOfferFieldsFragment, HostOfferStatus } from '../../../gql/graphql';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { useParisFormat } from '../../items/utils/format';
import {
  MY_HOST_OFFERS_QUERY,
  PAUSE_HOST_OFFER_MUTATION,
  RESUME_HOST_OFFER_MUTATION,
  WITHDRAW_HOST_OFFER_MUTATION,
} from '../graphql/hostingOperations';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { useRefreshWhenStale } from '../utils/useRefreshWhenStale';
import { useAvailabilityLine, useOfferHeadline } from './HostOfferFacts';
import { FORM_STEPS } from './HostOfferSteps';
import { OrganisationContact } from './HostingFacts';
import { HostingProblemAlert } from './HostingProblemAlert';

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const MY_OFFERS = [MY_HOST_OFFERS_QUERY];

const STATUS_COLORS: Record<HostOfferStatus, string> = {
  DRAFT: 'gray.8',
  SUBMITTED: 'blue.9',
  VERIFIED: 'teal.9',
  REJECTED: 'red.9',
  WITHDRAWN: 'gray.8',
};

/**
 * One of my hosting offers: its status, what it offers, the association verifying it and its visit; continue a
 * draft, pause or resume a sent one, or withdraw it (after a confirmation).
 */
export function HostOfferCard({
  offer,
  onWithdrawn,
}: {
  offer: HostOfferFieldsFragment;
  /** Told what to announce: the card then leaves the list. */
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const headline = useOfferHeadline();
  const availability = useAvailabilityLine();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<HostingProblem>();
  const refetchQueries = MY_OFFERS;
  const refreshWhenStale = useRefreshWhenStale(MY_OFFERS);
  const [pause, { loading: pausing }] = useMutation(PAUSE_HOST_OFFER_MUTATION, { refetchQueries });
  const [resume, { loading: resuming }] = useMutation(RESUME_HOST_OFFER_MUTATION, { refetchQueries });
  const [withdraw, { loading: withdrawing }] = useMutation(WITHDRAW_HOST_OFFER_MUTATION, { refetchQueries });
  const sent = offer.status === 'SUBMITTED' || offer.status === 'VERIFIED';

  const act = async (run: () => Promise<unknown>, done: string) => {
    setProblem(undefined);
    setNotice(undefined);
    try {
      await run();
      setNotice(done);
    } catch (error: unknown) {
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };
  const variables = { input: { id: offer.id } };

  const handleWithdraw = async () => {
    setProblem(undefined);
    try {
      await withdraw({ variables });
      onWithdrawn(t('hosting.offers.withdrawn', { offer: headline(offer) }));
    } catch (error: unknown) {
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="host-offer">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {headline(offer)}
          </Title>
          <Group gap={6} wrap="wrap">
            <Badge color={STATUS_COLORS[offer.status]} variant="filled">
              {t(`hosting.offerStatus.${offer.status}`)}
            </Badge>
            {offer.paused ? (
              <Badge color="orange.9" variant="filled">
                {t('hosting.offers.paused')}
              </Badge>
            ) : null}
            {offer.hosting ? (
              <Badge color="grape.9" variant="filled">
                {t('hosting.offers.hosting')}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Stack gap={2}>
          {offer.availableFrom ? (
            <Text size="sm">{availability(offer.availableFrom, offer.availableUntil)}</Text>
          ) : null}
          {offer.minStayDays && offer.maxStayDays ? (
            <Text size="sm">
              {t('hosting.offers.stayDays', { min: offer.minStayDays, count: offer.maxStayDays })}
            </Text>
          ) : null}
          {offer.status === 'DRAFT' ? (
            <Text size="sm" c="gray.7">
              {t('hosting.offers.stepsDone', { count: offer.stepsDone, total: FORM_STEPS })}
            </Text>
          ) : null}
          {offer.paused ? (
            <Text size="sm" c="gray.7">
              {t('hosting.offers.pausedHelp')}
            </Text>
          ) : null}
        </Stack>
        {offer.verifier ? (
          <OrganisationContact label={t('hosting.offers.verifier')} contact={offer.verifier} />
        ) : null}
        {offer.status === 'SUBMITTED' ? <Text size="sm">{t('hosting.offers.visitPending')}</Text> : null}
        {offer.homeVisitOn ? (
          <Text size="sm">{t('hosting.offers.homeVisit', { day: format.day(offer.homeVisitOn) })}</Text>
        ) : null}
        {offer.status === 'REJECTED' && offer.rejectionReason ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('hosting.offers.rejectionReason', { reason: offer.rejectionReason })}
          </Text>
        ) : null}
        {notice ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{notice}</Text>
          </Alert>
        ) : null}
        <HostingProblemAlert problem={problem} />
        {confirming ? (
          <ConfirmStep
            title={t('hosting.offers.confirmWithdrawTitle')}
            text={t('hosting.offers.confirmWithdrawText')}
            confirmLabel={t('hosting.offers.confirmWithdraw')}
            keepLabel={t('hosting.offers.keep')}
            loading={withdrawing}
            onConfirm={() => void handleWithdraw()}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <Group gap="sm" wrap="wrap">
            {offer.status === 'DRAFT' ? (
              <Button component={Link} to={`/accueillir/proposer/${offer.id}`}>
                {t('hosting.offers.continue')}
              </Button>
            ) : null}
            {sent && !offer.paused ? (
              <Button
                variant="outline"
                loading={pausing}
                onClick={() => void act(() => pause({ variables }), t('hosting.offers.pausedDone'))}
              >
                {t('hosting.offers.pause')}
              </Button>
            ) : null}
            {sent && offer.paused ? (
              <Button
                variant="outline"
                loading={resuming}
                onClick={() => void act(() => resume({ variables }), t('hosting.offers.resumed'))}
              >
                {t('hosting.offers.resume')}
              </Button>
            ) : null}
            {!offer.hosting ? (
              <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
                {t('hosting.offers.withdraw')}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonForm } from '../../../components/ReasonForm';
import type { HostOfferStatus, PartnerHostOfferFieldsFragment } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { parisToday } from '../../items/utils/format';
import {
  PARTNER_REJECT_HOST_OFFER_MUTATION,
  PARTNER_VERIFY_HOST_OFFER_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { MAX_REASON_LENGTH, useHostingFormat } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { Facts } from '../../../components/Facts';
import { PersonLine, useHomeFacts } from './HomeFacts';
import { HostingProblemAlert } from './HostingProblemAlert';
import type { Notice } from './Notice';

type HostOffer = PartnerHostOfferFieldsFragment;

/** The API keeps at most this many characters of who visited. */
export const MAX_VISITED_BY_LENGTH = 120;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<HostOfferStatus, string> = {
  DRAFT: 'gray.8',
  SUBMITTED: 'blue.9',
  VERIFIED: 'teal.9',
  REJECTED: 'red.9',
  WITHDRAWN: 'gray.8',
};

/** "Visite effectuée": the day of the visit and who visited; the home then enters the matching pool. */
function VerifyForm({
  offer,
  name,
  onDone,
  onCancel,
}: {
  offer: HostOffer;
  name: string;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const today = parisToday();
  const [homeVisitOn, setHomeVisitOn] = useState(today);
  const [visitedBy, setVisitedBy] = useState('');
  const [errors, setErrors] = useState<{ homeVisitOn?: string; visitedBy?: string }>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const dayInput = useRef<HTMLInputElement>(null);
  const visitedByInput = useRef<HTMLInputElement>(null);
  const [verify, { loading }] = useMutation(PARTNER_VERIFY_HOST_OFFER_MUTATION);

  useEffect(() => dayInput.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: { homeVisitOn?: string; visitedBy?: string } = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(homeVisitOn))
      found.homeVisitOn = t('hostingPartners.errors.dateRequired');
    else if (homeVisitOn > today) found.homeVisitOn = t('hostingPartners.errors.visitFuture');
    if (visitedBy.trim().length < 2) found.visitedBy = t('hostingPartners.errors.visitedByTooShort');
    setErrors(found);
    if (found.homeVisitOn) dayInput.current?.focus();
    else if (found.visitedBy) visitedByInput.current?.focus();
    if (found.homeVisitOn || found.visitedBy) return;
    try {
      await verify({ variables: { input: { id: offer.id, homeVisitOn, visitedBy: visitedBy.trim() } } });
      onDone({ done: t('hostingPartners.verifications.verified', { name }) });
    } catch (error: unknown) {
      const found = hostingProblem(error);
      if (found.stale) onDone({ problem: found });
      else setProblem(found);
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('hostingPartners.verifications.verifyForm', { name })}
      >
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            {t('hostingPartners.verifications.verifyHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              ref={dayInput}
              label={t('hostingPartners.verifications.homeVisitOn')}
              name="homeVisitOn"
              type="date"
              required
              max={today}
              value={homeVisitOn}
              onChange={(event) => setHomeVisitOn(event.currentTarget.value)}
              error={errors.homeVisitOn}
            />
            <TextInput
              ref={visitedByInput}
              label={t('hostingPartners.verifications.visitedBy')}
              description={t('hostingPartners.verifications.visitedByHelp')}
              name="visitedBy"
              required
              maxLength={MAX_VISITED_BY_LENGTH}
              value={visitedBy}
              onChange={(event) => setVisitedBy(event.currentTarget.value)}
              error={errors.visitedBy}
            />
          </SimpleGrid>
          <HostingProblemAlert problem={problem} />
          <Group gap="sm">
            <Button type="submit" color="teal.9" loading={loading}>
              {t('hostingPartners.verifications.confirmVerify')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('hostingPartners.reason.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type Mode = 'view' | 'verify' | 'reject';

/** A home a host asked the association to verify: everything they said, and the visit's outcome. */
export function HostOfferCard({ offer, onNotice }: { offer: HostOffer; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const homeFacts = useHomeFacts();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [rejectProblem, setRejectProblem] = useState<HostingProblem>();
  const [reject, { loading: rejecting }] = useMutation(PARTNER_REJECT_HOST_OFFER_MUTATION);
  const name = offer.host.displayName;
  const waiting = offer.status === 'SUBMITTED';

  const report = (notice: Notice) => {
    setMode('view');
    onNotice(notice);
  };

  const handleReject = async (reason: string) => {
    setRejectProblem(undefined);
    try {
      await reject({ variables: { input: { id: offer.id, reason } } });
      report({ done: t('hostingPartners.verifications.rejected', { name }) });
    } catch (error: unknown) {
      const found = hostingProblem(error);
      if (found.stale) report({ problem: found });
      else setRejectProblem(found);
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="host-offer">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {t('hostingPartners.verifications.cardTitle', { name })}
          </Title>
          <Badge color={STATUS_COLORS[offer.status]} variant="filled" data-testid="offer-status">
            {t(`hostingPartners.offerStatus.${offer.status}`)}
          </Badge>
        </Group>
        <Facts
          facts={[
            {
              label: t('hostingPartners.home.host'),
              value: <PersonLine person={offer.host} />,
              testId: 'offer-host',
            },
            offer.address && {
              label: t('hostingPartners.home.address'),
              value: offer.address,
              testId: 'offer-address',
            },
            ...homeFacts(offer),
            offer.submittedAt && {
              label: t('hostingPartners.verifications.submittedAt'),
              value: format.dateTime(offer.submittedAt),
            },
            offer.status === 'VERIFIED' &&
              offer.homeVisitOn && {
                label: t('hostingPartners.verifications.visit'),
                value: t('hostingPartners.verifications.visitValue', {
                  date: format.day(offer.homeVisitOn),
                  name: offer.visitedBy ?? '',
                }),
                testId: 'offer-visit',
              },
            offer.status === 'REJECTED' &&
              offer.rejectionReason && {
                label: t('hostingPartners.verifications.rejectionReason'),
                value: offer.rejectionReason,
              },
          ]}
        />
        {waiting && mode === 'view' ? (
          <Group gap="sm">
            <Button color="teal.9" onClick={() => setMode('verify')}>
              {t('hostingPartners.verifications.verify')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setMode('reject')}>
              {t('hostingPartners.verifications.reject')}
            </Button>
          </Group>
        ) : null}
        {waiting && mode === 'verify' ? (
          <VerifyForm offer={offer} name={name} onDone={report} onCancel={() => setMode('view')} />
        ) : null}
        {waiting && mode === 'reject' ? (
          <ReasonForm
            label={t('hostingPartners.verifications.rejectForm', { name })}
            reasonLabel={t('hostingPartners.verifications.rejectReason')}
            reasonHelp={t('hostingPartners.verifications.rejectHelp')}
            maxLength={MAX_REASON_LENGTH}
            requiredMessage={t('hostingPartners.errors.reasonRequired')}
            submitLabel={t('hostingPartners.verifications.confirmReject')}
            cancelLabel={t('hostingPartners.reason.cancel')}
            loading={rejecting}
            problemAlert={<HostingProblemAlert problem={rejectProblem} />}
            onSubmit={(reason) => void handleReject(reason)}
            onCancel={() => {
              setRejectProblem(undefined);
              setMode('view');
            }}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

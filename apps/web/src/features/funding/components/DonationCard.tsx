import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { FundingDonationFieldsFragment } from '../../../gql/graphql';
import { parisDay, useParisFormat } from '../../items/utils/format';
import { FUNDING_CANCEL_MONTHLY_DONATION_MUTATION } from '../graphql/fundingOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { STATUS_COLOURS } from '../utils/kinds';
import { useMoney } from '../utils/money';
import { FundingProblemAlert } from './FundingProblemAlert';

/** True for a monthly donation that can still be stopped. */
export function canStop(donation: Pick<FundingDonationFieldsFragment, 'frequency' | 'status'>): boolean {
  return donation.frequency === 'MONTHLY' && (donation.status === 'ACTIVE' || donation.status === 'PENDING');
}

/** "Arrêter le don mensuel", confirmed in place before `cancelMonthlyDonation`. */
function StopMonthly({
  donation,
  describedBy,
}: {
  donation: FundingDonationFieldsFragment;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<FundingProblem>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const backOut = useRef(false);
  const [cancel, { loading }] = useMutation(FUNDING_CANCEL_MONTHLY_DONATION_MUTATION);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (backOut.current) {
      backOut.current = false;
      stopButton.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <Group>
        <Button
          ref={stopButton}
          variant="outline"
          color="red.9"
          aria-describedby={describedBy}
          onClick={() => setConfirming(true)}
        >
          {t('funding.myDonations.stop')}
        </Button>
      </Group>
    );
  }

  const confirm = async () => {
    setProblem(undefined);
    try {
      await cancel({ variables: { input: { id: donation.id } } });
      setConfirming(false);
    } catch (error) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <Stack gap="xs" role="group" aria-label={t('funding.myDonations.stopConfirmLabel')}>
      <Text fw={600}>{t('funding.myDonations.stopConfirm')}</Text>
      <FundingProblemAlert problem={problem} />
      <Group gap="sm">
        <Button ref={confirmButton} color="red.9" loading={loading} onClick={() => void confirm()}>
          {t('funding.myDonations.stopYes')}
        </Button>
        <Button
          variant="outline"
          disabled={loading}
          onClick={() => {
            backOut.current = true;
            setConfirming(false);
            setProblem(undefined);
          }}
        >
          {t('funding.myDonations.stopNo')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The payments of a donation: date, amount, refund, receipt number, estimated tax reduction. */
function Payments({ payments }: { payments: FundingDonationFieldsFragment['payments'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  if (payments.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('funding.myDonations.noPayments')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('funding.myDonations.payments')}
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {payments.map((payment) => {
          const refunded = payment.refundedCents;
          return (
            <li key={payment.id} data-testid="donation-payment">
              <Text size="sm">
                <time dateTime={payment.paidAt}>{format.shortDate(payment.paidAt)}</time>
                {' · '}
                <Text span fw={600} inherit>
                  {money.euros(payment.amountCents)}
                </Text>
                {' · '}
                {t('funding.myDonations.receipt', { number: payment.receiptNumber })}
              </Text>
              {refunded > 0 ? (
                <Text size="sm" c="grape.9" fw={600} data-testid="payment-refunded">
                  {t('funding.myDonations.refunded', { amount: money.euros(refunded) })}
                </Text>
              ) : null}
              <Text size="sm" c="gray.7" data-testid="payment-reduction">
                {t('funding.myDonations.reduction', { amount: money.euros(payment.taxReductionCents) })}
              </Text>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}

/** One donation: to what (or the common fund), how much, how often, where it stands, its payments. */
export function DonationCard({ donation }: { donation: FundingDonationFieldsFragment }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const titleId = useId();
  const summaryId = useId();
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="donation">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {donation.initiative ? (
              <Anchor component={Link} to={`/initiatives/${donation.initiative.id}`} inherit>
                {donation.initiative.title}
              </Anchor>
            ) : (
              t('funding.target.commonFund')
            )}
          </Title>
          <Badge
            variant="filled"
            color={STATUS_COLOURS[donation.status]}
            radius="sm"
            tt="none"
            data-testid="donation-status"
          >
            {t(`funding.status.${donation.status}`)}
          </Badge>
        </Group>
        <Text id={summaryId} data-testid="donation-summary">
          {t(`funding.myDonations.summary.${donation.frequency}`, {
            amount: money.euros(donation.amountCents),
            date: format.day(parisDay(donation.createdAt)),
          })}
          {donation.anonymous ? ` · ${t('funding.myDonations.anonymous')}` : ''}
        </Text>
        {donation.status === 'FAILED' && donation.failureReason ? (
          <Text size="sm" c="red.9">
            {donation.failureReason}
          </Text>
        ) : null}
        <Payments payments={donation.payments} />
        {donation.frequency === 'MONTHLY' && donation.status === 'CANCELLED' ? (
          <Text size="sm" role="status" data-testid="donation-stopped">
            {t('funding.myDonations.stopped')}
          </Text>
        ) : null}
        {canStop(donation) ? <StopMonthly donation={donation} describedBy={summaryId} /> : null}
      </Stack>
    </Card>
  );
}

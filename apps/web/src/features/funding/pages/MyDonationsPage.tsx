import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingDonationFieldsFragment } from '../../../gql/graphql';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { parisDay, parisToday } from '../../items/utils/format';
import { DonationCard } from '../components/DonationCard';
import { FUNDING_MY_DONATIONS_QUERY, FUNDING_SETTINGS_QUERY } from '../graphql/fundingOperations';
import { donationPaymentRows, useDonationPaymentCsvColumns } from '../hooks/useFundingCsvColumns';
import { useMoney } from '../utils/money';

/** How often the donations are asked again while a payment is being confirmed (Stripe's webhook is asynchronous). */
export const PENDING_POLL_MS = 3_000;

/** The French rate of the income-tax reduction for gifts, in basis points, until the settings say otherwise. */
const DEFAULT_TAX_REDUCTION_BPS = 6_600;

/** What was given this (Paris) year, net of refunds, and the estimated tax reduction. */
function yearTotals(donations: readonly FundingDonationFieldsFragment[], year: string) {
  let givenCents = 0;
  let reductionCents = 0;
  for (const donation of donations) {
    for (const payment of donation.payments) {
      if (!parisDay(payment.paidAt).startsWith(`${year}-`)) continue;
      givenCents += payment.amountCents - payment.refundedCents;
      reductionCents += payment.taxReductionCents;
    }
  }
  return { givenCents, reductionCents };
}

/** After the checkout: thanks (paid), the failure, or the wait while the payment is confirmed. */
function ReturnAlert({ donation }: { donation: FundingDonationFieldsFragment }) {
  const { t } = useTranslation();
  if (donation.status === 'PAID' || donation.status === 'ACTIVE') {
    return (
      <Alert
        color="teal.9"
        variant="light"
        role="status"
        title={t('funding.myDonations.thanks')}
        data-testid="donation-return"
      >
        <Text size="sm" c="gray.9">
          {t(
            donation.status === 'ACTIVE'
              ? 'funding.myDonations.thanksMonthly'
              : 'funding.myDonations.thanksOnce',
          )}
        </Text>
      </Alert>
    );
  }
  if (donation.status === 'FAILED') {
    return (
      <Alert
        color="red.9"
        variant="light"
        role="alert"
        title={t('funding.myDonations.failed')}
        data-testid="donation-return"
      >
        <Stack gap={4} align="flex-start">
          <Text size="sm" c="gray.9">
            {t('funding.myDonations.failedText')}
          </Text>
          <Anchor
            component={Link}
            to={donation.initiative ? `/initiatives/${donation.initiative.id}` : '/donner'}
            size="sm"
          >
            {t('funding.myDonations.retry')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (donation.status === 'PENDING') {
    return (
      <Alert
        color="blue.9"
        variant="light"
        role="status"
        title={t('funding.myDonations.confirming')}
        data-testid="donation-return"
      >
        <Text size="sm" c="gray.9">
          {t('funding.myDonations.confirmingText')}
        </Text>
      </Alert>
    );
  }
  return null;
}

function Dashboard() {
  const { t } = useTranslation();
  const money = useMoney();
  const [params] = useSearchParams();
  const returning = params.get('donation');
  const settings = useQuery(FUNDING_SETTINGS_QUERY).data?.fundingSettings;
  const { data, previousData, loading, error, startPolling, stopPolling } = useQuery(
    FUNDING_MY_DONATIONS_QUERY,
    {
      fetchPolicy: 'cache-and-network',
    },
  );
  const donations = data?.myDonations ?? previousData?.myDonations;
  const pending = donations?.some((donation) => donation.status === 'PENDING') ?? false;

  useEffect(() => {
    if (!pending) return undefined;
    startPolling(PENDING_POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);

  const year = parisToday().slice(0, 4);
  const totals = donations ? yearTotals(donations, year) : undefined;
  const returned = returning ? donations?.find((donation) => donation.id === returning) : undefined;
  const csvColumns = useDonationPaymentCsvColumns();
  const percent = money.percentOfBps(settings?.taxReductionBps ?? DEFAULT_TAX_REDUCTION_BPS);

  return (
    <Stack gap="xl">
      {returned ? <ReturnAlert donation={returned} /> : null}
      <section aria-labelledby="my-donations-year-heading">
        <Title order={2} size="h3" id="my-donations-year-heading" mb="sm">
          {t('funding.myDonations.yearTitle', { year })}
        </Title>
        {totals ? (
          <Paper withBorder p="md">
            <Stack gap="sm">
              <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
                <div data-testid="year-given">
                  <Text component="dt" size="sm" c="gray.7">
                    {t('funding.myDonations.given', { year })}
                  </Text>
                  <Text component="dd" m={0} fw={700} size="lg">
                    {money.euros(totals.givenCents)}
                  </Text>
                </div>
                <div data-testid="year-reduction">
                  <Text component="dt" size="sm" c="gray.7">
                    {t('funding.myDonations.estimatedReduction')}
                  </Text>
                  <Text component="dd" m={0} fw={700} size="lg">
                    {money.euros(totals.reductionCents)}
                  </Text>
                </div>
              </SimpleGrid>
              <Text size="sm" c="gray.7">
                {t('funding.myDonations.reductionHelp', { percent })}
              </Text>
            </Stack>
          </Paper>
        ) : null}
      </section>
      <section aria-labelledby="my-donations-list-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="my-donations-list-heading">
            {t('funding.myDonations.listTitle')}
          </Title>
          {donations ? (
            <ExportCsvButton
              filename="mes-soutiens"
              columns={csvColumns}
              rows={donationPaymentRows(donations)}
            />
          ) : null}
        </Group>
        {donations ? (
          donations.length === 0 ? (
            <Stack gap="xs" align="flex-start">
              <Text>{t('funding.myDonations.empty')}</Text>
              <Group gap="md">
                <Anchor component={Link} to="/initiatives">
                  {t('funding.myDonations.browse')}
                </Anchor>
                <Anchor component={Link} to="/donner">
                  {t('funding.list.commonFundLink')}
                </Anchor>
              </Group>
            </Stack>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {donations.map((donation) => (
                <li key={donation.id}>
                  <DonationCard donation={donation} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!donations || error ? <QueryStatus loading={loading} error={error} /> : null}
      </section>
    </Stack>
  );
}

/** `/mes-soutiens`: the donor's donations, payments, receipts and tax reduction (signed-in people). */
export function MyDonationsPage() {
  const { t } = useTranslation();
  const title = t('funding.myDonations.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Text c="gray.7" maw="46rem">
              {t('funding.myDonations.intro')}
            </Text>
          </Stack>
          <Dashboard />
        </Stack>
      )}
    </RequireViewer>
  );
}

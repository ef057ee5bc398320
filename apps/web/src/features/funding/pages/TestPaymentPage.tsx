import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { TestPaymentOutcome } from '../../../gql/graphql';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { FundingProblemAlert } from '../components/FundingProblemAlert';
import {
  FUNDING_COMPLETE_TEST_PAYMENT_MUTATION,
  FUNDING_TEST_CHECKOUT_QUERY,
} from '../graphql/fundingOperations';
import { type FundingProblem, fundingProblem, isNotFound } from '../utils/fundingErrors';
import { useMoney } from '../utils/money';

function Fact({ term, children, testId }: { term: string; children: ReactNode; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text component="dt" size="sm" c="gray.7">
        {term}
      </Text>
      <Text component="dd" m={0} fw={600} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** The checkout to pay: what, how often, for whom; then "Payer (paiement de test)" or "Simuler un échec". */
function TestCheckout({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<FundingProblem>();
  const [pending, setPending] = useState<TestPaymentOutcome>();
  const { data, loading, error } = useQuery(FUNDING_TEST_CHECKOUT_QUERY, {
    variables: { checkoutSessionId: sessionId },
    fetchPolicy: 'network-only',
  });
  const [complete] = useMutation(FUNDING_COMPLETE_TEST_PAYMENT_MUTATION);

  if (isNotFound(error)) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text>{t('funding.testPayment.notFound')}</Text>
        <Anchor component={Link} to="/mes-soutiens">
          {t('funding.testPayment.myDonations')}
        </Anchor>
      </Stack>
    );
  }
  const checkout = data?.testCheckout;
  if (!checkout) return <QueryStatus loading={loading} error={error} />;

  const pay = async (outcome: TestPaymentOutcome) => {
    setProblem(undefined);
    setPending(outcome);
    try {
      const result = await complete({ variables: { input: { checkoutSessionId: sessionId, outcome } } });
      const donation = result.data?.completeTestPayment;
      void navigate(`/mes-soutiens?donation=${encodeURIComponent(donation?.id ?? checkout.donationId)}`);
    } catch (caught) {
      setProblem(fundingProblem(caught));
      setPending(undefined);
    }
  };

  const done = checkout.status !== 'PENDING';
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="test-payment-summary-heading">
        <Title order={2} size="h3" id="test-payment-summary-heading" mb="sm">
          {t('funding.testPayment.summary')}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          <Fact term={t('funding.testPayment.amount')} testId="test-payment-amount">
            {money.euros(checkout.amountCents)}
          </Fact>
          <Fact term={t('funding.testPayment.frequency')} testId="test-payment-frequency">
            {t(`funding.frequency.${checkout.frequency}`)}
          </Fact>
          <Fact term={t('funding.testPayment.target')} testId="test-payment-target">
            {checkout.initiativeTitle ?? t('funding.target.commonFund')}
          </Fact>
        </Stack>
      </Paper>
      {done ? (
        <Alert color="gray.8" variant="outline" role="status" title={t('funding.testPayment.alreadyDone')}>
          <Anchor component={Link} to={`/mes-soutiens?donation=${encodeURIComponent(checkout.donationId)}`}>
            {t('funding.testPayment.myDonations')}
          </Anchor>
        </Alert>
      ) : (
        <Stack gap="sm">
          <FundingProblemAlert problem={problem} />
          <Group gap="md" wrap="wrap">
            <Button
              color="teal.9"
              loading={pending === 'SUCCEED'}
              disabled={pending === 'FAIL'}
              onClick={() => void pay('SUCCEED')}
            >
              {t('funding.testPayment.pay')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              loading={pending === 'FAIL'}
              disabled={pending === 'SUCCEED'}
              onClick={() => void pay('FAIL')}
            >
              {t('funding.testPayment.fail')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** `/paiement-test/:sessionId`: the local stand-in for Stripe Checkout, clearly a test (signed-in donors). */
export function TestPaymentPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const title = t('funding.testPayment.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl" maw="40rem">
          <title>{t('app.pageTitle', { title })}</title>
          <Title order={1}>{title}</Title>
          <Alert color="red.9" variant="filled" role="alert" title={t('funding.testPayment.banner')}>
            <Text size="sm">{t('funding.testPayment.bannerText')}</Text>
          </Alert>
          <TestCheckout sessionId={sessionId} />
        </Stack>
      )}
    </RequireViewer>
  );
}

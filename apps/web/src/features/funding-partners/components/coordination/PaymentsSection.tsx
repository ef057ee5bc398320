import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../../components/QueryStatus';
import type { FundingPartnersFundPaymentsQuery } from '../../../../gql/graphql';
import type { CsvColumn } from '../../../../utils/csv';
import { parseEuros, useMoney } from '../../../funding/utils/money';
import classes from '../../../identity/components/IdentityForm.module.css';
import { useParisFormat } from '../../../items/utils/format';
import {
  FUNDING_PARTNERS_FUND_PAYMENTS_QUERY,
  FUNDING_PARTNERS_REFUND_PAYMENT_MUTATION,
} from '../../graphql/fundingPartnersOperations';
import { useFundingLabels } from '../../utils/format';
import { type FundingProblem, fundingProblem } from '../../utils/fundingErrors';
import { FundingProblemAlert } from '../FundingProblemAlert';
import { MoneyInput } from '../MoneyInput';
import { type Notice, NoticeAlert } from '../Notice';
import { NUMBER_CELL, TableRegion } from '../TableRegion';

type Payment = FundingPartnersFundPaymentsQuery['fundPayments'][number];

/** What is left to refund of a payment, in cents. */
export function refundable(payment: Payment): number {
  return payment.amountCents - payment.refundedCents;
}

/**
 * The refund of one payment, confirmed: all that is left by default, or part of it (typed in euros). The
 * amount field takes the focus.
 */
function RefundForm({
  payment,
  onDone,
  onCancel,
}: {
  payment: Payment;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const input = useRef<HTMLInputElement>(null);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<FundingProblem>();
  const [refund, { loading }] = useMutation(FUNDING_PARTNERS_REFUND_PAYMENT_MUTATION, {
    refetchQueries: ['FundingPartnersFundPayments', 'FundingPartnersApprovedInitiatives'],
    awaitRefetchQueries: true,
  });
  const left = refundable(payment);

  useEffect(() => input.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const text = amount.trim();
    const amountCents = text ? parseEuros(text).cents : undefined;
    if (text && (amountCents === undefined || amountCents <= 0)) {
      setError(t('fundingPartners.errors.amountInvalid'));
      input.current?.focus();
      return;
    }
    if (amountCents !== undefined && amountCents > left) {
      setError(t('fundingPartners.errors.aboveRefundable', { amount: money.euros(left) }));
      input.current?.focus();
      return;
    }
    setError(undefined);
    try {
      const { data } = await refund({
        variables: {
          input: { paymentId: payment.id, ...(amountCents === undefined ? {} : { amountCents }) },
        },
      });
      if (!data) return;
      onDone({
        done: t('fundingPartners.payments.refunded', {
          receipt: payment.receiptNumber,
          amount: money.euros(amountCents ?? left),
          total: money.euros(data.refundDonationPayment.refundedCents),
        }),
      });
    } catch (caught: unknown) {
      setProblem(fundingProblem(caught));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('fundingPartners.payments.refundNamed', { receipt: payment.receiptNumber })}
      >
        <Stack gap="sm">
          <Text fw={600}>
            {t('fundingPartners.payments.refundTitle', {
              receipt: payment.receiptNumber,
              amount: money.euros(payment.amountCents),
              date: format.shortDate(payment.paidAt),
            })}
          </Text>
          <Text size="sm">{t('fundingPartners.payments.refundText')}</Text>
          <MoneyInput
            ref={input}
            label={t('fundingPartners.payments.refundAmount')}
            description={t('fundingPartners.payments.refundAmountHelp', { amount: money.euros(left) })}
            name="refundAmount"
            maw={360}
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={error}
          />
          <FundingProblemAlert problem={problem} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" color="red.9" loading={loading}>
              {t('fundingPartners.payments.confirmRefund')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('fundingPartners.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** "Paiements reçus": every payment (without the donor), its destination, refunds, and "Rembourser". */
export function PaymentsSection() {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const labels = useFundingLabels();
  const [refundingId, setRefundingId] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const query = useQuery(FUNDING_PARTNERS_FUND_PAYMENTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const payments = query.data?.fundPayments ?? query.previousData?.fundPayments;
  const refunding = payments?.find((payment) => payment.id === refundingId);
  const paidAt = (payment: Payment) => `${format.shortDate(payment.paidAt)} ${format.time(payment.paidAt)}`;
  const target = (payment: Payment) => payment.initiative?.title ?? t('fundingPartners.commonFund');
  const header = (key: string) => t(`fundingPartners.payments.${key}`);
  const csvColumns: CsvColumn<Payment>[] = [
    { header: header('date'), value: paidAt },
    { header: header('target'), value: target },
    { header: header('frequency'), value: (payment) => labels.frequency(payment.frequency) },
    { header: header('amount'), value: (payment) => money.euros(payment.amountCents) },
    { header: header('refundedColumn'), value: (payment) => money.euros(payment.refundedCents) },
    { header: header('receipt'), value: (payment) => payment.receiptNumber },
  ];

  return (
    <section aria-labelledby="payments-heading">
      <Title order={2} size="h3" id="payments-heading" mb="xs">
        {t('fundingPartners.payments.title')}
      </Title>
      <Stack gap="md">
        <Text c="gray.7">{t('fundingPartners.payments.intro')}</Text>
        <NoticeAlert notice={notice} />
        {refunding ? (
          <RefundForm
            key={refunding.id}
            payment={refunding}
            onCancel={() => setRefundingId(undefined)}
            onDone={(done) => {
              setRefundingId(undefined);
              setNotice(done);
            }}
          />
        ) : null}
        {payments ? (
          payments.length === 0 ? (
            <Text>{t('fundingPartners.payments.none')}</Text>
          ) : (
            <TableRegion
              caption={t('fundingPartners.payments.caption', { count: payments.length })}
              minWidth={860}
              csv={{ filename: 'paiements', columns: csvColumns, rows: payments }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fundingPartners.payments.date')}</Table.Th>
                  <Table.Th scope="col">{t('fundingPartners.payments.target')}</Table.Th>
                  <Table.Th scope="col">{t('fundingPartners.payments.frequency')}</Table.Th>
                  <Table.Th scope="col" style={NUMBER_CELL}>
                    {t('fundingPartners.payments.amount')}
                  </Table.Th>
                  <Table.Th scope="col" style={NUMBER_CELL}>
                    {t('fundingPartners.payments.refundedColumn')}
                  </Table.Th>
                  <Table.Th scope="col">{t('fundingPartners.payments.receipt')}</Table.Th>
                  <Table.Th scope="col">{t('fundingPartners.payments.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {payments.map((payment) => (
                  <Table.Tr key={payment.id} data-testid="fund-payment">
                    <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={payment.paidAt}>{paidAt(payment)}</time>
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{target(payment)}</Table.Td>
                    <Table.Td>{labels.frequency(payment.frequency)}</Table.Td>
                    <Table.Td style={NUMBER_CELL}>{money.euros(payment.amountCents)}</Table.Td>
                    <Table.Td style={NUMBER_CELL}>{money.euros(payment.refundedCents)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{payment.receiptNumber}</Table.Td>
                    <Table.Td>
                      {refundable(payment) > 0 ? (
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          disabled={refundingId === payment.id}
                          onClick={() => {
                            setNotice(undefined);
                            setRefundingId(payment.id);
                          }}
                          aria-label={t('fundingPartners.payments.refundNamed', {
                            receipt: payment.receiptNumber,
                          })}
                        >
                          {t('fundingPartners.payments.refund')}
                        </Button>
                      ) : (
                        <Text size="sm">{t('fundingPartners.payments.fullyRefunded')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </TableRegion>
          )
        ) : query.error ? (
          <FundingProblemAlert problem={fundingProblem(query.error)} />
        ) : (
          <QueryStatus loading={query.loading} />
        )}
      </Stack>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../../components/QueryStatus';
import type { FundingPartnersReconciliationQuery } from '../../../../gql/graphql';
import type { CsvColumn } from '../../../../utils/csv';
import { useMoney } from '../../../funding/utils/money';
import classes from '../../../identity/components/IdentityForm.module.css';
import { parisToday, useParisFormat } from '../../../items/utils/format';
import { FUNDING_PARTNERS_RECONCILIATION_QUERY } from '../../graphql/fundingPartnersOperations';
import { fundingProblem } from '../../utils/fundingErrors';
import { Figures } from '../Figures';
import { FundingProblemAlert } from '../FundingProblemAlert';
import { NUMBER_CELL, TableRegion } from '../TableRegion';

type Reconciliation = FundingPartnersReconciliationQuery['fundingReconciliation'];
type Day = Reconciliation['days'][number];

/** The first and last days of the month of `day` (YYYY-MM-DD). */
export function monthOf(day: string): { from: string; to: string } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = day.slice(0, 8);
  return { from: `${prefix}01`, to: `${prefix}${String(last).padStart(2, '0')}` };
}

/** The Stripe events refused or still waiting, with what the API said of each. */
function Exceptions({ exceptions }: { exceptions: Reconciliation['exceptions'] }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  if (exceptions.length === 0) return <Text>{t('fundingPartners.reconciliation.noExceptions')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {exceptions.map((event) => (
        <Paper component="li" key={event.id} withBorder p="sm" data-testid="stripe-exception">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {event.type}
            </Text>
            <Badge color={event.outcome === 'REJECTED' ? 'red.9' : 'yellow.9'} variant="filled">
              {t(`fundingPartners.reconciliation.outcomes.${event.outcome}`, { defaultValue: event.outcome })}
            </Badge>
          </Group>
          <Text size="sm" c="gray.7">
            {t('fundingPartners.reconciliation.received', {
              date: format.shortDate(event.receivedAt),
              time: format.time(event.receivedAt),
              id: event.id,
            })}
          </Text>
          {event.detail ? (
            <Text size="sm" lang="en" style={{ overflowWrap: 'anywhere' }}>
              {event.detail}
            </Text>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}

/** Totals, the status in words, the days, and the exceptions. */
function ReconciliationReport({ report }: { report: Reconciliation }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const difference = report.stripeCents - report.ledgerCents;
  const dayDifference = (day: Day) =>
    `${money.euros(day.differenceCents)}${day.differenceCents !== 0 ? ` (${t('fundingPartners.reconciliation.gap')})` : ''}`;
  const header = (key: string) => t(`fundingPartners.reconciliation.${key}`);
  const csvColumns: CsvColumn<Day>[] = [
    { header: header('day'), value: (day) => format.day(day.day) },
    { header: header('stripe'), value: (day) => money.euros(day.stripeCents) },
    { header: header('ledger'), value: (day) => money.euros(day.ledgerCents) },
    { header: header('difference'), value: dayDifference },
  ];
  return (
    <Stack gap="md" data-testid="reconciliation">
      <Group gap="xs">
        <Text fw={600}>{t('fundingPartners.reconciliation.status')}</Text>
        <Badge
          color={report.balanced ? 'teal.9' : 'red.9'}
          variant="filled"
          size="lg"
          data-testid="reconciliation-status"
        >
          {report.balanced
            ? t('fundingPartners.reconciliation.balanced')
            : t('fundingPartners.reconciliation.gap')}
        </Badge>
      </Group>
      <Figures
        cols={3}
        figures={[
          {
            key: 'stripe',
            label: t('fundingPartners.reconciliation.stripe'),
            value: money.euros(report.stripeCents),
          },
          {
            key: 'ledger',
            label: t('fundingPartners.reconciliation.ledger'),
            value: money.euros(report.ledgerCents),
          },
          {
            key: 'difference',
            label: t('fundingPartners.reconciliation.difference'),
            value: money.euros(difference),
          },
        ]}
      />
      {report.days.length === 0 ? (
        <Text>{t('fundingPartners.reconciliation.noDays')}</Text>
      ) : (
        <TableRegion
          caption={t('fundingPartners.reconciliation.daysCaption')}
          minWidth={560}
          csv={{ filename: 'rapprochement-stripe', columns: csvColumns, rows: report.days }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fundingPartners.reconciliation.day')}</Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.reconciliation.stripe')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.reconciliation.ledger')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.reconciliation.difference')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.days.map((day) => {
              const off = day.differenceCents !== 0;
              return (
                <Table.Tr key={day.day} data-testid="reconciliation-day">
                  <Table.Th scope="row" fw="normal">
                    {format.day(day.day)}
                  </Table.Th>
                  <Table.Td style={NUMBER_CELL}>{money.euros(day.stripeCents)}</Table.Td>
                  <Table.Td style={NUMBER_CELL}>{money.euros(day.ledgerCents)}</Table.Td>
                  <Table.Td style={NUMBER_CELL} fw={off ? 700 : undefined} c={off ? 'red.9' : undefined}>
                    {dayDifference(day)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </TableRegion>
      )}
      <Title order={3} size="h4">
        {t('fundingPartners.reconciliation.exceptionsTitle')}
      </Title>
      <Exceptions exceptions={report.exceptions} />
    </Stack>
  );
}

/** "Rapprochement Stripe": what Stripe reported against the ledger, this month by default. */
export function ReconciliationSection() {
  const { t } = useTranslation();
  const [range, setRange] = useState(() => monthOf(parisToday()));
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [error, setError] = useState<string>();
  const query = useQuery(FUNDING_PARTNERS_RECONCILIATION_QUERY, {
    variables: { input: range },
    fetchPolicy: 'network-only',
  });
  const report = query.data?.fundingReconciliation;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!from || !to) {
      setError(t('fundingPartners.errors.dateRequired'));
      return;
    }
    if (to < from) {
      setError(t('fundingPartners.errors.endBeforeStart'));
      return;
    }
    setError(undefined);
    if (from === range.from && to === range.to) void query.refetch().catch(() => undefined);
    else setRange({ from, to });
  };

  return (
    <section aria-labelledby="reconciliation-heading">
      <Title order={2} size="h3" id="reconciliation-heading" mb="xs">
        {t('fundingPartners.reconciliation.title')}
      </Title>
      <Stack gap="md">
        <Text c="gray.7">{t('fundingPartners.reconciliation.intro')}</Text>
        <form
          noValidate
          className={classes.form}
          onSubmit={handleSubmit}
          aria-label={t('fundingPartners.reconciliation.formLabel')}
        >
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              label={t('fundingPartners.reconciliation.from')}
              name="from"
              type="date"
              required
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
            />
            <TextInput
              label={t('fundingPartners.reconciliation.to')}
              name="to"
              type="date"
              required
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={error}
            />
            <Button type="submit" mt={25} loading={query.loading}>
              {t('fundingPartners.reconciliation.submit')}
            </Button>
          </Group>
        </form>
        {query.error ? <FundingProblemAlert problem={fundingProblem(query.error)} /> : null}
        {report ? (
          <ReconciliationReport report={report} />
        ) : query.error ? null : (
          <QueryStatus loading={query.loading} />
        )}
      </Stack>
    </section>
  );
}

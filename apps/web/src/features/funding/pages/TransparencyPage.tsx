import { useQuery } from '@apollo/client/react';
import { Anchor, Code, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingTransparencyQuery } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { MonthsChart } from '../components/MonthsChart';
import { FUNDING_TRANSPARENCY_QUERY } from '../graphql/fundingOperations';
import { useMoney } from '../utils/money';

type Report = FundingTransparencyQuery['transparencyReport'];
type Round = Report['rounds'][number];

/** A section with its level-2 heading. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** A table that scrolls sideways on small screens, with its caption. */
function FiguresTable({
  caption,
  head,
  children,
  minWidth,
  testId,
}: {
  caption: string;
  head: readonly { label: string; numeric?: boolean }[];
  children: ReactNode;
  minWidth: number;
  testId: string;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder data-testid={testId}>
        <Table.Caption ta="start" c="dark">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {head.map((column) => (
              <Table.Th key={column.label} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Totals({ report }: { report: Report }) {
  const { t } = useTranslation();
  const money = useMoney();
  const totals = [
    ['raised', report.raisedCents],
    ['refunded', report.refundedCents],
    ['matched', report.matchedCents],
    ['pool', report.poolReceivedCents],
    ['paidOut', report.paidOutCents],
  ] as const;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" m={0}>
      {totals.map(([key, cents]) => (
        <Paper withBorder p="sm" key={key} data-testid={`total-${key}`}>
          <Text component="dt" size="sm" c="gray.7">
            {t(`funding.transparency.totals.${key}`)}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg">
            {money.euros(cents)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function InitiativesTable({ initiatives }: { initiatives: Report['initiatives'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (initiatives.length === 0) return <Text>{t('funding.transparency.noInitiatives')}</Text>;
  const c = (key: string, numeric = true) => ({ label: t(`funding.transparency.columns.${key}`), numeric });
  return (
    <FiguresTable
      caption={t('funding.transparency.initiativesCaption')}
      minWidth={900}
      testId="transparency-initiatives"
      head={[
        c('initiative', false),
        c('association', false),
        c('budget'),
        c('raised'),
        c('matched'),
        c('pool'),
        c('sponsored'),
        c('paidOut'),
        c('donors'),
      ]}
    >
      {initiatives.map((initiative) => (
        <Table.Tr key={initiative.id}>
          <Table.Th scope="row" fw={500}>
            <Anchor component={Link} to={`/initiatives/${initiative.id}`} inherit>
              {initiative.title}
            </Anchor>
          </Table.Th>
          <Table.Td>{initiative.organisationName}</Table.Td>
          <Table.Td ta="right">{money.euros(initiative.budgetCents)}</Table.Td>
          <Table.Td ta="right">{money.euros(initiative.progress.raisedCents)}</Table.Td>
          <Table.Td ta="right">{money.euros(initiative.progress.matchedCents)}</Table.Td>
          <Table.Td ta="right">{money.euros(initiative.progress.poolCents)}</Table.Td>
          <Table.Td ta="right">{money.euros(initiative.progress.sponsoredCents)}</Table.Td>
          <Table.Td ta="right">{money.euros(initiative.progress.paidOutCents)}</Table.Td>
          <Table.Td ta="right">{initiative.progress.donorsCount}</Table.Td>
        </Table.Tr>
      ))}
    </FiguresTable>
  );
}

function SponsorsTable({ sponsors }: { sponsors: Report['sponsors'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (sponsors.length === 0) return <Text>{t('funding.transparency.noSponsors')}</Text>;
  return (
    <FiguresTable
      caption={t('funding.transparency.sponsorsCaption')}
      minWidth={360}
      testId="transparency-sponsors"
      head={[
        { label: t('funding.transparency.columns.sponsor') },
        { label: t('funding.transparency.columns.committed'), numeric: true },
        { label: t('funding.transparency.columns.used'), numeric: true },
      ]}
    >
      {sponsors.map((sponsor) => (
        <Table.Tr key={sponsor.id}>
          <Table.Th scope="row" fw={500}>
            {sponsor.name}
          </Table.Th>
          <Table.Td ta="right">{money.euros(sponsor.committedCents)}</Table.Td>
          <Table.Td ta="right">{money.euros(sponsor.usedCents)}</Table.Td>
        </Table.Tr>
      ))}
    </FiguresTable>
  );
}

/** The quadratic-funding formula, in words and as a formula, and how the common fund is shared. */
function Formula() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw="50rem" data-testid="funding-formula">
      <Text>{t('funding.transparency.formula.intro')}</Text>
      <List type="ordered" spacing="xs">
        <List.Item>{t('funding.transparency.formula.step1')}</List.Item>
        <List.Item>{t('funding.transparency.formula.step2')}</List.Item>
        <List.Item>{t('funding.transparency.formula.step3')}</List.Item>
      </List>
      <figure style={{ margin: 0 }}>
        <Code block fz="md" data-testid="formula-expression">
          {t('funding.transparency.formula.expression')}
        </Code>
        <Text component="figcaption" size="sm" c="gray.7" mt={4}>
          {t('funding.transparency.formula.legend')}
        </Text>
      </figure>
      <Text>{t('funding.transparency.formula.example')}</Text>
      <Text>{t('funding.transparency.formula.pool')}</Text>
    </Stack>
  );
}

function RoundSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const headingId = `funding-round-${round.id}`;
  const until = format.fullDate(round.contributionsUntil);
  const facts: [string, string][] = [
    [t('funding.transparency.round.published'), format.fullDate(round.publishedAt)],
    [
      t('funding.transparency.round.contributions'),
      round.contributionsFrom
        ? t('funding.transparency.round.fromTo', {
            from: format.fullDate(round.contributionsFrom),
            to: until,
          })
        : t('funding.transparency.round.until', { to: until }),
    ],
    [t('funding.transparency.round.matched'), money.euros(round.matchedCents)],
    [t('funding.transparency.round.pool'), money.euros(round.poolCents)],
  ];
  if (round.maxShareBps !== null && round.maxShareBps !== undefined) {
    facts.push([t('funding.transparency.round.maxShare'), money.percentOfBps(round.maxShareBps)]);
  }
  const c = (key: string, numeric = true) => ({ label: t(`funding.transparency.columns.${key}`), numeric });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid="funding-round">
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('funding.transparency.round.title', { number: round.number })}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
          {facts.map(([term, value]) => (
            <div key={term}>
              <Text component="dt" size="sm" c="gray.7">
                {term}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {round.initiatives.length === 0 ? (
          <Text>{t('funding.transparency.round.empty')}</Text>
        ) : (
          <FiguresTable
            caption={t('funding.transparency.round.caption', { number: round.number })}
            minWidth={760}
            testId="round-initiatives"
            head={[
              c('initiative', false),
              c('donors'),
              c('contributions'),
              c('sqrtSum'),
              c('rawMatch'),
              c('matched'),
              c('pool'),
            ]}
          >
            {round.initiatives.map((line) => (
              <Table.Tr key={line.initiative.id}>
                <Table.Th scope="row" fw={500}>
                  {line.initiative.title}
                </Table.Th>
                <Table.Td ta="right">{line.donorsCount}</Table.Td>
                <Table.Td ta="right">{money.euros(line.contributionsCents)}</Table.Td>
                <Table.Td ta="right">{money.decimal(line.sqrtSum)}</Table.Td>
                <Table.Td ta="right">{money.euros(line.rawMatchCents)}</Table.Td>
                <Table.Td ta="right">{money.euros(line.matchedCents)}</Table.Td>
                <Table.Td ta="right">{money.euros(line.poolCents)}</Table.Td>
              </Table.Tr>
            ))}
          </FiguresTable>
        )}
      </Stack>
    </Paper>
  );
}

/** `/transparence`: where every euro went — totals, initiatives, sponsors, rounds and months (public). */
export function TransparencyPage() {
  const { t } = useTranslation();
  const title = t('funding.transparency.title');
  const { data, previousData, loading, error } = useQuery(FUNDING_TRANSPARENCY_QUERY);
  const report = data?.transparencyReport ?? (error ? previousData?.transparencyReport : undefined);
  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7" maw="46rem">
          {t('funding.transparency.intro')}
        </Text>
      </Stack>
      {!report || error ? <QueryStatus loading={loading} error={error} /> : null}
      {report ? (
        <>
          <Section id="transparency-totals-heading" title={t('funding.transparency.totalsTitle')}>
            <Totals report={report} />
          </Section>
          <Section id="transparency-initiatives-heading" title={t('funding.transparency.initiativesTitle')}>
            <InitiativesTable initiatives={report.initiatives} />
          </Section>
          <Section id="transparency-sponsors-heading" title={t('funding.transparency.sponsorsTitle')}>
            <SponsorsTable sponsors={report.sponsors} />
          </Section>
          <Section id="transparency-formula-heading" title={t('funding.transparency.formulaTitle')}>
            <Stack gap="lg">
              <Formula />
              {report.rounds.length === 0 ? (
                <Text>{t('funding.transparency.noRounds')}</Text>
              ) : (
                report.rounds.map((round) => <RoundSection key={round.id} round={round} />)
              )}
            </Stack>
          </Section>
          <Section id="transparency-months-heading" title={t('funding.transparency.monthsTitle')}>
            <MonthsChart months={report.months} />
          </Section>
        </>
      ) : null}
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Code, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingTransparencyQuery } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { type FigureColumn, FiguresTable } from '../components/FiguresTable';
import { MonthsChart } from '../components/MonthsChart';
import { FUNDING_TRANSPARENCY_QUERY } from '../graphql/fundingOperations';
import { useMoney } from '../utils/money';

type Report = FundingTransparencyQuery['transparencyReport'];
type Round = Report['rounds'][number];
type RoundLine = Round['initiatives'][number];

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

/** A column of amounts or counts, headed by one of the transparency columns. */
function useFigureColumn() {
  const { t } = useTranslation();
  return <Row,>(key: string, value: (row: Row) => string | number): FigureColumn<Row> => ({
    header: t(`funding.transparency.columns.${key}`),
    value,
    numeric: true,
  });
}

function InitiativesTable({ initiatives }: { initiatives: Report['initiatives'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const figure = useFigureColumn();
  if (initiatives.length === 0) return <Text>{t('funding.transparency.noInitiatives')}</Text>;
  type Line = Report['initiatives'][number];
  const euros = (key: string, cents: (line: Line) => number) =>
    figure<Line>(key, (line) => money.euros(cents(line)));
  return (
    <FiguresTable
      caption={t('funding.transparency.initiativesCaption')}
      minWidth={900}
      testId="transparency-initiatives"
      filename="transparence-initiatives"
      rowKey={(line) => line.id}
      rows={initiatives}
      columns={[
        {
          header: t('funding.transparency.columns.initiative'),
          value: (line) => line.title,
          cell: (line) => (
            <Anchor component={Link} to={`/initiatives/${line.id}`} inherit>
              {line.title}
            </Anchor>
          ),
        },
        { header: t('funding.transparency.columns.association'), value: (line) => line.organisationName },
        euros('budget', (line) => line.budgetCents),
        euros('raised', (line) => line.progress.raisedCents),
        euros('matched', (line) => line.progress.matchedCents),
        euros('pool', (line) => line.progress.poolCents),
        euros('sponsored', (line) => line.progress.sponsoredCents),
        euros('paidOut', (line) => line.progress.paidOutCents),
        figure<Line>('donors', (line) => line.progress.donorsCount),
      ]}
    />
  );
}

function SponsorsTable({ sponsors }: { sponsors: Report['sponsors'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const figure = useFigureColumn();
  if (sponsors.length === 0) return <Text>{t('funding.transparency.noSponsors')}</Text>;
  type Sponsor = Report['sponsors'][number];
  return (
    <FiguresTable
      caption={t('funding.transparency.sponsorsCaption')}
      minWidth={360}
      testId="transparency-sponsors"
      filename="transparence-mecenes"
      rowKey={(sponsor) => sponsor.id}
      rows={sponsors}
      columns={[
        { header: t('funding.transparency.columns.sponsor'), value: (sponsor) => sponsor.name },
        figure<Sponsor>('committed', (sponsor) => money.euros(sponsor.committedCents)),
        figure<Sponsor>('used', (sponsor) => money.euros(sponsor.usedCents)),
      ]}
    />
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
  const figure = useFigureColumn();
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
            filename={`transparence-tour-${round.number}`}
            rowKey={(line) => line.initiative.id}
            rows={round.initiatives}
            columns={[
              {
                header: t('funding.transparency.columns.initiative'),
                value: (line) => line.initiative.title,
              },
              figure<RoundLine>('donors', (line) => line.donorsCount),
              figure<RoundLine>('contributions', (line) => money.euros(line.contributionsCents)),
              figure<RoundLine>('sqrtSum', (line) => money.decimal(line.sqrtSum)),
              figure<RoundLine>('rawMatch', (line) => money.euros(line.rawMatchCents)),
              figure<RoundLine>('matched', (line) => money.euros(line.matchedCents)),
              figure<RoundLine>('pool', (line) => money.euros(line.poolCents)),
            ]}
          />
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

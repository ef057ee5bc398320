import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { CoordinatorOnly, NotAllowed } from '../../coordination/components/CoordinatorOnly';
import { isDay } from '../../stock/utils/dates';
import { CommitmentSection } from '../components/CommitmentSection';
import { DashboardProblemAlert } from '../components/DashboardProblemAlert';
import { DASHBOARD_PATH } from '../components/DistrictMapSection';
import { COUNCIL_REPORT_QUERY } from '../graphql/councilReportOperations';
import { commitmentsOf, councilReportCsvUrl, lastSixMonths, type ReportPeriod } from '../utils/councilReport';
import { isForbidden, reportProblem } from '../utils/dashboardErrors';
import { useDashboardFormat } from '../utils/format';
import classes from './CouncilReportPage.module.css';

/**
 * "Du" and "Au" (native date fields, Paris days) and "Afficher le rapport". Only empty or impossible days are
 * caught here: the order of the days and the two-year limit are the API's to say (BAD_USER_INPUT, shown).
 */
function PeriodForm({
  initial,
  onSubmit,
}: {
  initial: ReportPeriod;
  onSubmit: (period: ReportPeriod) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const fromError = checked && !isDay(draft.from) ? t('dashboard.report.dayRequired') : undefined;
  const toError = checked && !isDay(draft.to) ? t('dashboard.report.dayRequired') : undefined;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (isDay(draft.from) && isDay(draft.to)) onSubmit(draft);
  };

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t('dashboard.report.periodLegend')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('dashboard.report.from')}
          name="from"
          value={draft.from}
          onChange={(event) => {
            const from = event.currentTarget.value;
            setDraft((current) => ({ ...current, from }));
          }}
          error={fromError}
          w={200}
        />
        <TextInput
          type="date"
          label={t('dashboard.report.to')}
          name="to"
          value={draft.to}
          onChange={(event) => {
            const to = event.currentTarget.value;
            setDraft((current) => ({ ...current, to }));
          }}
          error={toError}
          w={200}
        />
        <Button type="submit">{t('dashboard.report.show')}</Button>
      </Group>
    </form>
  );
}

/** The period in the address (`?from=…&to=…`, a shareable report), or the last six months. */
function usePeriod(): [ReportPeriod, (period: ReportPeriod) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  // Computed once: the default does not move while the page is open.
  const [fallback] = useState(() => lastSixMonths());
  const from = searchParams.get('from') ?? '';
  const to = searchParams.get('to') ?? '';
  const period = isDay(from) && isDay(to) ? { from, to } : fallback;
  return [period, (next) => setSearchParams({ from: next.from, to: next.to })];
}

/** The report itself, for a coordinator. */
function CouncilReport({ title }: { title: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const [period, setPeriod] = usePeriod();
  const query = useQuery(COUNCIL_REPORT_QUERY, {
    variables: period,
    // Counted live: a report asked again is counted again.
    fetchPolicy: 'cache-and-network',
  });

  if (isForbidden(query.error)) return <NotAllowed title={title} />;

  const report = query.data?.councilReport;
  const shown = report ? { from: report.from, to: report.to } : undefined;

  return (
    <Stack gap="lg" className={classes.report}>
      <title>{t('app.pageTitle', { title })}</title>
      <Anchor component={Link} to={DASHBOARD_PATH} size="sm" className={classes.noPrint}>
        <span aria-hidden="true">← </span>
        {t('dashboard.report.back')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        {shown ? (
          <Text fw={700} size="lg" data-testid="report-period">
            {t('dashboard.report.period', { from: format.day(shown.from), to: format.day(shown.to) })}
          </Text>
        ) : null}
        <Text c="gray.7">{t('dashboard.report.intro')}</Text>
      </Stack>
      <div className={classes.noPrint}>
        {/* A new period in the address gives a new form, with its days. */}
        <PeriodForm key={`${period.from}/${period.to}`} initial={period} onSubmit={setPeriod} />
      </div>
      {query.error ? <DashboardProblemAlert problem={reportProblem(query.error)} /> : null}
      {report && shown ? (
        <>
          <Group gap="sm" wrap="wrap" className={classes.noPrint}>
            <Button component="a" href={councilReportCsvUrl(shown)} download variant="outline">
              {t('dashboard.report.download')}
            </Button>
            <Button variant="outline" onClick={() => window.print()}>
              {t('dashboard.report.print')}
            </Button>
          </Group>
          {commitmentsOf(report.figures).map((figures) => (
            <CommitmentSection key={figures.commitment} figures={figures} period={shown} />
          ))}
          <Text size="sm" c="gray.7">
            {t('dashboard.report.noneHelp')}
          </Text>
        </>
      ) : query.error ? null : (
        <QueryStatus loading={query.loading} />
      )}
    </Stack>
  );
}

/** `/coordination/rapport`: the six-month report for the City Council, on screen, as CSV and on paper. */
export function CouncilReportPage() {
  const { t } = useTranslation();
  const title = t('dashboard.report.title');
  return (
    <CoordinatorOnly title={title}>
      <CouncilReport title={title} />
    </CoordinatorOnly>
  );
}

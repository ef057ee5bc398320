import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';
import { districtNumber, isDistrictCode } from '@entraide/shared';

import { QueryStatus } from '../../../components/QueryStatus';
import { useOrdinal } from '../../../i18n/useOrdinal';
import { CoordinatorOnly, NotAllowed } from '../../coordination/components/CoordinatorOnly';
import { ActivityChart } from '../components/ActivityChart';
import { AlertList } from '../components/AlertList';
import { DashboardProblemAlert } from '../components/DashboardProblemAlert';
import { DistrictFigures } from '../components/DistrictFigures';
import {
  DASHBOARD_PATH,
  DistrictMapSection,
  type DistrictNavigationState,
  districtPath,
} from '../components/DistrictMapSection';
import { DASHBOARD_QUERY, DASHBOARD_REFRESH_MUTATION } from '../graphql/dashboardOperations';
import { councilReportCsvUrl, lastSixMonths, REPORT_PATH } from '../utils/councilReport';
import { type DashboardProblem, dashboardProblem, isForbidden } from '../utils/dashboardErrors';
import { useDashboardFormat } from '../utils/format';
import {
  type Dashboard,
  DEFAULT_PERIOD,
  isPeriod,
  type MapMetric,
  type Period,
  PERIODS,
} from '../utils/metrics';

/** The summaries are recomputed every five minutes (alerts are live): asked again as often. */
export const DASHBOARD_POLL_MS = 5 * 60_000;

type HeadingOrder = 2 | 3;

function isFocusRequest(state: unknown): state is DistrictNavigationState {
  return typeof state === 'object' && state !== null && 'focusDistrict' in state;
}

/** "Alertes": the city's, or the arrondissement's. */
function AlertsSection({
  order,
  dashboard,
  loading,
  error,
  withDistrict,
}: {
  order: HeadingOrder;
  dashboard: Dashboard | undefined;
  loading: boolean;
  error: unknown;
  withDistrict: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-alerts-heading">
      <Title order={order} size="h3" id="dashboard-alerts-heading" mb="sm">
        {t('dashboard.alerts.title')}
      </Title>
      {dashboard ? (
        <AlertList alerts={dashboard.alerts} withDistrict={withDistrict} />
      ) : (
        <QueryStatus loading={loading} error={error} />
      )}
    </section>
  );
}

/** "Activité jour par jour" over the period chosen. */
function ActivitySection({
  order,
  dashboard,
  loading,
  error,
  period,
  onPeriodChange,
}: {
  order: HeadingOrder;
  dashboard: Dashboard | undefined;
  loading: boolean;
  error: unknown;
  period: Period;
  onPeriodChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-activity-heading">
      <Title order={order} size="h3" id="dashboard-activity-heading" mb="sm">
        {t('dashboard.activity.title')}
      </Title>
      <NativeSelect
        label={t('dashboard.activity.period')}
        value={String(period)}
        onChange={(event) => {
          const value = Number(event.currentTarget.value);
          if (isPeriod(value)) onPeriodChange(value);
        }}
        data={PERIODS.map((value) => ({
          value: String(value),
          label: t(`dashboard.activity.periods.${value}`),
        }))}
        maw={280}
        mb="md"
      />
      {dashboard ? <ActivityChart days={dashboard.days} /> : <QueryStatus loading={loading} error={error} />}
    </section>
  );
}

/** "18e arrondissement": its figures, a way back to the whole city; its alerts and days follow inside. */
function DistrictHeader({ code, dashboard }: { code: string; dashboard: Dashboard | undefined }) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = isFocusRequest(location.state);
  const district = dashboard?.districts.find((item) => item.districtCode === code);
  const label = t('district.label', { ordinal: ordinal(districtNumber(code)) });
  const name = districtRecords.find((record) => record.code === code)?.name;

  useEffect(() => {
    // Chosen on the map or in the table: the details, higher up, take the focus (not on a shared link's arrival).
    if (focus) heading.current?.focus();
  }, [code, focus, location.key]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline" gap="xs">
        <div>
          <Title order={2} id="dashboard-district-heading" ref={heading} tabIndex={-1}>
            {label}
          </Title>
          {name ? <Text c="gray.7">{name}</Text> : null}
        </div>
        <Anchor component={Link} to={DASHBOARD_PATH}>
          {t('dashboard.district.back')}
        </Anchor>
      </Group>
      {district ? <DistrictFigures district={district} label={t('dashboard.district.figures')} /> : null}
    </Stack>
  );
}

/** "Rapport au Conseil" (the report's page) and its CSV over the last six months, to download from here. */
function CouncilReportLinks() {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  // Computed once: the link does not move while the page is open.
  const [period] = useState(() => lastSixMonths());
  return (
    <Group gap="md" wrap="wrap" align="baseline" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
      <Anchor component={Link} to={REPORT_PATH} fw={600}>
        {t('dashboard.report.link')}
      </Anchor>
      <Anchor href={councilReportCsvUrl(period)} download fw={600} aria-describedby="dashboard-report-period">
        {t('dashboard.report.download')}
      </Anchor>
      <Text size="sm" c="gray.7" id="dashboard-report-period">
        {t('dashboard.report.lastSixMonths', { from: format.day(period.from), to: format.day(period.to) })}
      </Text>
    </Group>
  );
}

/** The dashboard itself, for a coordinator: the city, or one arrondissement when its code is in the URL. */
function CoordinationDashboard({ title }: { title: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const ordinal = useOrdinal();
  const navigate = useNavigate();
  const params = useParams();
  const requested = params['districtCode'];
  const code = requested !== undefined && isDistrictCode(requested) ? requested : undefined;
  const [period, setPeriod] = useState<Period>(DEFAULT_PERIOD);
  const [metric, setMetric] = useState<MapMetric>('needsUncovered');
  const [refreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<DashboardProblem>();

  const query = useQuery(DASHBOARD_QUERY, {
    variables: code ? { districtCode: code, days: period } : { days: period },
    fetchPolicy: 'cache-and-network',
    pollInterval: DASHBOARD_POLL_MS,
    // A tab left in the background need not poll.
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });
  const [refresh] = useMutation(DASHBOARD_REFRESH_MUTATION);

  if (isForbidden(query.error)) return <NotAllowed title={title} />;

  /** This city's or arrondissement's answer; its alerts and days belong to the view asked. */
  const current = query.data?.coordinationDashboard;
  /** The figures per arrondissement are the same whatever is asked: the previous answer stands in meanwhile. */
  const shown = current ?? query.previousData?.coordinationDashboard;

  const handleRefresh = async () => {
    setProblem(undefined);
    setRefreshing(true);
    try {
      await refresh();
      await query.refetch();
    } catch (caught: unknown) {
      setProblem(dashboardProblem(caught));
    } finally {
      setRefreshing(false);
    }
  };

  const districtLabel = code ? t('district.label', { ordinal: ordinal(districtNumber(code)) }) : undefined;
  const sections = { dashboard: current, loading: query.loading, error: query.error };

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title: districtLabel ? `${districtLabel} · ${title}` : title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('dashboard.intro')}</Text>
        <CouncilReportLinks />
        <Group gap="sm" align="center">
          {shown ? (
            <Text fw={600} role="status" data-testid="dashboard-refreshed-at">
              {t('dashboard.refreshedAt', { time: format.time(shown.refreshedAt) })}
            </Text>
          ) : null}
          <Button variant="outline" loading={refreshing} onClick={() => void handleRefresh()}>
            {t('dashboard.refresh')}
          </Button>
        </Group>
        <Text size="sm" c="gray.7">
          {t('dashboard.refreshedHelp')}
        </Text>
        <DashboardProblemAlert problem={problem} />
      </Stack>
      {requested !== undefined && !code ? (
        <Alert color="orange.9" variant="light" role="alert">
          <Text c="dark">{t('dashboard.district.unknown', { code: requested })}</Text>
        </Alert>
      ) : null}
      {shown ? (
        <>
          {code ? (
            <section aria-labelledby="dashboard-district-heading" key="district">
              <Stack gap="xl">
                <DistrictHeader code={code} dashboard={shown} />
                <AlertsSection order={3} withDistrict={false} {...sections} />
                <ActivitySection order={3} period={period} onPeriodChange={setPeriod} {...sections} />
              </Stack>
            </section>
          ) : null}
          <DistrictMapSection
            key="map"
            districts={shown.districts}
            metric={metric}
            onMetricChange={setMetric}
            activeCode={code}
            onSelect={(selected, state) => void navigate(districtPath(selected), { state })}
          />
          {code ? null : (
            <>
              <AlertsSection order={2} withDistrict {...sections} />
              <ActivitySection order={2} period={period} onPeriodChange={setPeriod} {...sections} />
            </>
          )}
        </>
      ) : (
        <QueryStatus loading={query.loading} error={query.error} />
      )}
    </Stack>
  );
}

/**
 * `/coordination/tableau-de-bord` and `/coordination/tableau-de-bord/:districtCode`: the City coordinators'
 * dashboard, for the whole city or one arrondissement (a shareable address).
 */
export function CoordinationDashboardPage() {
  const { t } = useTranslation();
  const title = t('dashboard.title');
  return (
    <CoordinatorOnly title={title}>
      <CoordinationDashboard title={title} />
    </CoordinatorOnly>
  );
}

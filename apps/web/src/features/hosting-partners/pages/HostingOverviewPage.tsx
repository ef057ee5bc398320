import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type {
  CoordinatorHostingOverviewQuery,
  CoordinatorHostingRunFieldsFragment,
  HostingRunStatus,
} from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { CoordinatorOnly, NotAllowed } from '../../coordination/components/CoordinatorOnly';
import { useDistrictName } from '../../items/utils/format';
import { gainOverGreedy } from '../../matching/utils/format';
import { DistrictFiguresMap } from '../../geography/components/DistrictFiguresMap';
import { HostingProblemAlert } from '../components/HostingProblemAlert';
import {
  COORDINATOR_HOSTING_OVERVIEW_QUERY,
  COORDINATOR_HOSTING_RUNS_QUERY,
  COORDINATOR_START_HOSTING_RUN_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { useHostingFormat } from '../utils/format';
import { type HostingProblem, hostingProblem, isForbidden } from '../utils/hostingErrors';

type Overview = CoordinatorHostingOverviewQuery['hostingOverview'];
type Run = CoordinatorHostingRunFieldsFragment;
type DistrictRecord = (typeof districtRecords)[number];
type EndingStay = Overview['staysEndingSoon'][number];

/** How many recent runs the table shows. */
export const HOSTING_RUNS_SHOWN = 10;
/** While a run is queued or running, the runs are asked again this often… */
export const ACTIVE_POLL_MS = 2_000;
/** …and otherwise this often (scheduled and event-triggered runs appear on their own). */
export const IDLE_POLL_MS = 15_000;
/** The figures per arrondissement move slowly: asked again this often, and when a run finishes. */
export const OVERVIEW_POLL_MS = 60_000;

/** The figures the map can show, as in `HostingDistrictFigures`. */
export const METRICS = ['hostsAvailable', 'activeStays', 'openRequests'] as const;
type Metric = (typeof METRICS)[number];

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const RUN_STATUS_COLORS: Record<HostingRunStatus, string> = {
  QUEUED: 'gray.8',
  RUNNING: 'blue.9',
  DONE: 'teal.9',
  FAILED: 'red.9',
};

const NUMBER_CELL: CSSProperties = {
  textAlign: 'end',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};

function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

function isActive(run: Run): boolean {
  return run.status === 'QUEUED' || run.status === 'RUNNING';
}

/** "—" on screen, "not available" for screen readers. */
function None() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('hostingPartners.overview.none')}</VisuallyHidden>
    </>
  );
}

/** The four key figures of hosting across Paris. */
function KeyFigures({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const figures = [
    { key: 'openRequests', value: format.integer(overview.openRequests) },
    { key: 'urgentRequests', value: format.integer(overview.urgentRequests) },
    { key: 'offersToVerify', value: format.integer(overview.offersToVerify) },
    {
      key: 'medianDaysToMatch',
      value:
        overview.medianDaysToMatch === null ? (
          <None />
        ) : (
          t('hostingPartners.overview.days', {
            count: overview.medianDaysToMatch,
            value: format.oneDecimal(overview.medianDaysToMatch),
          })
        ),
    },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="sm" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder p="sm" data-testid={`figure-${figure.key}`}>
          <Text component="dt" size="sm" c="gray.7" fw={600}>
            {t(`hostingPartners.overview.figures.${figure.key}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The arrondissements' table in an export: every arrondissement, every figure. */
function useDistrictCsvColumns(overview: Overview | undefined): CsvColumn<DistrictRecord>[] {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const byCode = new Map((overview?.districts ?? []).map((figures) => [figures.districtCode, figures]));
  return [
    { header: t('hostingPartners.overview.district'), value: (record) => districtName(record.code) },
    ...METRICS.map((metric) => ({
      header: t(`hostingPartners.overview.metrics.${metric}`),
      value: (record: DistrictRecord) => byCode.get(record.code)?.[metric] ?? 0,
    })),
  ];
}

/** The map's figures as a table: every arrondissement, every figure. */
function DistrictTable({ overview, tableId }: { overview: Overview; tableId: string }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const byCode = new Map(overview.districts.map((figures) => [figures.districtCode, figures]));
  return (
    <div role="region" aria-labelledby={`${tableId}-caption`} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder verticalSpacing="xs" id={tableId} miw={480}>
        <caption id={`${tableId}-caption`} style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('hostingPartners.overview.tableCaption')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('hostingPartners.overview.district')}</Table.Th>
            {METRICS.map((metric) => (
              <Table.Th key={metric} scope="col" style={NUMBER_CELL}>
                {t(`hostingPartners.overview.metrics.${metric}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districtRecords.map((record) => {
            const figures = byCode.get(record.code);
            return (
              <Table.Tr key={record.code} data-testid="district-figures">
                <Table.Th scope="row" fw="normal">
                  {districtName(record.code)}
                </Table.Th>
                {METRICS.map((metric) => (
                  <Table.Td key={metric} style={NUMBER_CELL}>
                    {figures?.[metric] ?? 0}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** The stays ending first, first. */
function byPlannedEnd(stays: readonly EndingStay[]): EndingStay[] {
  return [...stays].sort((a, b) => a.plannedEndOn.localeCompare(b.plannedEndOn));
}

/** The stays ending soon in an export: the association to call, when, where, how many people; no names. */
function useEndingStayCsvColumns(): CsvColumn<EndingStay>[] {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const districtName = useDistrictName();
  const header = (key: string) => t(`hostingPartners.overview.csv.${key}`);
  return [
    { header: header('endsOn'), value: (stay) => format.day(stay.plannedEndOn) },
    { header: header('organisation'), value: (stay) => stay.organisation.name },
    { header: t('hostingPartners.overview.district'), value: (stay) => districtName(stay.host.districtCode) },
    { header: header('people'), value: (stay) => stay.household.size },
    { header: header('from'), value: (stay) => format.day(stay.startsOn) },
  ];
}

/** Active stays planned to end within 30 days: the association to call, when, where. */
function StaysEndingSoon({ stays }: { stays: Overview['staysEndingSoon'] }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const districtName = useDistrictName();
  if (stays.length === 0) return <Text>{t('hostingPartners.overview.noStaysEnding')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {byPlannedEnd(stays).map((stay) => (
        <Paper component="li" key={stay.id} withBorder p="sm" data-testid="stay-ending">
          <Text fw={600}>
            {t('hostingPartners.overview.endsOn', { date: format.day(stay.plannedEndOn) })}
          </Text>
          <Text size="sm">
            {t('hostingPartners.overview.stayLine', {
              organisation: stay.organisation.name,
              district: districtName(stay.host.districtCode),
              people: t('hostingPartners.overview.people', { count: stay.household.size }),
              from: format.day(stay.startsOn),
            })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

/** A run's gain over first-come allocation and whether it changed the proposals, in words (null: none). */
function useRunText() {
  const { t } = useTranslation();
  const format = useHostingFormat();
  return {
    gain: (run: Run) => {
      const ratio = gainOverGreedy(run.objective, run.greedyObjective);
      return ratio === null ? null : format.signedPercent(ratio);
    },
    change: (run: Run) =>
      run.status !== 'DONE'
        ? null
        : t(
            run.unchanged
              ? 'hostingPartners.overview.runs.unchanged'
              : 'hostingPartners.overview.runs.changed',
          ),
  };
}

/** The runs table's columns in an export; a figure the table shows as "—" is an empty cell. */
function useRunCsvColumns(): CsvColumn<Run>[] {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const text = useRunText();
  const header = (key: string) => t(`hostingPartners.overview.runs.${key}`);
  const count = (key: 'hosts' | 'households' | 'proposals' | 'solveMs'): CsvColumn<Run> => ({
    header: header(key),
    value: (run) => (run[key] === null ? null : format.integer(run[key])),
  });
  return [
    { header: header('requestedAt'), value: (run) => format.shortDateTime(run.requestedAt) },
    { header: header('trigger'), value: (run) => t(`hostingPartners.overview.runs.triggers.${run.trigger}`) },
    { header: header('status'), value: (run) => t(`hostingPartners.overview.runs.statuses.${run.status}`) },
    count('hosts'),
    count('households'),
    count('proposals'),
    { header: header('gain'), value: text.gain },
    count('solveMs'),
    { header: header('change'), value: text.change },
    { header: header('error'), value: (run) => run.error },
  ];
}

function RunsTable({ runs }: { runs: readonly Run[] }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const text = useRunText();
  const count = (value: number | null) => (value === null ? <None /> : format.integer(value));
  return (
    // Wider than a phone: it scrolls sideways inside its own box, reachable with the keyboard.
    <div role="region" aria-labelledby="hosting-runs-caption" tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder miw={880} verticalSpacing="xs">
        <caption id="hosting-runs-caption" style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('hostingPartners.overview.runsCaption', { count: runs.length })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('hostingPartners.overview.runs.requestedAt')}</Table.Th>
            <Table.Th scope="col">{t('hostingPartners.overview.runs.trigger')}</Table.Th>
            <Table.Th scope="col">{t('hostingPartners.overview.runs.status')}</Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('hostingPartners.overview.runs.hosts')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('hostingPartners.overview.runs.households')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('hostingPartners.overview.runs.proposals')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('hostingPartners.overview.runs.gain')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('hostingPartners.overview.runs.solveMs')}
            </Table.Th>
            <Table.Th scope="col">{t('hostingPartners.overview.runs.change')}</Table.Th>
            <Table.Th scope="col">{t('hostingPartners.overview.runs.error')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const gain = text.gain(run);
            const change = text.change(run);
            return (
              <Table.Tr key={run.id} data-testid="hosting-run">
                <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={run.requestedAt}>{format.shortDateTime(run.requestedAt)}</time>
                </Table.Th>
                <Table.Td>{t(`hostingPartners.overview.runs.triggers.${run.trigger}`)}</Table.Td>
                <Table.Td>
                  <Badge color={RUN_STATUS_COLORS[run.status]} variant="filled">
                    {t(`hostingPartners.overview.runs.statuses.${run.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.hosts)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.households)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.proposals)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{gain ?? <None />}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.solveMs)}</Table.Td>
                <Table.Td>{change ?? <None />}</Table.Td>
                <Table.Td maw={320} style={{ overflowWrap: 'anywhere' }}>
                  {run.error ? <span lang="en">{run.error}</span> : <None />}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** What became of the run this coordinator started: announced when queued, then when finished. */
function StartedRun({ run }: { run: Run | undefined }) {
  const { t } = useTranslation();
  if (run?.status === 'FAILED') {
    return (
      <Alert color="red.9" variant="filled" role="alert">
        {t('hostingPartners.overview.runFailed')}
      </Alert>
    );
  }
  const message =
    run?.status === 'DONE'
      ? run.unchanged
        ? t('hostingPartners.overview.runDoneUnchanged')
        : t('hostingPartners.overview.runDone', { count: run.proposals ?? 0 })
      : t('hostingPartners.overview.runStarted');
  return <SuccessAlert>{message}</SuccessAlert>;
}

/** The map, key figures, stays ending soon, and the matching runs (polled fast while one is under way). */
function HostingOverview({ title }: { title: string }) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<Metric>('hostsAvailable');
  const overviewQuery = useQuery(COORDINATOR_HOSTING_OVERVIEW_QUERY, {
    fetchPolicy: 'cache-and-network',
    pollInterval: OVERVIEW_POLL_MS,
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });
  const runsQuery = useQuery(COORDINATOR_HOSTING_RUNS_QUERY, {
    variables: { first: HOSTING_RUNS_SHOWN },
    fetchPolicy: 'cache-and-network',
    // A tab left in the background need not poll.
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });
  const [start, { loading: starting }] = useMutation(COORDINATOR_START_HOSTING_RUN_MUTATION, {
    refetchQueries: ['CoordinatorHostingRuns'],
  });
  const [startedId, setStartedId] = useState<string>();
  const [problem, setProblem] = useState<HostingProblem>();
  const runColumns = useRunCsvColumns();
  const endingStayColumns = useEndingStayCsvColumns();

  const overview = overviewQuery.data?.hostingOverview ?? overviewQuery.previousData?.hostingOverview;
  const districtColumns = useDistrictCsvColumns(overview);
  const runs = runsQuery.data?.hostingRuns ?? runsQuery.previousData?.hostingRuns;
  const active = runs?.some(isActive) ?? false;
  const forbidden = isForbidden(runsQuery.error) || isForbidden(overviewQuery.error);
  const { startPolling, stopPolling } = runsQuery;
  const refetchOverview = overviewQuery.refetch;
  const wasActive = useRef(active);

  useEffect(() => {
    // Asking again will not change a refusal.
    if (forbidden) stopPolling();
    else startPolling(active ? ACTIVE_POLL_MS : IDLE_POLL_MS);
  }, [active, forbidden, startPolling, stopPolling]);

  useEffect(() => {
    // A finished run changed who is hosted where: the figures follow at once.
    if (wasActive.current && !active) void refetchOverview().catch(() => undefined);
    wasActive.current = active;
  }, [active, refetchOverview]);

  if (forbidden) return <NotAllowed title={title} />;

  const handleStart = async () => {
    setProblem(undefined);
    setStartedId(undefined);
    try {
      const { data } = await start();
      setStartedId(data?.startHostingMatchingRun.id);
    } catch (caught: unknown) {
      setProblem(hostingProblem(caught));
    }
  };

  const startedRun = startedId ? runs?.find((run) => run.id === startedId) : undefined;
  const metricLabel = t(`hostingPartners.overview.metrics.${metric}`);
  const figures = Object.fromEntries(
    (overview?.districts ?? []).map((district) => [district.districtCode, district[metric]]),
  );

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('hostingPartners.overview.intro')}</Text>
      </Stack>
      {overview ? (
        <>
          <section aria-labelledby="key-figures-heading">
            <Title order={2} size="h3" id="key-figures-heading" mb="sm">
              {t('hostingPartners.overview.figuresTitle')}
            </Title>
            <KeyFigures overview={overview} />
          </section>
          <section aria-labelledby="map-heading">
            <Title order={2} size="h3" id="map-heading" mb="sm">
              {t('hostingPartners.overview.mapSectionTitle')}
            </Title>
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="sm">
                  <SegmentedControl
                    fullWidth
                    value={metric}
                    onChange={(value) => {
                      if (isMetric(value)) setMetric(value);
                    }}
                    aria-label={t('hostingPartners.overview.metricLabel')}
                    data={METRICS.map((value) => ({
                      value,
                      label: t(`hostingPartners.overview.metrics.${value}`),
                    }))}
                    styles={{ label: { whiteSpace: 'normal' } }}
                  />
                  <Paper withBorder p="sm">
                    <DistrictFiguresMap
                      figures={figures}
                      metricLabel={metricLabel}
                      tableId="district-figures"
                    />
                  </Paper>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="xs">
                  <ExportCsvButton
                    filename="hebergement-arrondissements"
                    subject={t('hostingPartners.overview.tableCaption')}
                    columns={districtColumns}
                    rows={districtRecords}
                  />
                  <DistrictTable overview={overview} tableId="district-figures" />
                </Stack>
              </Grid.Col>
            </Grid>
          </section>
          <section aria-labelledby="stays-ending-heading">
            <Group justify="space-between" gap="xs" mb="sm">
              <Title order={2} size="h3" id="stays-ending-heading">
                {t('hostingPartners.overview.staysEndingTitle')}
              </Title>
              <ExportCsvButton
                filename="sejours-fin-proche"
                subject={t('hostingPartners.overview.staysEndingTitle')}
                columns={endingStayColumns}
                rows={byPlannedEnd(overview.staysEndingSoon)}
              />
            </Group>
            <StaysEndingSoon stays={overview.staysEndingSoon} />
          </section>
        </>
      ) : (
        <QueryStatus loading={overviewQuery.loading} error={overviewQuery.error} />
      )}
      <section aria-labelledby="hosting-runs-heading">
        <Title order={2} size="h3" id="hosting-runs-heading" mb="xs">
          {t('hostingPartners.overview.runsTitle')}
        </Title>
        <Text c="gray.7" mb="sm">
          {t('hostingPartners.overview.runsIntro')}
        </Text>
        <Stack gap="sm" align="flex-start" mb="md">
          <Button size="md" loading={starting} onClick={() => void handleStart()}>
            {t('hostingPartners.overview.startRun')}
          </Button>
          {startedId ? <StartedRun run={startedRun} /> : null}
          <HostingProblemAlert problem={problem} />
        </Stack>
        {active ? (
          <Group gap="xs" mb="sm">
            <Loader size="xs" />
            <Text size="sm">{t('hostingPartners.overview.inProgress')}</Text>
          </Group>
        ) : null}
        {runs ? (
          runs.length === 0 ? (
            <Text>{t('hostingPartners.overview.noRuns')}</Text>
          ) : (
            <Stack gap="xs">
              <ExportCsvButton filename="appariements-hebergement" columns={runColumns} rows={runs} />
              <RunsTable runs={runs} />
            </Stack>
          )
        ) : (
          <QueryStatus loading={runsQuery.loading} error={runsQuery.error} />
        )}
      </section>
    </Stack>
  );
}

/** `/coordination/hebergement`: hosting across Paris for coordinators, and the hosting matching runs. */
export function HostingOverviewPage() {
  const { t } = useTranslation();
  const title = t('hostingPartners.overview.title');
  return (
    <CoordinatorOnly title={title}>
      <HostingOverview title={title} />
    </CoordinatorOnly>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type CSSProperties, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { MatchingRunFieldsFragment, MatchingRunStatus } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { CoordinatorOnly, NotAllowed } from '../../coordination/components/CoordinatorOnly';
import { MatchingProblemAlert } from '../components/MatchingProblemAlert';
import { MATCHING_RUNS_QUERY, START_MATCHING_RUN_MUTATION } from '../graphql/matchingOperations';
import { gainOverGreedy, useMatchingFormat } from '../utils/format';
import { isForbidden, type MatchingProblem, matchingProblem } from '../utils/matchingErrors';

type Run = MatchingRunFieldsFragment;

/** How many recent runs the table shows. */
export const RUNS_SHOWN = 20;
/** While a run is queued or running, the table is asked again this often… */
export const ACTIVE_POLL_MS = 2_000;
/** …and otherwise this often (scheduled and stock-triggered runs appear on their own). */
export const IDLE_POLL_MS = 10_000;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<MatchingRunStatus, string> = {
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

function isActive(run: Run): boolean {
  return run.status === 'QUEUED' || run.status === 'RUNNING';
}

/** "—" on screen, "not available" for screen readers. */
function None() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('matching.runs.none')}</VisuallyHidden>
    </>
  );
}

/** What became of the run this coordinator started: announced when requested, then when finished. */
function StartedRun({ run }: { run: Run | undefined }) {
  const { t } = useTranslation();
  if (run?.status === 'FAILED') {
    return (
      <Alert color="red.9" variant="filled" role="alert">
        {t('matching.runs.failed')}
      </Alert>
    );
  }
  const message =
    run?.status === 'DONE'
      ? run.unchanged
        ? t('matching.runs.doneUnchanged')
        : t('matching.runs.done', { count: run.proposals ?? 0 })
      : t('matching.runs.started');
  return <SuccessAlert>{message}</SuccessAlert>;
}

/** A run's gain over first-come allocation and whether it changed the proposals, in words (null: none). */
function useRunText() {
  const { t } = useTranslation();
  const format = useMatchingFormat();
  return {
    gain: (run: Run) => {
      const ratio = gainOverGreedy(run.objective, run.greedyObjective);
      return ratio === null ? null : format.percent(ratio);
    },
    change: (run: Run) =>
      run.status !== 'DONE' ? null : t(run.unchanged ? 'matching.runs.unchanged' : 'matching.runs.changed'),
  };
}

/** The runs table's columns in an export; a figure the table shows as "—" is an empty cell. */
function useRunCsvColumns(): CsvColumn<Run>[] {
  const { t } = useTranslation();
  const format = useMatchingFormat();
  const text = useRunText();
  const figure = (
    key: 'supplyLines' | 'needLines' | 'objective' | 'greedyObjective' | 'solveMs' | 'proposals',
    write: (value: number) => string,
  ): CsvColumn<Run> => ({
    header: t(`matching.runs.${key}`),
    value: (run) => (run[key] === null ? null : write(run[key])),
  });
  return [
    { header: t('matching.runs.requestedAt'), value: (run) => format.dateTime(run.requestedAt) },
    { header: t('matching.runs.trigger'), value: (run) => t(`matching.runs.triggers.${run.trigger}`) },
    { header: t('matching.runs.status'), value: (run) => t(`matching.runs.statuses.${run.status}`) },
    figure('supplyLines', format.integer),
    figure('needLines', format.integer),
    figure('objective', format.amount),
    figure('greedyObjective', format.amount),
    { header: t('matching.runs.gain'), value: text.gain },
    figure('solveMs', format.integer),
    figure('proposals', format.integer),
    { header: t('matching.runs.change'), value: text.change },
    { header: t('matching.runs.error'), value: (run) => run.error },
  ];
}

function RunsTable({ runs }: { runs: readonly Run[] }) {
  const { t } = useTranslation();
  const format = useMatchingFormat();
  const text = useRunText();
  const count = (value: number | null) => (value === null ? <None /> : format.integer(value));
  const amount = (value: number | null) => (value === null ? <None /> : format.amount(value));
  return (
    // Wider than a phone: it scrolls sideways inside its own box, reachable with the keyboard.
    <div role="region" aria-labelledby="runs-caption" tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder miw={1040} verticalSpacing="xs">
        <caption id="runs-caption" style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('matching.runs.caption', { count: runs.length })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.runs.requestedAt')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.trigger')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.status')}</Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.supplyLines')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.needLines')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.objective')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.greedyObjective')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.gain')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.solveMs')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('matching.runs.proposals')}
            </Table.Th>
            <Table.Th scope="col">{t('matching.runs.change')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.error')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const gain = text.gain(run);
            const change = text.change(run);
            return (
              <Table.Tr key={run.id} data-testid="matching-run">
                <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={run.requestedAt}>{format.dateTime(run.requestedAt)}</time>
                </Table.Th>
                <Table.Td>{t(`matching.runs.triggers.${run.trigger}`)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[run.status]} variant="filled">
                    {t(`matching.runs.statuses.${run.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.supplyLines)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.needLines)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{amount(run.objective)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{amount(run.greedyObjective)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{gain ?? <None />}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.solveMs)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{count(run.proposals)}</Table.Td>
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

/** Start a run, and follow the recent ones: quickly while one is queued or running, slowly otherwise. */
function MatchingRuns({ title }: { title: string }) {
  const { t } = useTranslation();
  const query = useQuery(MATCHING_RUNS_QUERY, {
    variables: { first: RUNS_SHOWN },
    fetchPolicy: 'cache-and-network',
    // A tab left in the background need not poll.
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });
  const [start, { loading: starting }] = useMutation(START_MATCHING_RUN_MUTATION, {
    refetchQueries: ['MatchingRuns'],
  });
  const [startedId, setStartedId] = useState<string>();
  const [problem, setProblem] = useState<MatchingProblem>();
  const csvColumns = useRunCsvColumns();

  const runs = query.data?.matchingRuns ?? query.previousData?.matchingRuns;
  const active = runs?.some(isActive) ?? false;
  const forbidden = isForbidden(query.error);
  const { startPolling, stopPolling } = query;

  useEffect(() => {
    // Asking again will not change a refusal.
    if (forbidden) stopPolling();
    else startPolling(active ? ACTIVE_POLL_MS : IDLE_POLL_MS);
  }, [active, forbidden, startPolling, stopPolling]);

  if (forbidden) return <NotAllowed title={title} />;

  const handleStart = async () => {
    setProblem(undefined);
    setStartedId(undefined);
    try {
      const { data } = await start();
      setStartedId(data?.startMatchingRun.run.id);
    } catch (caught: unknown) {
      const found = matchingProblem(caught);
      setProblem(found.key === 'forbidden' ? { key: 'runForbidden' } : found);
    }
  };

  const startedRun = startedId ? runs?.find((run) => run.id === startedId) : undefined;

  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('matching.runs.intro')}</Text>
      </Stack>
      <Stack gap="sm" align="flex-start">
        <Button size="md" loading={starting} onClick={() => void handleStart()}>
          {t('matching.runs.start')}
        </Button>
        {startedId ? <StartedRun run={startedRun} /> : null}
        <MatchingProblemAlert problem={problem} />
      </Stack>
      <section aria-labelledby="runs-heading">
        <Title order={2} size="h3" id="runs-heading" mb="xs">
          {t('matching.runs.listTitle')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('matching.runs.legend')}
        </Text>
        {active ? (
          <Group gap="xs" mb="sm">
            <Loader size="xs" />
            <Text size="sm">{t('matching.runs.inProgress')}</Text>
          </Group>
        ) : null}
        {runs ? (
          runs.length === 0 ? (
            <Text>{t('matching.runs.empty')}</Text>
          ) : (
            <Stack gap="xs">
              <ExportCsvButton filename="appariements" columns={csvColumns} rows={runs} />
              <RunsTable runs={runs} />
            </Stack>
          )
        ) : (
          <QueryStatus loading={query.loading} error={query.error} />
        )}
      </section>
    </Stack>
  );
}

/** `/coordination/appariements`: coordinators start matching runs and compare them with first-come allocation. */
export function MatchingRunsPage() {
  const { t } = useTranslation();
  const title = t('matching.runs.title');
  return (
    <CoordinatorOnly title={title}>
      <MatchingRuns title={title} />
    </CoordinatorOnly>
  );
}

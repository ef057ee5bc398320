import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { RequireViewer } from '../../identity/components/RequireViewer';
import classes from '../components/DeskTabs.module.css';
import { DeskQueryStatus } from '../components/DeskQueryStatus';
import { DispatchPanel } from '../components/DispatchPanel';
import { DropOffsPanel } from '../components/DropOffsPanel';
import { StockPanel } from '../components/StockPanel';
import { TransfersPanel } from '../components/TransfersPanel';
import { DESK_POINTS_QUERY, EXPECTED_DROP_OFFS_QUERY } from '../graphql/deskOperations';
import { isForbidden, isNotFound } from '../utils/deskErrors';

/** The desk's tabs, as they appear in the address (`?onglet=stock`). */
const TABS = ['depots', 'stock', 'envois', 'transferts'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  depots: 'stock.desk.tabs.dropOffs',
  stock: 'stock.desk.tabs.stock',
  envois: 'stock.desk.tabs.dispatch',
  transferts: 'stock.desk.tabs.transfers',
};

/**
 * How often today's drop-offs are refreshed. We chose polling (Apollo's `pollInterval`) over GraphQL
 * subscriptions: see deskOperations.ts.
 */
export const DROP_OFFS_POLL_MS = 5_000;

function isTab(value: string | null): value is Tab {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** A page-wide message instead of the desk: not staff here, or no such point. */
function DeskRefusal({ title, heading, text }: { title: string; heading: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <title>{t('app.pageTitle', { title })}</title>
      <Title order={1}>{title}</Title>
      <Alert color="red.9" variant="filled" role="alert" title={heading}>
        {text}
      </Alert>
    </Stack>
  );
}

/** The desk of one point, for its staff: the API says FORBIDDEN to anyone else, and we say so. */
function Desk({ collectionPointId, fallbackTitle }: { collectionPointId: string; fallbackTitle: string }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const wide = useMediaQuery('(min-width: 48em)');
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('onglet');
  const tab: Tab = isTab(requested) ? requested : 'depots';

  const points = useQuery(DESK_POINTS_QUERY);
  // Polled rather than subscribed to (see deskOperations.ts); also tells whether the viewer is staff here.
  const expected = useQuery(EXPECTED_DROP_OFFS_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
    pollInterval: DROP_OFFS_POLL_MS,
    // A phone left on the desk with its screen off need not poll.
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });

  const point = points.data?.collectionPoints.find((candidate) => candidate.id === collectionPointId);
  const title = point?.name ?? fallbackTitle;
  const refused = isForbidden(expected.error) || isNotFound(expected.error);
  const { stopPolling } = expected;

  // Asking again every few seconds will not change the answer.
  useEffect(() => {
    if (refused) stopPolling();
  }, [refused, stopPolling]);

  if (isForbidden(expected.error)) {
    return (
      <DeskRefusal
        title={title}
        heading={t('stock.desk.notStaff.title')}
        text={t('stock.desk.notStaff.text')}
      />
    );
  }
  if (isNotFound(expected.error) || (points.data && !point)) {
    return (
      <DeskRefusal
        title={fallbackTitle}
        heading={t('stock.desk.notFound.title')}
        text={t('stock.desk.notFound.text')}
      />
    );
  }
  // While labels are fetched again in another language, keep showing the day's list in the previous one.
  const bookings = expected.data?.expectedDropOffs ?? expected.previousData?.expectedDropOffs;

  // Until the API has said whether this is the viewer's point, show nothing of the desk.
  if (!point || (!bookings && !expected.error)) {
    return (
      <Stack gap="md">
        <title>{t('app.pageTitle', { title })}</title>
        <Title order={1}>{title}</Title>
        <DeskQueryStatus loading={points.loading || expected.loading} error={points.error} />
      </Stack>
    );
  }

  return (
    <Stack gap="xs" maw={720}>
      <title>{t('app.pageTitle', { title: t('stock.desk.pageTitle', { point: point.name }) })}</title>
      <Stack gap={2}>
        <Text size="sm" fw={600} c="gray.7">
          {fallbackTitle}
        </Text>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {point.name}
        </Title>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (!isTab(value)) return;
          setSearchParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (value === 'depots') next.delete('onglet');
              else next.set('onglet', value);
              return next;
            },
            { replace: true },
          );
        }}
        inverted={!wide}
        classNames={{ root: classes.root, list: classes.list, tab: classes.tab, panel: classes.panel }}
      >
        <Tabs.List grow aria-label={t('stock.desk.tabs.label')}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              <span className={classes.tabLabel}>{t(TAB_LABELS[value])}</span>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="depots">
          <DropOffsPanel
            collectionPointId={collectionPointId}
            expected={{
              bookings,
              loading: expected.loading,
              error: expected.error,
              refetch: () => void expected.refetch().catch(() => undefined),
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="stock">
          <StockPanel collectionPointId={collectionPointId} />
        </Tabs.Panel>
        <Tabs.Panel value="envois">
          <DispatchPanel collectionPointId={collectionPointId} servedDistricts={point.servedDistricts} />
        </Tabs.Panel>
        <Tabs.Panel value="transferts">
          <TransfersPanel
            collectionPointId={collectionPointId}
            points={points.data?.collectionPoints ?? []}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/**
 * `/points/:id`: the desk of a collection point, for its staff on a phone. Tabs at the bottom of the screen:
 * drop-offs (receive by code or QR code, gifts without booking, today's list), stock (levels, counts,
 * write-offs, ledger export), dispatches to associations' needs, and transfers between points.
 */
export function CollectionPointDeskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fallbackTitle = t('stock.desk.title');
  return (
    <RequireViewer title={fallbackTitle}>
      {() => <Desk key={id} collectionPointId={id} fallbackTitle={fallbackTitle} />}
    </RequireViewer>
  );
}

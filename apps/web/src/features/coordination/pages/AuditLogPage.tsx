import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { AuditLogQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { collectPages, type CsvColumn } from '../../../utils/csv';
import { CoordinatorOnly, NotAllowed } from '../components/CoordinatorOnly';
import { AUDIT_LOG_QUERY } from '../graphql/coordinationOperations';
import { describeDetails } from '../utils/auditDetails';
import { isForbidden } from '../utils/coordinationErrors';

export const AUDIT_PAGE_SIZE = 50;
/** How many entries the export asks for at a time (the most the API gives). */
export const AUDIT_EXPORT_PAGE_SIZE = 100;

type AuditEntry = AuditLogQuery['auditLog']['entries'][number];

/** The audit log as a table, newest first, a page at a time. */
function AuditLog({ title }: { title: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const log = useQuery(AUDIT_LOG_QUERY, {
    variables: { first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const client = useApolloClient();
  const csvColumns: CsvColumn<AuditEntry>[] = [
    { header: t('coordination.audit.date'), value: (entry) => dateFormat.format(new Date(entry.createdAt)) },
    {
      header: t('coordination.audit.actor'),
      value: (entry) => entry.actorEmail ?? t('coordination.audit.system'),
    },
    { header: t('coordination.audit.action'), value: (entry) => entry.action },
    { header: t('coordination.audit.target'), value: (entry) => `${entry.targetType} · ${entry.targetId}` },
    { header: t('coordination.audit.details'), value: (entry) => describeDetails(entry.details).join('\n') },
  ];

  /** The whole log, newest first, page after page, for the export. */
  const loadWholeLog = () =>
    collectPages(async (after: string | null) => {
      const { data } = await client.query({
        query: AUDIT_LOG_QUERY,
        variables: { first: AUDIT_EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('No audit log');
      const { entries, endCursor, hasNextPage } = data.auditLog;
      return { rows: entries, next: hasNextPage ? (endCursor ?? null) : null };
    });

  if (isForbidden(log.error)) return <NotAllowed title={title} />;

  const page = log.data?.auditLog;

  const loadMore = async () => {
    if (!page?.endCursor) return;
    setMoreFailed(false);
    setLoadingMore(true);
    try {
      await log.fetchMore({
        variables: { first: AUDIT_PAGE_SIZE, after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: {
            ...fetchMoreResult.auditLog,
            entries: [...previous.auditLog.entries, ...fetchMoreResult.auditLog.entries],
          },
        }),
      });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('coordination.audit.intro')}</Text>
        {page ? (
          <ExportCsvButton
            filename="journal-des-actions"
            columns={csvColumns}
            loadRows={loadWholeLog}
            disabled={page.entries.length === 0}
          />
        ) : null}
      </Stack>
      {page ? (
        page.entries.length === 0 ? (
          <Text>{t('coordination.audit.empty')}</Text>
        ) : (
          <>
            <div role="region" aria-labelledby="audit-caption" tabIndex={0} style={{ overflowX: 'auto' }}>
              <Table striped withTableBorder miw={720} verticalSpacing="xs">
                <caption id="audit-caption" style={{ captionSide: 'top', textAlign: 'start' }}>
                  {t('coordination.audit.caption', { count: page.entries.length })}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('coordination.audit.date')}</Table.Th>
                    <Table.Th scope="col">{t('coordination.audit.actor')}</Table.Th>
                    <Table.Th scope="col">{t('coordination.audit.action')}</Table.Th>
                    <Table.Th scope="col">{t('coordination.audit.target')}</Table.Th>
                    <Table.Th scope="col">{t('coordination.audit.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.entries.map((entry) => (
                    <Table.Tr key={entry.id} data-testid="audit-entry">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <time dateTime={entry.createdAt}>{dateFormat.format(new Date(entry.createdAt))}</time>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {entry.actorEmail ?? t('coordination.audit.system')}
                      </Table.Td>
                      <Table.Td>
                        <Code>{entry.action}</Code>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {entry.targetType} · {entry.targetId}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {describeDetails(entry.details).map((line) => (
                          <Text key={line} size="sm">
                            {line}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            {moreFailed ? (
              <Alert color="red.9" role="alert">
                {t('app.error')}
              </Alert>
            ) : null}
            {page.hasNextPage ? (
              <Button
                variant="outline"
                loading={loadingMore}
                onClick={() => void loadMore()}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('coordination.audit.loadMore')}
              </Button>
            ) : (
              <Text size="sm" c="gray.7">
                {t('coordination.audit.end')}
              </Text>
            )}
          </>
        )
      ) : (
        <QueryStatus loading={log.loading} error={log.error} />
      )}
    </Stack>
  );
}

/** `/coordination/journal`: the sensitive actions recorded by the API (coordinators). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const title = t('coordination.audit.title');
  return (
    <CoordinatorOnly title={title}>
      <AuditLog title={title} />
    </CoordinatorOnly>
  );
}

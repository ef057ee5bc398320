import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { MockLink } from '@apollo/client/testing';
import type { AuditLogQuery } from '../../../gql/graphql';
import { captureDownloads, downloadedCsv } from '../../../testing/downloads';
import { CLAIRE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AUDIT_LOG_QUERY } from '../graphql/coordinationOperations';
import { AUDIT_EXPORT_PAGE_SIZE, AUDIT_PAGE_SIZE, AuditLogPage } from './AuditLogPage';

type Entry = AuditLogQuery['auditLog']['entries'][number];

function entry(index: number, overrides: Partial<Entry> = {}): Entry {
  return {
    __typename: 'AuditEntry',
    id: `entry-${index}`,
    actorEmail: 'claire@paris.fr',
    action: 'organisation.verified',
    targetType: 'organisation',
    targetId: `org-${index}`,
    details: JSON.stringify({ name: `Association ${index}` }),
    createdAt: '2026-11-27T10:00:00.000Z',
    ...overrides,
  };
}

function logMock(
  variables: { first: number; after?: string | null },
  entries: Entry[],
  endCursor: string | null,
): MockLink.MockedResponse<AuditLogQuery> {
  return {
    request: { query: AUDIT_LOG_QUERY, variables },
    result: {
      data: {
        auditLog: { __typename: 'AuditLogPage', entries, endCursor, hasNextPage: endCursor !== null },
      },
    },
  };
}

describe('AuditLogPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('exports the whole log as CSV, asking for every page after the one shown', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const first = [
      entry(1, { actorEmail: null, action: 'stock.snapshot', details: '{"rows":3,"note":"=cmd"}' }),
      entry(2),
    ];
    renderWithProviders(<AuditLogPage />, {
      route: '/coordination/journal',
      mocks: [
        viewerMock(CLAIRE),
        logMock({ first: AUDIT_PAGE_SIZE }, first, 'cursor-1'),
        logMock({ first: AUDIT_EXPORT_PAGE_SIZE, after: null }, first, 'cursor-1'),
        logMock({ first: AUDIT_EXPORT_PAGE_SIZE, after: 'cursor-1' }, [entry(3)], null),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Exporter en CSV' }));

    const { filename, lines } = await downloadedCsv(downloads);
    expect(filename).toMatch(/^journal-des-actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date('2026-11-27T10:00:00.000Z'),
    );
    expect(lines).toEqual([
      'Date,Auteur,Action,Cible,Détails',
      `"${date}",Système,stock.snapshot,organisation · org-1,"rows: 3\nnote: =cmd"`,
      `"${date}",claire@paris.fr,organisation.verified,organisation · org-2,name: Association 2`,
      `"${date}",claire@paris.fr,organisation.verified,organisation · org-3,name: Association 3`,
    ]);
  });
});

import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';

import { CLAIRE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { STAFF_COLLECTION_POINTS_QUERY } from '../graphql/coordinationOperations';
import { StaffAssignmentPage } from './StaffAssignmentPage';

describe('StaffAssignmentPage', () => {
  it('offers coordinators the stock snapshot as a CSV download', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/coordination/personnel" element={<StaffAssignmentPage />} />
      </Routes>,
      {
        route: '/coordination/personnel',
        mocks: [
          viewerMock(CLAIRE),
          {
            request: { query: STAFF_COLLECTION_POINTS_QUERY },
            result: {
              data: {
                collectionPoints: [
                  {
                    __typename: 'CollectionPoint',
                    id: 'point-18',
                    code: 'p-75018',
                    name: 'Mairie du 18e arrondissement',
                    district: { __typename: 'District', code: '75018', number: 18 },
                  },
                ],
              },
            },
          },
        ],
      },
    );

    expect(await screen.findByRole('heading', { level: 2, name: "Exporter l'état du stock" })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Télécharger l'état du stock (CSV)" }).getAttribute('href')).toBe(
      '/exports/stock-snapshot.csv',
    );
    expect(await screen.findByRole('combobox', { name: 'Point de collecte' })).toBeTruthy();
  });
});

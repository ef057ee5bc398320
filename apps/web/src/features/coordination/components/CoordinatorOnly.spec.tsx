import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';

import { CLAIRE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AuditLogPage } from '../pages/AuditLogPage';
import { StaffAssignmentPage } from '../pages/StaffAssignmentPage';
import { CoordinatorOnly } from './CoordinatorOnly';

describe('CoordinatorOnly', () => {
  it('shows the page to a coordinator', async () => {
    renderWithProviders(
      <CoordinatorOnly title="Coordination">
        <p>secret page</p>
      </CoordinatorOnly>,
      { mocks: [viewerMock(CLAIRE)] },
    );

    expect(await screen.findByText('secret page')).toBeTruthy();
  });

  it.each([
    ['/coordination/personnel', 'Personnel des points de collecte'],
    ['/coordination/journal', 'Journal des actions'],
  ])('tells a citizen that %s is not allowed', async (route, title) => {
    renderWithProviders(
      <Routes>
        <Route path="/coordination/personnel" element={<StaffAssignmentPage />} />
        <Route path="/coordination/journal" element={<AuditLogPage />} />
      </Routes>,
      { route, mocks: [viewerMock()] },
    );

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
  });

  it('sends signed-out visitors to sign in, remembering where they were going', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/coordination/journal" element={<AuditLogPage />} />
        <Route path="/connexion" element={<p>sign-in page</p>} />
      </Routes>,
      { route: '/coordination/journal', mocks: [viewerMock(null)] },
    );

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});

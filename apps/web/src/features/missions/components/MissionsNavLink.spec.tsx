import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppRoutes } from '../../../app/AppRoutes';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { dashboardMocks, searchMock, frenchLessons, volunteerServer } from '../testing/missionsFixtures';

describe('Missions in the app', () => {
  it('offers "Missions" to everyone and no "Bénévolat" to signed-out visitors', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/nowhere',
      mocks: [viewerMock(null), searchMock([frenchLessons()])],
    });

    const nav = await screen.findByRole('navigation', { name: 'Missions de bénévolat' });
    await screen.findByRole('link', { name: 'Se connecter' });
    expect(within(nav).queryByRole('link', { name: 'Bénévolat' })).toBeNull();
    await user.click(within(nav).getByRole('link', { name: 'Missions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Missions de bénévolat' })).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Cours de français pour adultes' })).toBeTruthy();
  });

  it('offers "Bénévolat" to signed-in people, leading to their dashboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/nowhere',
      mocks: [viewerMock(), ...dashboardMocks(volunteerServer())],
    });

    const nav = await screen.findByRole('navigation', { name: 'Missions de bénévolat' });
    await user.click(await within(nav).findByRole('link', { name: 'Bénévolat' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon bénévolat' })).toBeTruthy();
    expect(await screen.findByRole('form', { name: 'Mon profil bénévole' })).toBeTruthy();
  });
});

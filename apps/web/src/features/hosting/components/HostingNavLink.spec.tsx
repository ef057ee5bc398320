import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppRoutes } from '../../../app/AppRoutes';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { dashboardMocks, hostingServer, myHostOffersMock } from '../testing/hostingFixtures';

describe('Hosting in the app', () => {
  it('offers "Accueillir" in the header to signed-in people, leading to the dashboard and the form', async () => {
    const user = userEvent.setup();
    const server = hostingServer();
    renderWithProviders(<AppRoutes />, {
      route: '/nowhere',
      mocks: [viewerMock(), ...dashboardMocks(server), myHostOffersMock(server)],
    });

    const nav = await screen.findByRole('navigation', { name: 'Accueil solidaire' });
    await user.click(within(nav).getByRole('link', { name: 'Accueillir' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accueillir chez soi' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Proposer une chambre' }));
    expect(await screen.findByRole('form', { name: 'Étape 1 sur 5 : Logement' })).toBeTruthy();
  });

  it('shows no "Accueillir" link to signed-out visitors, who can still read about Louez solidaire', async () => {
    renderWithProviders(<AppRoutes />, { route: '/louez-solidaire', mocks: [viewerMock(null)] });

    expect(await screen.findByRole('link', { name: 'Se connecter pour proposer un logement' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Louez solidaire' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Accueil solidaire' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Accueillir' })).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppRoutes } from '../../../app/AppRoutes';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import {
  donation,
  frenchLessons,
  initiativesMock,
  myDonationsMock,
  settingsMock,
} from '../testing/fundingFixtures';

describe('Funding in the app', () => {
  it('offers "Soutenir" to everyone and no "Mes soutiens" to signed-out visitors', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/nowhere',
      mocks: [viewerMock(null), initiativesMock([frenchLessons()])],
    });

    const nav = await screen.findByRole('navigation', { name: 'Soutenir les initiatives solidaires' });
    await screen.findByRole('link', { name: 'Se connecter' });
    expect(within(nav).queryByRole('link', { name: 'Mes soutiens' })).toBeNull();
    await user.click(within(nav).getByRole('link', { name: 'Soutenir' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Soutenir une initiative' })).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Cours de français au 18e' })).toBeTruthy();
  });

  it('offers "Mes soutiens" to signed-in people, leading to their donations', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/nowhere',
      mocks: [viewerMock(), settingsMock(), myDonationsMock({ donations: [donation()] })],
    });

    const nav = await screen.findByRole('navigation', { name: 'Soutenir les initiatives solidaires' });
    await user.click(await within(nav).findByRole('link', { name: 'Mes soutiens' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes soutiens' })).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Cours de français au 18e' })).toBeTruthy();
  });
});

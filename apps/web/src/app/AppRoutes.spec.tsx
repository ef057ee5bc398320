import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { catalogueMock, districtMock } from '../testing/fixtures';
import { renderWithProviders } from '../testing/renderWithProviders';
import { AppRoutes } from './AppRoutes';

describe('AppRoutes', () => {
  it('shows the layout landmarks and a skip link', () => {
    renderWithProviders(<AppRoutes />, { route: '/nowhere' });

    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' }).getAttribute('href')).toBe(
      '#main-content',
    );
  });

  it('shows a not-found page for unknown routes', () => {
    renderWithProviders(<AppRoutes />, { route: '/nowhere' });

    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" }).getAttribute('href')).toBe('/');
  });

  it('switches the interface and the catalogue to English, and remembers it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/arrondissements/75018',
      mocks: [districtMock(), catalogueMock('FR'), catalogueMock('EN')],
    });
    expect(await screen.findByRole('heading', { name: 'Chaussettes' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');

    const switcher = screen.getByRole('group', { name: 'Langue' });
    expect(within(switcher).getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Socks' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Chaussettes' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: '18th arrondissement – Buttes-Montmartre' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Collection point' })).toBeTruthy();
    expect(screen.getByText('High priority')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Opening hours' })).toBeTruthy();
    expect(screen.getByText('Monday')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(window.localStorage.getItem('entraide.language')).toBe('en');
  });
});

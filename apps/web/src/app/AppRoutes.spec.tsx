import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';

import { catalogueMock, districtMock, viewerMock } from '../testing/fixtures';
import { renderWithProviders } from '../testing/renderWithProviders';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';

describe('AppRoutes', () => {
  it('shows the layout landmarks and a skip link', () => {
    renderWithProviders(<AppRoutes />, { route: '/nowhere', mocks: [viewerMock(null)] });

    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' }).getAttribute('href')).toBe(
      '#main-content',
    );
  });

  it('shows a not-found page for unknown routes', async () => {
    renderWithProviders(<AppRoutes />, { route: '/nowhere', mocks: [viewerMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" }).getAttribute('href')).toBe('/');
  });

  it("keeps the header and footer, and says the page is loading, while a page's code arrives", async () => {
    const NeverLoaded = lazy(() => new Promise<{ default: ComponentType }>(() => undefined));
    renderWithProviders(
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="*" element={<NeverLoaded />} />
        </Route>
      </Routes>,
      { route: '/nowhere', mocks: [viewerMock(null)] },
    );

    const main = screen.getByRole('main');
    expect(within(main).getByRole('status', { name: 'Chargement de la page…' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(await screen.findByRole('navigation', { name: 'Compte' })).toBeTruthy();
  });

  it('offers to sign in or create an account when signed out', async () => {
    renderWithProviders(<AppRoutes />, { route: '/nowhere', mocks: [viewerMock(null)] });

    const nav = await screen.findByRole('navigation', { name: 'Compte' });
    expect(within(nav).getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/connexion');
    expect(within(nav).getByRole('link', { name: 'Créer un compte' }).getAttribute('href')).toBe(
      '/inscription',
    );
    expect(within(screen.getByRole('banner')).getByRole('group', { name: 'Langue' })).toBeTruthy();
  });

  it("shows the signed-in person's name, linking to their account", async () => {
    renderWithProviders(<AppRoutes />, { route: '/nowhere', mocks: [viewerMock()] });

    const nav = await screen.findByRole('navigation', { name: 'Compte' });
    expect((await within(nav).findByRole('link', { name: 'Marie Curie' })).getAttribute('href')).toBe(
      '/compte',
    );
    expect(within(nav).queryByRole('link', { name: 'Se connecter' })).toBeNull();
  });

  it('switches the interface and the catalogue to English, and remembers it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/arrondissements/75018',
      mocks: [viewerMock(null), districtMock(), catalogueMock('FR'), catalogueMock('EN')],
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

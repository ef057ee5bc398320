import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CLAIRE, MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AccountLinks } from './AccountLinks';

function navLinks() {
  return screen.findByRole('navigation', { name: 'Compte' });
}

describe('AccountLinks', () => {
  it('offers the needs to everyone, and to sign in', async () => {
    renderWithProviders(<AccountLinks />, { mocks: [viewerMock(null)] });

    const nav = await navLinks();
    expect(within(nav).getByRole('link', { name: 'Besoins' }).getAttribute('href')).toBe('/besoins');
    expect(await within(nav).findByRole('link', { name: 'Se connecter' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Mes dons' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Point de collecte' })).toBeNull();
  });

  it('offers "my gifts" once signed in, but no collection point to a citizen', async () => {
    renderWithProviders(<AccountLinks />, { mocks: [viewerMock()] });

    const nav = await navLinks();
    expect((await within(nav).findByRole('link', { name: 'Mes dons' })).getAttribute('href')).toBe(
      '/mes-dons',
    );
    expect(within(nav).getByRole('link', { name: 'Besoins' }).getAttribute('href')).toBe('/besoins');
    expect(within(nav).queryByRole('link', { name: 'Point de collecte' })).toBeNull();
  });

  it('leads the staff of a collection point to its desk', async () => {
    renderWithProviders(<AccountLinks />, {
      mocks: [
        viewerMock({
          ...MARIE,
          roles: ['CITIZEN', 'COLLECTION_STAFF'],
          staffPointIds: ['point-7', 'point-9'],
        }),
      ],
    });

    const nav = await navLinks();
    expect((await within(nav).findByRole('link', { name: 'Point de collecte' })).getAttribute('href')).toBe(
      '/points/point-7',
    );
  });

  it('offers coordinators a menu of the coordination pages, matching runs included', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccountLinks />, { mocks: [viewerMock(CLAIRE)] });

    const nav = await navLinks();
    const button = await within(nav).findByRole('button', { name: 'Coordination' });
    await user.click(button);

    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Mantine's opening transition does not finish in jsdom: the open menu keeps `display: none` here.
    const menu = await screen.findByRole('menu', { hidden: true });
    expect(
      within(menu)
        .getAllByRole('menuitem', { hidden: true })
        .map((item) => [item.textContent, item.getAttribute('href')]),
    ).toEqual([
      ['Tableau de bord', '/coordination/tableau-de-bord'],
      ['Rapport au Conseil', '/coordination/rapport'],
      ['Vérifications', '/coordination/verifications'],
      ['Personnel des points de collecte', '/coordination/personnel'],
      ['Journal des actions', '/coordination/journal'],
      ['Appariements', '/coordination/appariements'],
      ['Hébergement', '/coordination/hebergement'],
      ['Financement', '/coordination/financement'],
      ['Annonces', '/partenaires/annonces'],
    ]);
  });

  it('speaks English', async () => {
    renderWithProviders(<AccountLinks />, { mocks: [viewerMock()], language: 'en' });

    const nav = await screen.findByRole('navigation', { name: 'Account' });
    expect(within(nav).getByRole('link', { name: 'Needs' })).toBeTruthy();
    expect(await within(nav).findByRole('link', { name: 'My gifts' })).toBeTruthy();
  });
});

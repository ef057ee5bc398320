import { screen, within } from '@testing-library/react';

import { MARIE, viewerMock } from '../../../testing/fixtures';
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

  it('speaks English', async () => {
    renderWithProviders(<AccountLinks />, { mocks: [viewerMock()], language: 'en' });

    const nav = await screen.findByRole('navigation', { name: 'Account' });
    expect(within(nav).getByRole('link', { name: 'Needs' })).toBeTruthy();
    expect(await within(nav).findByRole('link', { name: 'My gifts' })).toBeTruthy();
  });
});

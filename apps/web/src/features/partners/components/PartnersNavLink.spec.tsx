import { screen } from '@testing-library/react';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AccountLinks } from '../../identity/components/AccountLinks';
import { AMIS, COORDINATOR, partner } from '../testing/partnerFixtures';
import { PartnersNavLink } from './PartnersNavLink';

function renderHeader(viewer: Parameters<typeof viewerMock>[0]) {
  return renderWithProviders(
    <>
      <AccountLinks />
      <PartnersNavLink />
    </>,
    { mocks: [viewerMock(viewer)] },
  );
}

describe('PartnersNavLink', () => {
  it('leads members of a verified organisation to the directory', async () => {
    renderHeader(partner());

    const link = await screen.findByRole('link', { name: 'Annuaire des partenaires' });
    expect(link.getAttribute('href')).toBe('/partenaires');
  });

  it('leads coordinators to the directory', async () => {
    renderHeader(COORDINATOR);

    expect(await screen.findByRole('link', { name: 'Annuaire des partenaires' })).toBeTruthy();
  });

  it('is not offered to members of an organisation still pending, nor to other people', async () => {
    renderHeader(partner('ADMIN', { ...AMIS, status: 'PENDING' }));

    // The viewer is known once the account links show the person's name.
    await screen.findByTestId('viewer-name');
    expect(screen.queryByRole('link', { name: 'Annuaire des partenaires' })).toBeNull();
  });

  it('is not offered to signed-out visitors', async () => {
    renderHeader(null);

    await screen.findByRole('link', { name: 'Se connecter' });
    expect(screen.queryByRole('navigation', { name: 'Espace partenaires' })).toBeNull();
  });
});

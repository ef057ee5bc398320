import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { FUNDING_DONATE_MUTATION } from '../graphql/fundingOperations';
import { settingsMock } from '../testing/fundingFixtures';
import { GiveToCommonFundPage } from './GiveToCommonFundPage';

let assign: ReturnType<typeof vi.fn>;

beforeEach(() => {
  assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, origin: 'http://localhost:3000', assign });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('GiveToCommonFundPage', () => {
  it('explains how the common fund is shared and gives to it (no initiative)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<GiveToCommonFundPage />, {
      route: '/donner',
      mocks: [
        viewerMock(),
        settingsMock({ testPayments: false }),
        {
          request: {
            query: FUNDING_DONATE_MUTATION,
            variables: { input: { amountCents: 2_000, frequency: 'ONE_OFF', anonymous: false } },
          },
          result: {
            data: {
              donate: {
                __typename: 'DonationCheckout',
                checkoutUrl: 'https://checkout.stripe.com/c/pay/cs_live_1',
                donation: { __typename: 'Donation', id: 'donation-9', status: 'PENDING' },
              },
            },
          },
        },
      ],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Donner au fonds commun' })).toBeTruthy();
    const how = screen.getByRole('region', { name: 'Comment le fonds commun est partagé' });
    expect(within(how).getByText(/en proportion de ce dont chacune a encore besoin/)).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Faire un don au fonds commun' });
    const form = await within(section).findByRole('form', { name: 'Faire un don au fonds commun' });
    // Real payments: no test note.
    expect(within(form).queryByText('Paiements de test')).toBeNull();
    expect(within(form).getByText('Le paiement se fait sur la page sécurisée de Stripe.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /^Montant du don/ }), '20');
    await user.click(within(form).getByRole('button', { name: 'Continuer vers le paiement' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://checkout.stripe.com/c/pay/cs_live_1'));
  });

  it('asks signed-out visitors to sign in first', async () => {
    renderWithProviders(<GiveToCommonFundPage />, {
      route: '/donner',
      mocks: [viewerMock(null), settingsMock()],
    });

    expect((await screen.findByRole('link', { name: 'Se connecter pour donner' })).getAttribute('href')).toBe(
      '/connexion?retour=%2Fdonner',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});

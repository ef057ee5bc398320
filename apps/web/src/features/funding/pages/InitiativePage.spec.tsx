import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { FUNDING_DONATE_MUTATION, FUNDING_INITIATIVE_QUERY } from '../graphql/fundingOperations';
import { always, apiError, initiativeDetail, initiativeMock, settingsMock } from '../testing/fundingFixtures';
import { plain } from '../testing/text';
import { InitiativePage } from './InitiativePage';

function renderInitiative(mocks: RenderOptions['mocks'], id = 'initiative-1') {
  return renderWithProviders(
    <Routes>
      <Route path="/initiatives/:id" element={<InitiativePage />} />
    </Routes>,
    { route: `/initiatives/${id}`, mocks },
  );
}

function donateMock(
  input: Record<string, unknown>,
  checkoutUrl = 'http://localhost:3000/paiement-test/cs_test_1',
) {
  return {
    request: { query: FUNDING_DONATE_MUTATION, variables: { input } },
    result: {
      data: {
        donate: {
          __typename: 'DonationCheckout',
          checkoutUrl,
          donation: { __typename: 'Donation', id: 'donation-1', status: 'PENDING' },
        },
      },
    },
  };
}

let assign: ReturnType<typeof vi.fn>;

beforeEach(() => {
  assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, origin: 'http://localhost:3000', assign });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function donateForm() {
  const section = await screen.findByRole('region', { name: 'Faire un don' });
  return within(section).findByRole('form', { name: 'Faire un don' });
}

describe('InitiativePage', () => {
  it('shows the initiative, its funding in detail and its news, and asks signed-out visitors to sign in', async () => {
    renderInitiative([viewerMock(null), initiativeMock(), settingsMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Cours de français au 18e' })).toBeTruthy();
    expect(screen.getByTestId('initiative-carried-by').textContent).toBe('Portée par Accueil solidaire 18e');
    expect(screen.getByTestId('initiative-districts').textContent).toBe(
      'Où : 18e arrondissement – Buttes-Montmartre',
    );
    const funding = screen.getByRole('region', { name: 'Financement' });
    const bar = within(funding).getByRole('progressbar', {
      name: 'Financement de « Cours de français au 18e »',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(plain(within(funding).getByTestId('funding-percent'))).toBe('50 % du budget financé');
    expect(plain(within(funding).getByTestId('funding-raised'))).toBe('Dons reçus1 200,50 €');
    expect(plain(within(funding).getByTestId('funding-matched'))).toBe('Abondement des mécènes500,00 €');
    expect(plain(within(funding).getByTestId('funding-pool'))).toBe('Fonds commun299,50 €');
    expect(plain(within(funding).getByTestId('funding-sponsored'))).toBe(
      'Soutiens directs des mécènes0,00 €',
    );
    expect(plain(within(funding).getByTestId('funding-paidOut'))).toBe(
      "Déjà versé à l'association1 000,00 €",
    );
    expect(plain(within(funding).getByTestId('funding-remaining'))).toBe('Reste à financer2 000,00 €');
    expect(within(funding).getByTestId('initiative-donors').textContent).toBe('12 donateurs');
    expect(within(funding).getByTestId('initiative-supporters').textContent).toContain(
      'Merci à Camille, Louis',
    );
    expect(within(funding).getByTestId('initiative-deadline').textContent).toBe("Dons jusqu'au 31 mars 2027");

    // News, newest first.
    const updates = screen.getAllByTestId('initiative-update');
    expect(updates.map((update) => within(update).getByText(/salle|commencé/).textContent)).toEqual([
      'Une deuxième salle est ouverte.',
      'Les cours ont commencé.',
    ]);

    // Signed out: no form, but a way to sign in and come back.
    const section = screen.getByRole('region', { name: 'Faire un don' });
    expect(
      (await within(section).findByRole('link', { name: 'Se connecter pour donner' })).getAttribute('href'),
    ).toBe('/connexion?retour=%2Finitiatives%2Finitiative-1');
    expect(within(section).queryByRole('form')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Gérer cette initiative' })).toBeNull();
  });

  it('offers its association to manage it', async () => {
    renderInitiative([
      viewerMock(),
      initiativeMock(initiativeDetail({ viewerManages: true })),
      settingsMock(),
    ]);

    expect((await screen.findByRole('link', { name: 'Gérer cette initiative' })).getAttribute('href')).toBe(
      '/organisations/org-18/initiatives',
    );
  });

  it('gives 12,50 € every month, anonymously, with a name for the receipt, then goes to the checkout', async () => {
    const user = userEvent.setup();
    renderInitiative([
      viewerMock(),
      initiativeMock(),
      settingsMock(),
      donateMock({
        initiativeId: 'initiative-1',
        amountCents: 1250,
        frequency: 'MONTHLY',
        anonymous: true,
        donorName: 'Marie C.',
      }),
    ]);
    const form = await donateForm();

    expect(within(form).getByText('Paiements de test')).toBeTruthy();
    const amount = within(form).getByRole('textbox', { name: /^Montant du don \(en euros\)/ });
    await user.type(amount, '12,50');
    expect(plain(within(form).getByTestId('donate-estimate'))).toBe(
      "Après réduction d'impôt, ce don vous coûte 4,25 €.",
    );
    await user.click(within(form).getByRole('radio', { name: 'Chaque mois' }));
    expect(plain(within(form).getByTestId('donate-estimate'))).toBe(
      "Après réduction d'impôt, ce don vous coûte 4,25 € par mois.",
    );
    await user.click(within(form).getByRole('checkbox', { name: /^Rester anonyme sur les pages publiques/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Nom sur le reçu fiscal/ }), '  Marie C. ');
    await user.click(within(form).getByRole('button', { name: 'Continuer vers le paiement' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://localhost:3000/paiement-test/cs_test_1'));
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('fills the amount from a suggested one', async () => {
    const user = userEvent.setup();
    renderInitiative([viewerMock(), initiativeMock(), settingsMock()]);
    const form = await donateForm();

    const fifty = within(form).getByRole('button', { name: '50 €' });
    expect(fifty.getAttribute('aria-pressed')).toBe('false');
    await user.click(fifty);
    expect((within(form).getByRole('textbox', { name: /^Montant du don/ }) as HTMLInputElement).value).toBe(
      '50',
    );
    expect(fifty.getAttribute('aria-pressed')).toBe('true');
    expect(plain(within(form).getByTestId('donate-estimate'))).toBe(
      "Après réduction d'impôt, ce don vous coûte 17,00 €.",
    );
  });

  it('checks the amount against the limits before sending anything', async () => {
    const user = userEvent.setup();
    renderInitiative([
      viewerMock(),
      initiativeMock(),
      settingsMock({ minimumCents: 500, maximumCents: 1_000_000 }),
    ]);
    const form = await donateForm();
    const amount = within(form).getByRole('textbox', { name: /^Montant du don/ });
    const submit = within(form).getByRole('button', { name: 'Continuer vers le paiement' });

    await user.click(submit);
    expect(plain(await within(form).findByText('Indiquez un montant.'))).toBeTruthy();
    expect(document.activeElement).toBe(amount);

    await user.type(amount, '4,99');
    await user.click(submit);
    expect(plain(await within(form).findByText(/^Le don minimum est de/))).toBe(
      'Le don minimum est de 5,00 €.',
    );
    expect(amount.getAttribute('aria-invalid')).toBe('true');

    await user.clear(amount);
    await user.type(amount, '10000,01');
    await user.click(submit);
    expect(plain(await within(form).findByText(/^Le don maximum est de/))).toBe(
      'Le don maximum est de 10 000,00 €.',
    );

    await user.clear(amount);
    await user.type(amount, '12,345');
    await user.click(submit);
    expect(
      await within(form).findByText('Indiquez un montant en euros, par exemple 25 ou 12,50.'),
    ).toBeTruthy();
    expect(assign).not.toHaveBeenCalled();
  });

  it("shows the API's refusal and stays on the page", async () => {
    const user = userEvent.setup();
    renderInitiative([
      viewerMock(),
      initiativeMock(),
      settingsMock(),
      {
        request: {
          query: FUNDING_DONATE_MUTATION,
          variables: {
            input: {
              initiativeId: 'initiative-1',
              amountCents: 2000,
              frequency: 'ONE_OFF',
              anonymous: false,
            },
          },
        },
        result: apiError('donate', 'This initiative no longer takes donations.', 'CONFLICT'),
      },
    ]);
    const form = await donateForm();
    await user.click(within(form).getByRole('button', { name: '20 €' }));
    await user.click(within(form).getByRole('button', { name: 'Continuer vers le paiement' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain("Cette action n'est plus possible.");
    expect(alert.textContent).toContain('This initiative no longer takes donations.');
    expect(assign).not.toHaveBeenCalled();
  });

  it('takes no donation for a closed initiative', async () => {
    renderInitiative([viewerMock(), initiativeMock(initiativeDetail({ status: 'CLOSED' })), settingsMock()]);

    const section = await screen.findByRole('region', { name: 'Faire un don' });
    expect(within(section).getByText(/Cette initiative ne reçoit plus de dons/)).toBeTruthy();
    expect(within(section).queryByRole('form')).toBeNull();
    expect(within(section).getByRole('link', { name: 'Donner au fonds commun' }).getAttribute('href')).toBe(
      '/donner',
    );
  });

  it('says so when the initiative does not exist', async () => {
    renderInitiative(
      [
        viewerMock(null),
        always({
          request: { query: FUNDING_INITIATIVE_QUERY, variables: { id: 'nope' } },
          result: apiError('initiative', 'No initiative has this id.', 'NOT_FOUND'),
        }),
      ],
      'nope',
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Initiative introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir les initiatives' }).getAttribute('href')).toBe(
      '/initiatives',
    );
  });
});

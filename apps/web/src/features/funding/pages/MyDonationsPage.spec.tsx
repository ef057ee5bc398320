import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { parisToday } from '../../items/utils/format';
import { FUNDING_CANCEL_MONTHLY_DONATION_MUTATION } from '../graphql/fundingOperations';
import {
  type DonorServer,
  donation,
  monthlyToCommonFund,
  myDonationsMock,
  settingsMock,
} from '../testing/fundingFixtures';
import { plain } from '../testing/text';
import { MyDonationsPage } from './MyDonationsPage';

const YEAR = parisToday().slice(0, 4);

/** Marie's gifts, paid this year: 50 € once to the French lessons, 20 € a month to the common fund (5 € refunded). */
function donorServer(): DonorServer {
  const once = donation();
  const monthly = monthlyToCommonFund();
  return {
    donations: [
      {
        ...once,
        payments: once.payments.map((payment) => ({ ...payment, paidAt: `${YEAR}-02-03T10:00:00.000Z` })),
      },
      {
        ...monthly,
        payments: monthly.payments.map((payment) => ({ ...payment, paidAt: `${YEAR}-01-05T10:00:00.000Z` })),
      },
    ],
  };
}

function renderDashboard(mocks: RenderOptions['mocks'], route = '/mes-soutiens') {
  return renderWithProviders(<MyDonationsPage />, { route, mocks });
}

function cards() {
  return screen.getAllByTestId('donation');
}

describe('MyDonationsPage', () => {
  it('lists the donations with their payments, receipts, refunds and the totals of the year', async () => {
    renderDashboard([viewerMock(), settingsMock(), myDonationsMock(donorServer())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes soutiens' })).toBeTruthy();
    const once = await screen.findByRole('article', { name: 'Cours de français au 18e' });
    expect(within(once).getByRole('link', { name: 'Cours de français au 18e' }).getAttribute('href')).toBe(
      '/initiatives/initiative-1',
    );
    expect(within(once).getByTestId('donation-status').textContent).toBe('Payé');
    expect(plain(within(once).getByTestId('donation-summary'))).toBe('50,00 € une fois, le 25 novembre 2026');
    const payment = within(once).getByTestId('donation-payment');
    expect(plain(payment)).toContain('Reçu n° 2026-000042');
    expect(plain(within(payment).getByTestId('payment-reduction'))).toBe(
      "Réduction d'impôt estimée : 33,00 €",
    );
    expect(within(payment).queryByTestId('payment-refunded')).toBeNull();
    expect(within(once).queryByRole('button', { name: 'Arrêter le don mensuel' })).toBeNull();

    const monthly = screen.getByRole('article', { name: 'Fonds commun' });
    expect(within(monthly).getByTestId('donation-status').textContent).toBe('Don mensuel actif');
    expect(plain(within(monthly).getByTestId('donation-summary'))).toBe(
      '20,00 € chaque mois, depuis le 5 octobre 2026',
    );
    expect(plain(within(monthly).getByTestId('payment-refunded'))).toBe('Remboursé : 5,00 €');
    expect(within(monthly).getByRole('button', { name: 'Arrêter le don mensuel' })).toBeTruthy();

    const year = screen.getByRole('region', { name: `Mon année ${YEAR}` });
    // 50 € + 20 € − 5 € refunded; 33 € + 9,90 € of reduction.
    expect(plain(within(year).getByTestId('year-given'))).toBe(`Donné en ${YEAR}65,00 €`);
    expect(plain(within(year).getByTestId('year-reduction'))).toBe("Réduction d'impôt estimée42,90 €");
    expect(plain(within(year).getByText(/dans la limite de 20 % de votre revenu imposable/))).toContain(
      '66 % de vos dons',
    );
    expect(screen.queryByTestId('donation-return')).toBeNull();
  });

  it('thanks the donor coming back from a successful checkout', async () => {
    renderDashboard(
      [viewerMock(), settingsMock(), myDonationsMock(donorServer())],
      '/mes-soutiens?donation=donation-1',
    );

    const thanks = await screen.findByTestId('donation-return');
    expect(thanks.textContent).toContain('Merci ! Votre reçu vous a été envoyé par e-mail.');
    expect(thanks.getAttribute('role')).toBe('status');
  });

  it('says when the payment failed, with a way to try again', async () => {
    const server = donorServer();
    server.donations[0] = { ...server.donations[0]!, status: 'FAILED', payments: [] };
    renderDashboard(
      [viewerMock(), settingsMock(), myDonationsMock(server)],
      '/mes-soutiens?donation=donation-1',
    );

    const failed = await screen.findByTestId('donation-return');
    expect(failed.textContent).toContain('Le paiement a échoué.');
    expect(within(failed).getByRole('link', { name: 'Réessayer' }).getAttribute('href')).toBe(
      '/initiatives/initiative-1',
    );
    expect(within(cards()[0]!).getByTestId('donation-status').textContent).toBe('Paiement échoué');
  });

  it('stops a monthly donation once confirmed', async () => {
    const user = userEvent.setup();
    const server = donorServer();
    renderDashboard([
      viewerMock(),
      settingsMock(),
      myDonationsMock(server),
      {
        request: {
          query: FUNDING_CANCEL_MONTHLY_DONATION_MUTATION,
          variables: { input: { id: 'donation-2' } },
        },
        result: () => {
          const cancelled = { ...server.donations[1]!, status: 'CANCELLED' as const };
          server.donations[1] = cancelled;
          return { data: { cancelMonthlyDonation: cancelled } };
        },
      },
    ]);

    const monthly = await screen.findByRole('article', { name: 'Fonds commun' });
    const stop = within(monthly).getByRole('button', { name: 'Arrêter le don mensuel' });
    await user.click(stop);
    // Changing one's mind gives the focus back.
    await user.click(within(monthly).getByRole('button', { name: 'Non, continuer' }));
    expect(document.activeElement).toBe(
      within(monthly).getByRole('button', { name: 'Arrêter le don mensuel' }),
    );

    await user.click(within(monthly).getByRole('button', { name: 'Arrêter le don mensuel' }));
    const confirm = within(monthly).getByRole('group', { name: "Confirmer l'arrêt du don mensuel" });
    expect(
      within(confirm).getByText('Arrêter ce don mensuel ? Aucun nouveau prélèvement ne sera fait.'),
    ).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Oui, arrêter' }));

    expect((await within(monthly).findByTestId('donation-stopped')).textContent).toBe(
      'Don mensuel arrêté : plus aucun prélèvement.',
    );
    expect(within(monthly).getByTestId('donation-status').textContent).toBe('Arrêté');
    expect(within(monthly).queryByRole('button', { name: 'Arrêter le don mensuel' })).toBeNull();
  });

  it('invites to give when there is nothing yet', async () => {
    renderDashboard([viewerMock(), settingsMock(), myDonationsMock({ donations: [] })]);

    expect(await screen.findByText("Vous n'avez pas encore fait de don.")).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Soutenir une initiative' }).getAttribute('href')).toBe(
      '/initiatives',
    );
    expect(screen.getByRole('link', { name: 'Donner au fonds commun' }).getAttribute('href')).toBe('/donner');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { captureDownloads, downloadedCsv } from '../../../testing/downloads';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { transparencyMock } from '../testing/fundingFixtures';
import { plain } from '../testing/text';
import { TransparencyPage } from './TransparencyPage';

function cells(row: HTMLElement): string[] {
  return Array.from(row.querySelectorAll('th, td'), (cell) => plain(cell));
}

describe('TransparencyPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the totals, each initiative and sponsor, the formula, the rounds and the months', async () => {
    renderWithProviders(<TransparencyPage />, { route: '/transparence', mocks: [transparencyMock()] });

    expect(screen.getByRole('heading', { level: 1, name: 'Transparence du fonds' })).toBeTruthy();
    const totals = await screen.findByRole('region', { name: 'Les totaux' });
    expect(plain(within(totals).getByTestId('total-raised'))).toBe(
      'Dons reçus (nets des remboursements)1 300,50 €',
    );
    expect(plain(within(totals).getByTestId('total-refunded'))).toBe('Remboursé aux donateurs5,00 €');
    expect(plain(within(totals).getByTestId('total-matched'))).toBe('Abondé par les mécènes500,00 €');
    expect(plain(within(totals).getByTestId('total-pool'))).toBe('Reçu par le fonds commun299,50 €');
    expect(plain(within(totals).getByTestId('total-paidOut'))).toBe('Versé aux associations1 000,00 €');

    const initiatives = within(screen.getByRole('region', { name: 'Par initiative' })).getByRole('table', {
      name: 'Financement de chaque initiative',
    });
    const [, initiativeRow] = within(initiatives).getAllByRole('row');
    expect(cells(initiativeRow!)).toEqual([
      'Cours de français au 18e',
      'Accueil solidaire 18e',
      '4 000,00 €',
      '1 200,50 €',
      '500,00 €',
      '299,50 €',
      '0,00 €',
      '1 000,00 €',
      '12',
    ]);

    const sponsors = within(screen.getByRole('region', { name: 'Par mécène' })).getByRole('table');
    expect(cells(within(sponsors).getAllByRole('row')[1]!)).toEqual([
      'Fondation Entraide',
      '2 000,00 €',
      '500,00 €',
    ]);

    const shared = screen.getByRole('region', { name: 'Comment le fonds est partagé' });
    expect(
      within(shared).getByText(/on prend la racine carrée de la contribution de chaque donateur/),
    ).toBeTruthy();
    expect(within(shared).getByTestId('formula-expression').textContent).toBe(
      'abondement brut = (√c₁ + √c₂ + … + √cₙ)² − (c₁ + c₂ + … + cₙ)',
    );
    expect(within(shared).getByText(/beaucoup de petits dons pèsent plus qu'un seul gros don/)).toBeTruthy();
    expect(
      within(shared).getByText(
        'Les dons au fonds commun sont répartis entre les initiatives approuvées en proportion de ce dont chacune a encore besoin.',
      ),
    ).toBeTruthy();

    const round = within(shared).getByRole('region', { name: 'Tour n° 1' });
    expect(plain(round)).toContain('Publié lelundi 30 novembre 2026');
    expect(plain(round)).toContain("Dons pris en comptejusqu'au lundi 30 novembre 2026");
    expect(plain(round)).toContain('Abondement distribué500,00 €');
    expect(plain(round)).toContain('Fonds commun distribué299,50 €');
    expect(plain(round)).toContain('Part maximale par initiative50 %');
    const roundTable = within(round).getByRole('table', { name: 'Répartition du tour n° 1 par initiative' });
    expect(
      within(roundTable)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Initiative',
      'Donateurs',
      'Contributions',
      'Σ √c',
      'Abondement brut',
      'Abondement',
      'Fonds commun',
    ]);
    expect(cells(within(roundTable).getAllByRole('row')[1]!)).toEqual([
      'Cours de français au 18e',
      '12',
      '1 200,50 €',
      '1 180,5',
      '12 735,30 €',
      '500,00 €',
      '299,50 €',
    ]);

    const months = screen.getByRole('region', { name: 'Mois par mois' });
    const chart = within(months).getByRole('img', { name: /^Dons, abondements et versements par mois/ });
    expect(chart.querySelector('desc')?.textContent).toContain('(octobre 2026 – novembre 2026)');
    expect(chart.querySelectorAll('rect title')).toHaveLength(6);
    const monthsTable = within(months).getByRole('table', { name: 'Montants par mois' });
    expect(cells(within(monthsTable).getAllByRole('row')[2]!)).toEqual([
      'novembre 2026',
      '1 200,50 €',
      '500,00 €',
      '1 000,00 €',
    ]);
  });

  it('exports each table as CSV, with the amounts in euros as the table shows them', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderWithProviders(<TransparencyPage />, { route: '/transparence', mocks: [transparencyMock()] });

    const region = await screen.findByRole('region', { name: 'Par initiative' });
    await user.click(
      within(region).getByRole('button', { name: 'Exporter en CSV : Financement de chaque initiative' }),
    );

    const { filename, lines } = await downloadedCsv(downloads);
    expect(filename).toMatch(/^transparence-initiatives-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines.map((line) => line.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Initiative,Association,Budget,Dons,Abondement,Fonds commun,Mécènes,Versé,Donateurs',
      'Cours de français au 18e,Accueil solidaire 18e,"4 000,00 €","1 200,50 €","500,00 €","299,50 €","0,00 €","1 000,00 €",12',
    ]);
    expect(screen.getByRole('button', { name: 'Exporter en CSV : Montants par mois' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Exporter en CSV : Répartition du tour n° 1 par initiative' }),
    ).toBeTruthy();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { frenchLessons, initiativesMock, winterRoof } from '../testing/fundingFixtures';
import { plain } from '../testing/text';
import { InitiativesPage } from './InitiativesPage';

describe('InitiativesPage', () => {
  it('lists the approved initiatives as cards and offers the common fund', async () => {
    renderWithProviders(<InitiativesPage />, {
      route: '/initiatives',
      mocks: [viewerMock(null), initiativesMock([frenchLessons(), winterRoof()])],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Soutenir une initiative' })).toBeTruthy();
    const common = screen.getByRole('region', { name: 'Donner au fonds commun' });
    expect(within(common).getByRole('link', { name: 'Donner au fonds commun' }).getAttribute('href')).toBe(
      '/donner',
    );

    expect((await screen.findByTestId('initiatives-count')).textContent).toBe('2 initiatives');
    const lessons = screen.getByRole('article', { name: 'Cours de français au 18e' });
    expect(within(lessons).getByRole('link', { name: 'Cours de français au 18e' }).getAttribute('href')).toBe(
      '/initiatives/initiative-1',
    );
    expect(within(lessons).getByTestId('initiative-carried-by').textContent).toBe(
      'Portée par Accueil solidaire 18e',
    );
    expect(within(lessons).getByText('Langue française')).toBeTruthy();
    const bar = within(lessons).getByRole('progressbar', {
      name: 'Financement de « Cours de français au 18e »',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(plain(within(lessons).getByTestId('funding-percent'))).toBe('50 % du budget financé');
    expect(plain(within(lessons).getByText(/^Budget/))).toBe('Budget : 4 000,00 €');
    expect(plain(within(lessons).getByTestId('funding-raised'))).toBe('Dons reçus1 200,50 €');
    expect(plain(within(lessons).getByTestId('funding-matched'))).toBe('Abondement des mécènes500,00 €');
    expect(plain(within(lessons).getByTestId('funding-pool'))).toBe('Fonds commun299,50 €');
    expect(within(lessons).getByTestId('initiative-donors').textContent).toBe('12 donateurs');
    expect(within(lessons).getByTestId('initiative-deadline').textContent).toBe("Dons jusqu'au 31 mars 2027");

    const roof = screen.getByRole('article', { name: "Un toit pour l'hiver" });
    expect(within(roof).getByTestId('initiative-carried-by').textContent).toBe(
      'Portée par le collectif Voisins du 19e, avec Accueil solidaire 18e',
    );
    expect(within(roof).getByTestId('initiative-districts').textContent).toBe(
      'Où : 18e arrondissement – Buttes-Montmartre, 19e arrondissement – Buttes-Chaumont',
    );
    expect(within(roof).getByTestId('initiative-donors').textContent).toBe('1 donateur');
  });

  it('filters by arrondissement and kind', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InitiativesPage />, {
      route: '/initiatives',
      mocks: [
        viewerMock(null),
        initiativesMock([frenchLessons(), winterRoof()]),
        initiativesMock([frenchLessons({ kind: 'HEALTH' })], { kind: 'HEALTH' }),
      ],
    });
    await screen.findByRole('article', { name: 'Cours de français au 18e' });

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Arrondissement' }),
      '19e arrondissement – Buttes-Chaumont',
    );
    expect(await screen.findByText('1 initiative')).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Cours de français au 18e' })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: "Type d'initiative" }), 'Santé');
    expect(await screen.findByText('Aucune initiative ne correspond à ces filtres.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeTruthy();
  });
});

import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';

import { catalogueMock, districtMock, districtNotFoundMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { DistrictPage } from './DistrictPage';

function renderDistrict(route: string, mocks = [districtMock(), catalogueMock('FR')]) {
  return renderWithProviders(
    <Routes>
      <Route path="/arrondissements/:code" element={<DistrictPage />} />
    </Routes>,
    { mocks, route },
  );
}

describe('DistrictPage', () => {
  it('shows the arrondissement and its collection point', async () => {
    renderDistrict('/arrondissements/75018');

    expect(
      await screen.findByRole('heading', { level: 1, name: '18e arrondissement – Buttes-Montmartre' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Mairie du 18e arrondissement' })).toBeTruthy();
    expect(screen.getByText('1 place Jules-Joffrin, 75018 Paris')).toBeTruthy();
  });

  it('lists the opening hours by weekday', async () => {
    renderDistrict('/arrondissements/75018');

    const table = await screen.findByRole('table', { name: "Horaires d'ouverture" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Lundi08:30 – 17:00',
      'Mardi08:30 – 17:00',
      'Mercredi08:30 – 17:00',
      'Jeudi08:30 – 19:30',
      'Vendredi08:30 – 17:00',
      'Samedi09:00 – 12:30',
      'DimancheFermé',
    ]);
  });

  it('links to the neighbouring arrondissements', async () => {
    renderDistrict('/arrondissements/75018');

    const nav = await screen.findByRole('navigation', { name: 'Arrondissements voisins' });
    const link = within(nav).getByRole('link', { name: '9e arrondissement – Opéra' });
    expect(link.getAttribute('href')).toBe('/arrondissements/75009');
    expect(within(nav).getAllByRole('link')).toHaveLength(2);
  });

  it('shows the priority items with their priority and variants', async () => {
    renderDistrict('/arrondissements/75018');

    const catalogue = await screen.findByRole('region', { name: 'Objets prioritaires' });
    expect(await within(catalogue).findByRole('heading', { name: 'Chaussettes' })).toBeTruthy();
    expect(within(catalogue).getByText('Priorité haute')).toBeTruthy();
    expect(within(catalogue).getByText('Homme 43-46')).toBeTruthy();
    expect(within(catalogue).getByRole('heading', { name: 'Sacs de couchage' })).toBeTruthy();
    expect(within(catalogue).getByText('Priorité moyenne')).toBeTruthy();
  });

  it('says so when the arrondissement does not exist', async () => {
    renderDistrict('/arrondissements/75099', [districtNotFoundMock('75099')]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Arrondissement introuvable' })).toBeTruthy();
    expect(screen.getByText(/« 75099 » n'est pas le code postal d'un arrondissement de Paris/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir la carte des arrondissements' }).getAttribute('href')).toBe(
      '/',
    );
  });
});

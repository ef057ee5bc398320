import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderWithProviders } from '../../../testing/renderWithProviders';
import { StockSnapshotExport } from './StockSnapshotExport';

describe('StockSnapshotExport', () => {
  it('links to the stock of all of Paris, or of one arrondissement', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StockSnapshotExport />);

    const link = screen.getByRole('link', { name: "Télécharger l'état du stock (CSV)" });
    expect(link.getAttribute('href')).toBe('/exports/stock-snapshot.csv');
    expect(link.hasAttribute('download')).toBe(true);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Arrondissement' }),
      '18e arrondissement – Buttes-Montmartre',
    );

    expect(link.getAttribute('href')).toBe('/exports/stock-snapshot.csv?districtCode=75018');
  });
});

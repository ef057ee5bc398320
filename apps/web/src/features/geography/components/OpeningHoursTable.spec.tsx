import { screen, within } from '@testing-library/react';

import { renderWithProviders } from '../../../testing/renderWithProviders';
import { OpeningHoursTable, weekdayName } from './OpeningHoursTable';

describe('OpeningHoursTable', () => {
  it('names ISO weekdays in the given locale', () => {
    expect(weekdayName(1, 'fr-FR')).toBe('Lundi');
    expect(weekdayName(7, 'fr-FR')).toBe('Dimanche');
    expect(weekdayName(3, 'en-GB')).toBe('Wednesday');
  });

  it('joins several periods of a day, in order, and marks days without any as closed', () => {
    renderWithProviders(
      <OpeningHoursTable
        caption="Hours"
        slots={[
          { weekday: 2, opensAt: '14:00:00', closesAt: '18:00:00' },
          { weekday: 2, opensAt: '09:00:00', closesAt: '12:00:00' },
        ]}
      />,
      { language: 'en' },
    );

    const rows = within(screen.getByRole('table', { name: 'Hours' })).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(rows[1].textContent).toBe('MondayClosed');
    expect(rows[2].textContent).toBe('Tuesday09:00 – 12:00, 14:00 – 18:00');
  });
});

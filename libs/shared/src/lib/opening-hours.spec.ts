import { formatOpeningHours, OpeningSlot } from './opening-hours';

const slot = (weekday: number, opensAt: string, closesAt: string): OpeningSlot => ({
  weekday,
  opensAt,
  closesAt,
});

describe('formatOpeningHours', () => {
  it('groups days with the same hours and writes consecutive days as ranges', () => {
    const townHall = [
      slot(1, '08:30:00', '17:00:00'),
      slot(2, '08:30:00', '17:00:00'),
      slot(3, '08:30:00', '17:00:00'),
      slot(4, '08:30:00', '19:30:00'),
      slot(5, '08:30:00', '17:00:00'),
      slot(6, '09:00:00', '12:30:00'),
    ];
    expect(formatOpeningHours(townHall)).toBe('Mo-We,Fr 08:30-17:00; Th 08:30-19:30; Sa 09:00-12:30');
  });

  it('writes two consecutive days with a comma and keeps several ranges in a day in order', () => {
    const slots = [
      slot(7, '14:00', '18:00'),
      slot(6, '14:00', '18:00'),
      slot(6, '09:00', '12:00'),
      slot(7, '09:00', '12:00'),
    ];
    expect(formatOpeningHours(slots)).toBe('Sa,Su 09:00-12:00,14:00-18:00');
  });

  it('is empty when the point has no opening hours', () => {
    expect(formatOpeningHours([])).toBe('');
  });
});

import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes separators, quotes and line breaks, and neutralises formulas', () => {
    const csv = toCsv(
      [
        { name: 'Chaussettes, homme', note: 'dit "neuf"\nligne 2', quantity: -3 },
        { name: '=HYPERLINK("x")', note: null, quantity: 0 },
      ],
      [
        ['name', (row) => row.name],
        ['note', (row) => row.note],
        ['quantity', (row) => row.quantity],
      ],
    );
    expect(csv).toBe(
      'name,note,quantity\r\n' +
        '"Chaussettes, homme","dit ""neuf""\nligne 2",-3\r\n' +
        `"'=HYPERLINK(""x"")",,0\r\n`,
    );
  });

  it('writes dates in ISO 8601', () => {
    expect(toCsv([{ at: new Date('2026-11-27T10:00:00Z') }], [['at', (row) => row.at]])).toBe(
      'at\r\n2026-11-27T10:00:00.000Z\r\n',
    );
  });
});

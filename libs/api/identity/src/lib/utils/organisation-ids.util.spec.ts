import { compactIdentifier, isRna, isSiret } from './organisation-ids.util';

describe('organisation identifiers', () => {
  it('recognises RNA numbers', () => {
    expect(isRna('W751234567')).toBe(true);
    expect(isRna('W75123456')).toBe(false);
    expect(isRna('X751234567')).toBe(false);
  });

  it('checks the Luhn checksum of a SIRET', () => {
    expect(isSiret('73282932000074')).toBe(true);
    expect(isSiret('73282932000075')).toBe(false);
    expect(isSiret('7328293200007')).toBe(false);
    expect(isSiret('7328293200007A')).toBe(false);
  });

  it('removes the spaces and dots people type', () => {
    expect(compactIdentifier('732 829 320 00074')).toBe('73282932000074');
    expect(compactIdentifier('w75.123.4567')).toBe('W751234567');
  });
});

import districts from '../reference-data/paris-districts.json';
import { districtNumber, DISTRICT_CODES, isDistrictCode } from './districts';

describe('district codes', () => {
  it('lists the postal codes of the reference data, in order', () => {
    expect(DISTRICT_CODES).toEqual(districts.map((district) => district.code));
  });

  it('recognises only Paris arrondissement postal codes', () => {
    expect(isDistrictCode('75018')).toBe(true);
    expect(isDistrictCode('75021')).toBe(false);
    expect(isDistrictCode('75116')).toBe(false);
    expect(isDistrictCode('7501')).toBe(false);
  });

  it('gives the arrondissement number of a code', () => {
    expect(districtNumber('75001')).toBe(1);
    expect(districtNumber('75020')).toBe(20);
  });
});

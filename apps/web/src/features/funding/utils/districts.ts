import { useCallback } from 'react';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import { useDistrictName } from '../../items/utils/format';

/**
 * The arrondissement of a code, postal ("75018", as the rest of the app and the association's form send) or INSEE
 * ("75118", as the schema's example for initiatives says), or undefined: initiatives may carry either.
 */
function recordOf(code: string) {
  return districtRecords.find((record) => record.code === code || record.insee === code);
}

/** The postal code ("75018") of an arrondissement given by its postal or INSEE code, or the code itself. */
export function postalCode(code: string): string {
  return recordOf(code)?.code ?? code;
}

/** True when one of `codes` (postal or INSEE) is the arrondissement with this postal code. */
export function inDistrict(codes: readonly string[], postal: string): boolean {
  return codes.some((code) => postalCode(code) === postal);
}

/** True for the postal code of an arrondissement. */
export function isPostalDistrictCode(value: string): boolean {
  return districtRecords.some((record) => record.code === value);
}

/** "18e arrondissement – Buttes-Montmartre" for a postal or INSEE code; the code itself when unknown. */
export function useFundingDistrictName(): (code: string) => string {
  const districtName = useDistrictName();
  return useCallback(
    (code: string) => {
      const record = recordOf(code);
      return record ? districtName(record.code) : code;
    },
    [districtName],
  );
}

/** The arrondissements of an initiative, in order, as one line. */
export function useDistrictsLine(): (codes: readonly string[]) => string {
  const name = useFundingDistrictName();
  return useCallback(
    (codes: readonly string[]) =>
      [...codes]
        .sort((a, b) => (recordOf(a)?.number ?? 99) - (recordOf(b)?.number ?? 99))
        .map(name)
        .join(', '),
    [name],
  );
}

/** Postal codes of the 20 arrondissements, 75001 to 75020. */
export const DISTRICT_CODES: readonly string[] = Array.from(
  { length: 20 },
  (_, index) => `750${String(index + 1).padStart(2, '0')}`,
);

export function isDistrictCode(value: string): boolean {
  return DISTRICT_CODES.includes(value);
}

/** "75018" → 18. */
export function districtNumber(code: string): number {
  return Number(code.slice(3));
}

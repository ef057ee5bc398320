/** Répertoire national des associations number: "W" and 9 digits. */
export function isRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

/** SIRET: 14 digits whose Luhn checksum is valid. */
export function isSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(value[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Spaces and dots people type in identifiers, removed; letters upper-cased. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.]/g, '').toUpperCase();
}

import { BadUserInputException, requireLanguageCode } from '@entraide/api-core';

/** A whole number from `min` to `max`; `what` names the field in the message. */
export function requireWholeNumber(value: number, what: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadUserInputException(`${what} must be a whole number from ${min} to ${max}.`);
  return value;
}

/** ISO 639 codes, lower-cased, without repeats; at most 12. */
export function requireLanguages(languages: string[]): string[] {
  const codes = [...new Set(languages.map(requireLanguageCode))];
  if (codes.length > 12) throw new BadUserInputException('At most 12 languages.');
  return codes;
}

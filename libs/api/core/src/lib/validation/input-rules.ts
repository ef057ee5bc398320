import { BadUserInputException } from '../errors/domain.exception';
import { isCalendarDay } from '@entraide/shared';

/** A whole number of units from 1 to `max`; `what` names the field in the message. */
export function requireQuantity(quantity: number, what = 'The quantity', max = 100_000): number {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    throw new BadUserInputException(`${what} must be a whole number from 1 to ${max}.`);
  }
  return quantity;
}

/**
 * The number of characters of `text` as PostgreSQL's char_length counts them (code points), which the
 * columns' length checks use; JavaScript's `length` counts an emoji or a rare ideogram twice.
 */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** Trimmed text of 1 to `max` characters (or null when optional and blank). */
export function requireText(text: string | null | undefined, what: string, max: number): string;
export function requireText(
  text: string | null | undefined,
  what: string,
  max: number,
  optional: true,
): string | null;
export function requireText(
  text: string | null | undefined,
  what: string,
  max: number,
  optional = false,
): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length === 0) {
    if (optional) return null;
    throw new BadUserInputException(`${what} is required.`);
  }
  if (characterCount(trimmed) > max)
    throw new BadUserInputException(`${what} must have at most ${max} characters.`);
  return trimmed;
}

/** Today in Paris, YYYY-MM-DD: deadlines and "today's drop-offs" are Paris days. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** A real calendar day as YYYY-MM-DD (see isCalendarDay), not before today (Paris) when `notPast`. */
export function requireDay(value: string, what: string, notPast = false): string {
  if (!isCalendarDay(value)) throw new BadUserInputException(`${what} must be a date written YYYY-MM-DD.`);
  if (notPast && value < parisToday()) throw new BadUserInputException(`${what} cannot be in the past.`);
  return value;
}

/** An ISO 639 language code ("fr", "ti", "prs"), lower-cased. */
export function requireLanguageCode(code: string): string {
  const normalised = code.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(normalised))
    throw new BadUserInputException(`Unknown language code "${code}" (use ISO codes such as "fr", "ti").`);
  return normalised;
}

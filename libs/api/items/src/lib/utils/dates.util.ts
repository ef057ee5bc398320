import { BadUserInputException } from '@entraide/api-core';
import { isCalendarDay } from '@entraide/shared';

/** Today in Paris, YYYY-MM-DD: deadlines and "today's drop-offs" are Paris days. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** A real calendar day as YYYY-MM-DD, not before today (Paris) when `notPast`. */
export function requireDay(value: string, what: string, notPast = false): string {
  if (!isCalendarDay(value)) throw new BadUserInputException(`${what} must be a date written YYYY-MM-DD.`);
  if (notPast && value < parisToday()) throw new BadUserInputException(`${what} cannot be in the past.`);
  return value;
}

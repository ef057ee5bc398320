import { BadUserInputException } from '@entraide/api-core';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Paris, YYYY-MM-DD: deadlines and "today's drop-offs" are Paris days. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** A real calendar day as YYYY-MM-DD, not before today (Paris) when `notPast`. */
export function requireDay(value: string, what: string, notPast = false): string {
  const parsed = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new BadUserInputException(`${what} must be a date written YYYY-MM-DD.`);
  }
  if (notPast && value < parisToday()) throw new BadUserInputException(`${what} cannot be in the past.`);
  return value;
}

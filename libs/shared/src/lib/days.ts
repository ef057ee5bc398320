const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a value is a real calendar day written YYYY-MM-DD (2027-02-29 is not). Years start at 1: JavaScript
 * reads 0000-01-01, PostgreSQL refuses it (there is no year 0).
 */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value) || value < '0001-01-01') return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a real calendar day written YYYY-MM-DD (2027-02-29 is not). */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Dates and times as the desk shows them: always Paris time, whatever the phone's time zone. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** "YYYY-MM-DD" of an instant in Paris. */
export function parisDay(instant: Date): string {
  // The Canadian English locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PARIS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The default export period: from the first day of the current month to today, in Paris. */
export function monthToDate(now: Date): { from: string; to: string } {
  const today = parisDay(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** "10:30" in Paris, in the interface locale. */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: PARIS_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "12 déc., 10:30" in Paris, in the interface locale. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: PARIS_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "12 déc." for a YYYY-MM-DD day, in the interface locale. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

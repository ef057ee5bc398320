export interface OpeningSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "08:30" */
  opensAt: string;
  closesAt: string;
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/**
 * Opening hours in the OpenStreetMap `opening_hours` syntax, e.g. "Mo-We,Fr 08:30-17:00; Th 08:30-19:30":
 * days with the same hours are grouped, consecutive days become ranges.
 */
export function formatOpeningHours(slots: readonly OpeningSlot[]): string {
  const hoursByDay = new Map<number, string[]>();
  for (const slot of [...slots].sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))) {
    const ranges = hoursByDay.get(slot.weekday) ?? [];
    ranges.push(`${hhmm(slot.opensAt)}-${hhmm(slot.closesAt)}`);
    hoursByDay.set(slot.weekday, ranges);
  }
  const daysByHours = new Map<string, number[]>();
  for (const [day, ranges] of hoursByDay) {
    const key = ranges.join(',');
    daysByHours.set(key, [...(daysByHours.get(key) ?? []), day]);
  }
  return [...daysByHours].map(([hours, days]) => `${dayRanges(days)} ${hours}`).join('; ');
}

function hhmm(time: string): string {
  return time.slice(0, 5);
}

function dayRanges(days: number[]): string {
  const parts: string[] = [];
  let start = days[0];
  for (let i = 1; i <= days.length; i++) {
    if (days[i] !== days[i - 1] + 1) {
      const end = days[i - 1];
      parts.push(
        end === start
          ? DAYS[start - 1]
          : `${DAYS[start - 1]}${end === start + 1 ? ',' : '-'}${DAYS[end - 1]}`,
      );
      start = days[i];
    }
  }
  return parts.join(',');
}

import type { NeedUrgency } from '../../../gql/graphql';

export const URGENCIES: readonly NeedUrgency[] = ['CRITICAL', 'HIGH', 'NORMAL'];

export function isUrgency(value: string): value is NeedUrgency {
  return (URGENCIES as readonly string[]).includes(value);
}

/** The API accepts at most this many units in one need. */
export const MAX_NEED_QUANTITY = 100_000;

/** The API keeps notes of at most this many characters. */
export const MAX_NOTE_LENGTH = 1000;

/** A deadline typed as YYYY-MM-DD (what date inputs give), or the key of what is wrong with it. */
export function deadlineProblem(value: string, today: string): string | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())) {
    return 'deadlineInvalid';
  }
  return value < today ? 'deadlinePast' : undefined;
}

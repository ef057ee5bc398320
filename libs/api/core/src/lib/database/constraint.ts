import { QueryFailedError } from 'typeorm';

/** Whether a query failed on the named constraint (a CHECK, a unique index…). */
export function isConstraint(error: unknown, constraint: string): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string }).constraint === constraint
  );
}

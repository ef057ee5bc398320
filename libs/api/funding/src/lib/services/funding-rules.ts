import { BadUserInputException, ForbiddenException } from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';

/** Donation limits, in cents. */
export const DONATION_MINIMUM_CENTS = 200;
export const DONATION_MAXIMUM_CENTS = 1_000_000;
/** French income-tax reduction for gifts to organisations of general interest: 66 % (art. 200 CGI). */
export const TAX_REDUCTION_BPS = 6600;

export function taxReductionCents(netCents: number): number {
  return Math.floor((netCents * TAX_REDUCTION_BPS) / 10_000);
}

export function formatEuros(cents: number, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function receiptNumber(sequence: string | number, paidAt: Date): string {
  return `ENT-${paidAt.getUTCFullYear()}-${String(sequence).padStart(6, '0')}`;
}

/** A whole number of cents within bounds; the message speaks euros. */
export function requireCents(cents: number, what: string, min: number, max: number): number {
  if (!Number.isSafeInteger(cents) || cents < min || cents > max)
    throw new BadUserInputException(
      `${what} must be a whole number of cents from ${formatEuros(min, 'en-GB')} to ${formatEuros(max, 'en-GB')}.`,
    );
  return cents;
}

export async function requireCoordinator(access: AccessService, userId: string): Promise<void> {
  if (!(await access.isCoordinator(userId)))
    throw new ForbiddenException('Only City coordinators may do this.');
}

import { BadUserInputException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { EntityManager } from 'typeorm';

/** A whole number of units from 1 to `max`; `what` names the field in the message. */
export function requireQuantity(quantity: number, what = 'The quantity', max = 100_000): number {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    throw new BadUserInputException(`${what} must be a whole number from 1 to ${max}.`);
  }
  return quantity;
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
  if (trimmed.length > max) throw new BadUserInputException(`${what} must have at most ${max} characters.`);
  return trimmed;
}

/** BAD_USER_INPUT unless every id is a catalogue variant. */
export async function requireVariants(manager: EntityManager, variantIds: string[]): Promise<void> {
  const ids = [...new Set(variantIds)];
  const valid = ids.filter(isUuid);
  const found: { id: string }[] = valid.length
    ? await manager.query(`SELECT id FROM catalogue_variant WHERE id = ANY($1::uuid[])`, [valid])
    : [];
  if (found.length !== ids.length) {
    throw new BadUserInputException('Unknown item variant: choose one from the catalogue.');
  }
}

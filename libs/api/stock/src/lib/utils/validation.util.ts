import { BadUserInputException } from '@entraide/api-core';
import { isUuid } from '@entraide/shared';
import { EntityManager } from 'typeorm';

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

import type { DonationStatus, InitiativeKind } from '../../../gql/graphql';

/** The kinds of initiatives, in the order the filter and the partners' forms offer them ("Autre" last). */
export const INITIATIVE_KINDS: readonly InitiativeKind[] = [
  'WELCOME',
  'HOUSING',
  'LANGUAGE',
  'EDUCATION',
  'EMPLOYMENT',
  'HEALTH',
  'SPORT_CULTURE',
  'OTHER',
];

export function isInitiativeKind(value: string): value is InitiativeKind {
  return (INITIATIVE_KINDS as readonly string[]).includes(value);
}

/** The colour of a donation's status badge (its text always says it too). */
export const STATUS_COLOURS: Record<DonationStatus, string> = {
  PENDING: 'yellow.9',
  PAID: 'teal.9',
  ACTIVE: 'teal.9',
  FAILED: 'red.9',
  CANCELLED: 'gray.7',
  REFUNDED: 'grape.9',
};

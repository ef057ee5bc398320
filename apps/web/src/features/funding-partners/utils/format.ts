import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import type {
  ContactRequestStatus,
  DonationFrequency,
  InitiativeKind,
  InitiativeStatus,
} from '../../../gql/graphql';
import { useDistrictName } from '../../items/utils/format';

/** The API keeps at most this many characters of a reason (refusing an initiative, declining a contact). */
export const MAX_REASON_LENGTH = 1000;

/**
 * The arrondissements as the funding API names them: the postal codes (75001–75020) the rest of the app and the
 * organisations use.
 */
export const DISTRICT_CODES: readonly string[] = districtRecords.map((record) => record.code);

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
export const INITIATIVE_STATUS_COLORS: Record<InitiativeStatus, string> = {
  SUBMITTED: 'yellow.9',
  APPROVED: 'teal.9',
  REJECTED: 'red.9',
  CLOSED: 'gray.8',
};

export const CONTACT_STATUS_COLORS: Record<ContactRequestStatus, string> = {
  REQUESTED: 'yellow.9',
  ACCEPTED: 'teal.9',
  DECLINED: 'red.9',
};

/** Labels of kinds, statuses, frequencies and arrondissements in the interface language. */
export function useFundingLabels() {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const kind = useCallback((value: InitiativeKind) => t(`fundingPartners.kinds.${value}`), [t]);
  const status = useCallback((value: InitiativeStatus) => t(`fundingPartners.status.${value}`), [t]);
  const contactStatus = useCallback(
    (value: ContactRequestStatus) => t(`fundingPartners.contactStatus.${value}`),
    [t],
  );
  const frequency = useCallback((value: DonationFrequency) => t(`fundingPartners.frequency.${value}`), [t]);
  const districts = useCallback(
    (codes: readonly string[]) =>
      codes.length === 0 ? t('fundingPartners.allDistricts') : codes.map(districtName).join(', '),
    [t, districtName],
  );
  const kinds = useCallback(
    (values: readonly InitiativeKind[]) =>
      values.length === 0 ? t('fundingPartners.allKinds') : values.map(kind).join(', '),
    [t, kind],
  );
  return { kind, status, contactStatus, frequency, districtName, districts, kinds };
}

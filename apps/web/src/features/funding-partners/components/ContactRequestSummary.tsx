import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FundingPartnersContactRequestFieldsFragment } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { CONTACT_STATUS_COLORS, useFundingLabels } from '../utils/format';

export interface ContactRequestSummaryProps {
  request: Pick<
    FundingPartnersContactRequestFieldsFragment,
    'status' | 'createdAt' | 'message' | 'declineReason'
  >;
  /** Who or what the request is about, from the reader's side (the sponsor, or the initiative). */
  heading: string;
  headingId?: string;
  /** The other side's email, shown once the request is accepted, after `emailLabel`. */
  email: string | null | undefined;
  emailLabel: string;
}

/**
 * A sponsor's request to meet an initiative's team, as either side reads it: its status, when it was sent, the
 * message, the other side's email once accepted, and the reason of a refusal.
 */
export function ContactRequestSummary({
  request,
  heading,
  headingId,
  email,
  emailLabel,
}: ContactRequestSummaryProps) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const format = useParisFormat();
  return (
    <>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {heading}
        </Text>
        <Badge color={CONTACT_STATUS_COLORS[request.status]} variant="filled">
          {labels.contactStatus(request.status)}
        </Badge>
      </Group>
      <Text size="sm" c="gray.7">
        {t('fundingPartners.contacts.sentOn', { date: format.shortDate(request.createdAt) })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {request.message}
      </Text>
      {request.status === 'ACCEPTED' && email ? (
        <Text size="sm">
          {emailLabel} <Anchor href={`mailto:${email}`}>{email}</Anchor>
        </Text>
      ) : null}
      {request.status === 'DECLINED' && request.declineReason ? (
        <Text size="sm">
          {t('fundingPartners.contacts.declineReason', { reason: request.declineReason })}
        </Text>
      ) : null}
    </>
  );
}

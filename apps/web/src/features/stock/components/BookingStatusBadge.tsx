import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DropOffStatus } from '../../../gql/graphql';

// Dark shades keep white text above the WCAG AA contrast ratio; the word says the status, not the colour.
const COLORS: Record<DropOffStatus, string> = { BOOKED: 'blue.9', RECEIVED: 'teal.9', CANCELLED: 'gray.8' };

export function BookingStatusBadge({ status }: { status: DropOffStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="filled" data-status={status}>
      {t(`stock.bookingStatus.${status}`)}
    </Badge>
  );
}

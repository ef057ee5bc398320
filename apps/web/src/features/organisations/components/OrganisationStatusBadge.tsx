import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { OrganisationStatus } from '../../../gql/graphql';

const COLORS: Record<OrganisationStatus, string> = {
  PENDING: 'yellow.4',
  VERIFIED: 'teal.9',
  REJECTED: 'red.9',
};

/** Pending, verified or rejected, in words (never by colour alone). */
export function OrganisationStatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return (
    // autoContrast: dark text on the light yellow of "pending", white on the others.
    <Badge color={COLORS[status]} variant="filled" autoContrast data-testid="organisation-status">
      {t(`organisations.status.${status}`)}
    </Badge>
  );
}

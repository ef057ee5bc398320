import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { NeedUrgency } from '../../../gql/graphql';

// Dark shades keep white text above the WCAG AA contrast ratio (as the catalogue's priority badges).
const COLORS: Record<NeedUrgency, string> = { CRITICAL: 'red.9', HIGH: '#b8400d', NORMAL: 'blue.9' };

/** How soon the association needs the items, in words (never by colour alone). */
export function UrgencyBadge({ urgency }: { urgency: NeedUrgency }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[urgency]} variant="filled" data-urgency={urgency} data-testid="need-urgency">
      {t(`items.urgency.badge.${urgency}`)}
    </Badge>
  );
}

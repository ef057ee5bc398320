import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PriorityLevel } from '../../../gql/graphql';

// Dark shades keep white text above the WCAG AA contrast ratio (Mantine orange.9 falls just short).
const COLORS: Record<PriorityLevel, string> = { HIGH: 'red.9', MEDIUM: '#b8400d', LOW: 'teal.9' };

export function PriorityBadge({ priority }: { priority: PriorityLevel }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[priority]} variant="filled" data-priority={priority}>
      {t(`catalogue.priority.${priority}`)}
    </Badge>
  );
}

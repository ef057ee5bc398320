import { Badge, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { MissionFieldsFragment } from '../../../gql/graphql';

/**
 * "Restreinte": a mission with children or vulnerable people, which the association vets volunteers for. The
 * explanation shows on hover, focus and touch, and is the badge's description for assistive technologies.
 */
export function RestrictedBadge() {
  const { t } = useTranslation();
  const helpId = useId();
  return (
    <>
      <Tooltip
        label={t('missions.restrictedHelp')}
        multiline
        w={280}
        withArrow
        events={{ hover: true, focus: true, touch: true }}
      >
        <Badge
          color="violet.9"
          variant="filled"
          tabIndex={0}
          aria-describedby={helpId}
          data-testid="restricted-badge"
        >
          {t('missions.restricted')}
        </Badge>
      </Tooltip>
      <VisuallyHidden id={helpId}>{t('missions.restrictedHelp')}</VisuallyHidden>
    </>
  );
}

/** The kind of mission, and whether it is restricted or open to the solidarity reserve or civic service. */
export function MissionBadges({
  mission,
}: {
  mission: Pick<MissionFieldsFragment, 'kind' | 'restricted' | 'forSolidarityReserve' | 'forCivicService'>;
}) {
  const { t } = useTranslation();
  // Dark shades keep the text above the WCAG AA contrast ratio.
  return (
    <Group gap={6} wrap="wrap">
      <Badge color="blue.9" variant="outline" data-testid="mission-kind">
        {t(`missions.kinds.${mission.kind}`)}
      </Badge>
      {mission.restricted ? <RestrictedBadge /> : null}
      {mission.forSolidarityReserve ? (
        <Badge color="teal.9" variant="filled">
          {t('missions.solidarityReserve')}
        </Badge>
      ) : null}
      {mission.forCivicService ? (
        <Badge color="grape.9" variant="filled">
          {t('missions.civicService')}
        </Badge>
      ) : null}
    </Group>
  );
}

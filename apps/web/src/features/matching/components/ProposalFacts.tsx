import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ProposalFieldsFragment } from '../../../gql/graphql';
import { useDistrictName } from '../../items/utils/format';
import { useMatchingFormat } from '../utils/format';

type Score = ProposalFieldsFragment['score'];

const URGENCIES = ['CRITICAL', 'HIGH', 'NORMAL'];

/** "Chaussettes – Homme 43-46": an item and one of its variants. */
export function proposalItemName(proposal: Pick<ProposalFieldsFragment, 'item' | 'variant'>): string {
  return `${proposal.item.name} – ${proposal.variant.label}`;
}

/** "12 unités : 8 en rayon, 4 attendues de dépôts réservés" (or all on the shelf, or all expected). */
export function useQuantityLine(): (
  proposal: Pick<ProposalFieldsFragment, 'quantity' | 'fromStock'>,
) => string {
  const { t } = useTranslation();
  return ({ quantity, fromStock }) => {
    if (fromStock >= quantity) return t('matching.quantity.allOnShelf', { count: quantity });
    if (fromStock <= 0) return t('matching.quantity.allExpected', { count: quantity });
    return t('matching.quantity.mixed', {
      units: t('matching.quantity.units', { count: quantity }),
      onShelf: fromStock,
      expected: t('matching.quantity.expected', { count: quantity - fromStock }),
    });
  };
}

/**
 * Why the engine proposed this, in plain words: "Critique · valeur 20 par unité · 2,3 km · marge 18,85", then how
 * the value per unit was reached (urgency, near deadline, waiting time) and the transport cost.
 */
export function ScoreExplanation({ score }: { score: Score }) {
  const { t } = useTranslation();
  const format = useMatchingFormat();
  const urgency = URGENCIES.includes(score.urgency) ? t(`matching.urgency.${score.urgency}`) : score.urgency;
  const parts = [t('matching.score.urgencyPart', { amount: format.amount(score.urgencyValue) })];
  if (score.deadlineBonus > 0 && score.daysToDeadline !== null) {
    const amount = format.amount(score.deadlineBonus);
    parts.push(
      score.daysToDeadline < 0
        ? t('matching.score.deadlinePassed', { amount })
        : score.daysToDeadline === 0
          ? t('matching.score.deadlineToday', { amount })
          : t('matching.score.deadlineSoon', { amount, count: score.daysToDeadline }),
    );
  }
  if (score.waitingBonus > 0) {
    parts.push(
      t('matching.score.waiting', { amount: format.amount(score.waitingBonus), count: score.waitingDays }),
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} data-testid="proposal-score">
        {t('matching.score.summary', {
          urgency,
          value: format.amount(score.value),
          distance: format.km(score.distanceKm),
          margin: format.amount(score.margin),
        })}
      </Text>
      <Text size="sm" c="gray.7">
        {t('matching.score.detail', { parts: parts.join(' + '), cost: format.amount(score.transportCost) })}
      </Text>
    </Stack>
  );
}

/** The need's arrondissement: "Livraison : 18e arrondissement – Buttes-Montmartre". */
export function DeliveryDistrict({ code }: { code: string }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return <Text size="sm">{t('matching.district', { district: districtName(code) })}</Text>;
}

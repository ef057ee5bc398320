import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { OfferFieldsFragment, OfferStatus } from '../../../gql/graphql';
import { useParisFormat } from '../utils/format';
import { itemLabel } from './NeedCard';

type TraceStep = OfferFieldsFragment['trace'][number];

const STATUS_COLORS: Record<OfferStatus, string> = {
  OFFERED: 'blue.9',
  RECEIVED: 'teal.9',
  WITHDRAWN: 'gray.8',
};

/** One step of a gift's trace as a sentence: "Reçu au point de collecte Mairie du 18e le 27/11/2026". */
export function useTraceSentence(): (step: TraceStep) => string {
  const { t } = useTranslation();
  const format = useParisFormat();
  return (step: TraceStep) => {
    const values = {
      date: step.at ? format.shortDate(step.at) : '',
      point: step.collectionPointName ?? t('items.trace.somePoint'),
      organisation: step.organisationName ?? t('items.trace.someOrganisation'),
    };
    const sentence = t(`items.trace.steps.${step.kind}`, {
      ...values,
      context: step.at ? undefined : 'undated',
    });
    return step.reason ? `${sentence}${t('items.trace.reason', { reason: step.reason })}` : sentence;
  };
}

/** What became of one gift, step by step, as an ordered list of sentences. */
export function GiftTrace({ offer }: { offer: OfferFieldsFragment }) {
  const { t } = useTranslation();
  const sentence = useTraceSentence();
  const titleId = useId();
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="gift">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={titleId}>
            {t('items.offerLine', { count: offer.quantity, label: itemLabel(offer) })}
          </Title>
          <Badge color={STATUS_COLORS[offer.status]} variant="filled">
            {t(`items.offerStatus.${offer.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="gray.7">
          {[
            t(`items.conditions.${offer.condition}`),
            offer.needOrganisationName
              ? t('items.gifts.forNeed', { name: offer.needOrganisationName })
              : t('items.gifts.general'),
          ].join(' · ')}
        </Text>
        <List
          type="ordered"
          size="sm"
          spacing={4}
          aria-label={t('items.gifts.traceLabel', { label: itemLabel(offer) })}
          data-testid="gift-trace"
        >
          {offer.trace.map((step, index) => (
            <List.Item key={`${step.kind}-${index}`} data-kind={step.kind}>
              <span data-testid="trace-step">{sentence(step)}</span>{' '}
              <Text span size="xs" c="gray.7">
                {t('items.trace.units', { count: step.quantity })}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

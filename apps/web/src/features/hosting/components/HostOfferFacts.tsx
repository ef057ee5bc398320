import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import type { HostOfferFieldsFragment } from '../../../gql/graphql';
import { useDistrictName, useParisFormat } from '../../items/utils/format';
import { useLanguageName } from '../utils/format';

type Offer = HostOfferFieldsFragment;

/** "Chambre privée · 1 lit · 18e arrondissement – Buttes-Montmartre", leaving out what the draft lacks. */
export function useOfferHeadline(): (offer: Offer) => string {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (offer) =>
    [
      offer.roomKind ? t(`hosting.roomKinds.${offer.roomKind}`) : t('hosting.offers.untitled'),
      offer.beds ? t('hosting.offers.beds', { count: offer.beds }) : null,
      offer.districtCode ? districtName(offer.districtCode) : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

/** "Du 1 décembre 2026 au 31 mai 2027" or "À partir du 1 décembre 2026". */
export function useAvailabilityLine(): (from: string, until: string | null | undefined) => string {
  const { t } = useTranslation();
  const format = useParisFormat();
  return (from, until) =>
    until
      ? t('hosting.offers.availableBetween', { from: format.day(from), until: format.day(until) })
      : t('hosting.offers.availableFrom', { from: format.day(from) });
}

/** The answers of the form so far, as a description list (the recap before sending). */
export function HostOfferFacts({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const headline = useOfferHeadline();
  const availability = useAvailabilityLine();
  const languageName = useLanguageName();
  const yes = (value: boolean) => (value ? t('hosting.facts.yes') : t('hosting.facts.no'));
  const facts: [string, string | null][] = [
    [t('hosting.facts.lodging'), headline(offer)],
    [t('hosting.fields.address'), offer.address],
    [
      t('hosting.facts.availability'),
      offer.availableFrom ? availability(offer.availableFrom, offer.availableUntil) : null,
    ],
    [
      t('hosting.facts.stay'),
      offer.minStayDays && offer.maxStayDays
        ? t('hosting.offers.stayDays', { min: offer.minStayDays, count: offer.maxStayDays })
        : null,
    ],
    [
      t('hosting.facts.household'),
      offer.householdAdults !== null && offer.householdChildren !== null
        ? t('hosting.offers.people', {
            adults: t('hosting.offers.adults', { count: offer.householdAdults }),
            children: t('hosting.offers.children', { count: offer.householdChildren }),
          })
        : null,
    ],
    [t('hosting.fields.languages'), offer.languages.map(languageName).join(', ') || null],
    [t('hosting.fields.acceptsChildren'), yes(offer.acceptsChildren)],
    [t('hosting.fields.hasPets'), yes(offer.hasPets)],
    [t('hosting.fields.smoking'), yes(offer.smoking)],
    [t('hosting.fields.stepFree'), yes(offer.stepFree)],
    [t('hosting.fields.houseRules'), offer.houseRules],
    [t('hosting.fields.offersMeals'), yes(offer.offersMeals)],
    [t('hosting.fields.offersFrenchHelp'), yes(offer.offersFrenchHelp)],
    [t('hosting.fields.otherSupport'), offer.otherSupport],
  ];
  return (
    <dl style={{ margin: 0 }}>
      {facts
        .filter((fact): fact is [string, string] => Boolean(fact[1]))
        .map(([term, value]) => (
          <Fragment key={term}>
            <Text component="dt" size="sm" fw={600}>
              {term}
            </Text>
            <Text component="dd" size="sm" ms={0} mb="xs" style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </Fragment>
        ))}
    </dl>
  );
}

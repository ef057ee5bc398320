import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type {
  HouseholdSummaryFieldsFragment,
  OrganisationContactFieldsFragment,
  RoomKind,
} from '../../../gql/graphql';
import { useDistrictName, useParisFormat } from '../../items/utils/format';
import { useAgeBandsLine, useLanguageName } from '../utils/format';

/** "Foyer de 3 personnes" */
export function useHouseholdTitle(): (household: HouseholdSummaryFieldsFragment) => string {
  const { t } = useTranslation();
  return (household) => t('hosting.household.title', { count: household.size });
}

/** An association (or operator): its name, then its e-mail and phone as links. */
export function OrganisationContact({
  label,
  contact,
}: {
  /** "Association référente", "Opérateur"… */
  label: string;
  contact: OrganisationContactFieldsFragment;
}) {
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          {label}
        </Text>{' '}
        {contact.name}
      </Text>
      <Group gap="md" wrap="wrap">
        <Anchor href={`mailto:${contact.contactEmail}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {contact.contactEmail}
        </Anchor>
        {contact.contactPhone ? (
          <Anchor href={`tel:${contact.contactPhone.replace(/\s/g, '')}`} size="sm">
            {contact.contactPhone}
          </Anchor>
        ) : null}
      </Group>
    </Stack>
  );
}

/** What a host is told of a household: ages, languages, from when and for how long. */
export function HouseholdFacts({ household }: { household: HouseholdSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const ages = useAgeBandsLine();
  const languageName = useLanguageName();
  const lines = [
    t('hosting.household.ages', { ages: ages(household.ageBands) }),
    household.languages.length
      ? t('hosting.household.languages', { languages: household.languages.map(languageName).join(', ') })
      : null,
    t('hosting.household.neededFrom', { day: format.day(household.neededFrom) }),
    t('hosting.household.desiredDays', { count: household.desiredDays }),
  ];
  return (
    <Stack gap={2}>
      {lines.filter(Boolean).map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

/** "Chambre privée · 18e arrondissement – Buttes-Montmartre" */
export function useHomeLine(): (home: { roomKind: RoomKind; districtCode: string }) => string {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (home) => `${t(`hosting.roomKinds.${home.roomKind}`)} · ${districtName(home.districtCode)}`;
}

/** "Pour votre logement : Chambre privée · 18e arrondissement – Buttes-Montmartre" */
export function ForHome({ home }: { home: { roomKind: RoomKind; districtCode: string } }) {
  const { t } = useTranslation();
  const homeLine = useHomeLine();
  return (
    <Text size="sm" c="gray.7">
      {t('hosting.forHome', { home: homeLine(home) })}
    </Text>
  );
}

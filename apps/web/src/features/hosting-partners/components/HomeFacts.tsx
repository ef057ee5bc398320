import { Anchor, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type {
  PartnerHostingProposalFieldsFragment,
  PartnerHostSummaryFieldsFragment,
  RoomKind,
} from '../../../gql/graphql';
import { useDistrictName } from '../../items/utils/format';
import { useHostingFormat, useLanguageName } from '../utils/format';
import { type Fact, Facts } from '../../../components/Facts';

/** What both a verified home (HostSummary) and an offer to verify (HostOffer) tell of the home. */
export interface HomeDetails {
  districtCode?: string | null;
  roomKind?: RoomKind | null;
  beds?: number | null;
  householdAdults?: number | null;
  householdChildren?: number | null;
  languages: readonly string[];
  availableFrom?: string | null;
  availableUntil?: string | null;
  minStayDays?: number | null;
  maxStayDays?: number | null;
  acceptsChildren?: boolean;
  hasPets: boolean;
  smoking: boolean;
  stepFree: boolean;
  offersMeals: boolean;
  offersFrenchHelp: boolean;
  otherSupport?: string | null;
  houseRules?: string | null;
}

/** The host's name and email (a link), once they may be shown. */
export function PersonLine({ person }: { person: { displayName: string; email: string } }) {
  return (
    <>
      {person.displayName} –{' '}
      <Anchor href={`mailto:${person.email}`} inherit>
        {person.email}
      </Anchor>
    </>
  );
}

/** The facts of a home, in words: kind and beds, where, the host's household, languages, dates, life there. */
export function useHomeFacts(): (home: HomeDetails) => Fact[] {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const districtName = useDistrictName();
  const languageName = useLanguageName();
  return (home) => {
    const facts: Fact[] = [];
    if (home.roomKind || home.beds != null) {
      const parts = [
        home.roomKind ? t(`hostingPartners.roomKind.${home.roomKind}`) : null,
        home.beds != null ? t('hostingPartners.home.beds', { count: home.beds }) : null,
      ].filter(Boolean);
      facts.push({ label: t('hostingPartners.home.room'), value: parts.join(', '), testId: 'home-room' });
    }
    if (home.districtCode) {
      facts.push({
        label: t('hostingPartners.home.district'),
        value: districtName(home.districtCode),
        testId: 'home-district',
      });
    }
    if (home.householdAdults != null || home.householdChildren != null) {
      facts.push({
        label: t('hostingPartners.home.hostHousehold'),
        value: t('hostingPartners.home.hostHouseholdValue', {
          adults: t('hostingPartners.home.adults', { count: home.householdAdults ?? 0 }),
          children: t('hostingPartners.home.children', { count: home.householdChildren ?? 0 }),
        }),
      });
    }
    facts.push({
      label: t('hostingPartners.home.languages'),
      value:
        home.languages.length > 0
          ? home.languages.map(languageName).join(', ')
          : t('hostingPartners.households.noLanguage'),
      testId: 'home-languages',
    });
    if (home.availableFrom) {
      facts.push({
        label: t('hostingPartners.home.availability'),
        value: home.availableUntil
          ? t('hostingPartners.home.availableBetween', {
              from: format.day(home.availableFrom),
              until: format.day(home.availableUntil),
            })
          : t('hostingPartners.home.availableFrom', { from: format.day(home.availableFrom) }),
        testId: 'home-availability',
      });
    }
    if (home.maxStayDays != null) {
      facts.push({
        label: t('hostingPartners.home.stayLength'),
        value:
          home.minStayDays != null
            ? t('hostingPartners.home.stayBetween', { min: home.minStayDays, max: home.maxStayDays })
            : t('hostingPartners.home.stayAtMost', { count: home.maxStayDays }),
      });
    }
    const life = [
      home.hasPets ? t('hostingPartners.home.pets') : t('hostingPartners.home.noPets'),
      home.smoking ? t('hostingPartners.home.smoking') : t('hostingPartners.home.noSmoking'),
      home.stepFree ? t('hostingPartners.home.stepFree') : t('hostingPartners.home.notStepFree'),
    ];
    if (home.acceptsChildren !== undefined) {
      life.push(
        home.acceptsChildren
          ? t('hostingPartners.home.acceptsChildren')
          : t('hostingPartners.home.noChildren'),
      );
    }
    facts.push({ label: t('hostingPartners.home.life'), value: life.join(' · '), testId: 'home-life' });
    const support = [
      home.offersMeals ? t('hostingPartners.home.meals') : null,
      home.offersFrenchHelp ? t('hostingPartners.home.frenchHelp') : null,
      home.otherSupport || null,
    ].filter(Boolean);
    facts.push({
      label: t('hostingPartners.home.support'),
      value: support.length > 0 ? support.join(' · ') : t('hostingPartners.home.noSupport'),
      testId: 'home-support',
    });
    if (home.houseRules) facts.push({ label: t('hostingPartners.home.houseRules'), value: home.houseRules });
    return facts;
  };
}

/** A verified home: its facts, and its host and address once the host accepted. */
export function HomeSummary({ home }: { home: PartnerHostSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const homeFacts = useHomeFacts();
  return (
    <Facts
      facts={[
        home.host && {
          label: t('hostingPartners.home.host'),
          value: <PersonLine person={home.host} />,
          testId: 'home-host',
        },
        home.address && {
          label: t('hostingPartners.home.address'),
          value: home.address,
          testId: 'home-address',
        },
        ...homeFacts(home),
      ]}
    />
  );
}

type Score = PartnerHostingProposalFieldsFragment['score'];

const PARTS = ['languages', 'district', 'duration'] as const;

/** Why this home for this household: the score, and how well languages, arrondissement and duration fit. */
export function ScoreBreakdown({ score }: { score: Score }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  return (
    <Stack gap={6} data-testid="proposal-score">
      <Text size="sm" fw={600}>
        {t('hostingPartners.score.total', { percent: format.percent(score.score) })}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing={6} m={0}>
        {PARTS.map((part) => {
          const ratio = Math.min(Math.max(score[part], 0), 1);
          const percent = format.percent(ratio);
          return (
            <div key={part} data-testid={`score-${part}`}>
              <Text component="dt" size="xs" c="gray.7" fw={600}>
                {t(`hostingPartners.score.${part}`)}
              </Text>
              <Text component="dd" m={0} size="sm">
                {percent}
                <Progress.Root size="sm" radius="sm" bg="gray.3" mt={4} aria-hidden="true">
                  <Progress.Section value={Math.round(ratio * 100)} color="blue.9" />
                </Progress.Root>
              </Text>
            </div>
          );
        })}
      </SimpleGrid>
      <Text size="sm" data-testid="score-days">
        {t('hostingPartners.score.availableDays', { count: score.availableDays })}
      </Text>
      {score.urgent ? (
        <Text size="sm" c="red.9" fw={600}>
          {t('hostingPartners.score.urgent')}
        </Text>
      ) : null}
    </Stack>
  );
}

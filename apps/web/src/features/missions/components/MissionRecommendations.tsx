import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { MISSION_RECOMMENDATIONS_QUERY } from '../graphql/missionsOperations';
import { useReasonLine } from '../utils/format';
import { isProfileMissing } from '../utils/missionsErrors';
import { MissionCard } from './MissionCard';

/** How many recommendations the search page shows. */
export const RECOMMENDATIONS_COUNT = 5;

/**
 * "Recommandées pour vous": the missions that suit the signed-in volunteer's profile best, each with why in one
 * line; or, without a profile, the way to fill it in.
 */
export function MissionRecommendations() {
  const { t } = useTranslation();
  const reasonLine = useReasonLine();
  const { data, previousData, loading, error } = useQuery(MISSION_RECOMMENDATIONS_QUERY, {
    variables: { first: RECOMMENDATIONS_COUNT },
    // The profile may have changed since the last visit.
    fetchPolicy: 'cache-and-network',
  });
  const noProfile = isProfileMissing(error);
  const recommendations =
    data?.missionRecommendations ?? (error ? previousData?.missionRecommendations : undefined);

  return (
    <section aria-labelledby="mission-recommendations-heading">
      <Title order={2} size="h3" id="mission-recommendations-heading" mb="xs">
        {t('missions.recommendations.title')}
      </Title>
      {noProfile ? (
        <Anchor component={Link} to="/benevolat" fw={600}>
          {t('missions.recommendations.completeProfile')}
        </Anchor>
      ) : (
        <Stack gap="md">
          <Text c="gray.7">
            {t('missions.recommendations.intro')}{' '}
            <Anchor component={Link} to="/benevolat" underline="always">
              {t('missions.recommendations.editProfile')}
            </Anchor>
          </Text>
          {recommendations ? (
            recommendations.length === 0 ? (
              <Text>{t('missions.recommendations.empty')}</Text>
            ) : (
              <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {recommendations.map((recommendation) => (
                  <li key={recommendation.mission.id}>
                    <MissionCard
                      mission={recommendation.mission}
                      reason={reasonLine(recommendation.reasons)}
                    />
                  </li>
                ))}
              </Stack>
            )
          ) : null}
          {!recommendations || error ? <QueryStatus loading={loading} error={error} /> : null}
        </Stack>
      )}
    </section>
  );
}

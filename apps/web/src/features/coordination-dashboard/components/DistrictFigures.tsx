import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDashboardFormat } from '../utils/format';
import { DISTRICT_METRICS, type DashboardDistrict, type DistrictMetric } from '../utils/metrics';

/** A figure of an arrondissement as text: donations in euros, the others as counts. */
export function useMetricText(): (metric: DistrictMetric, district: DashboardDistrict) => string {
  const format = useDashboardFormat();
  return (metric, district) =>
    metric === 'donationsCents' ? format.euros(district.donationsCents) : format.integer(district[metric]);
}

/** Every figure of one arrondissement, as a list of terms and values (two columns on phones). */
export function DistrictFigures({ district, label }: { district: DashboardDistrict; label: string }) {
  const { t } = useTranslation();
  const metricText = useMetricText();
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" m={0} aria-label={label}>
      {DISTRICT_METRICS.map((metric) => (
        <Paper key={metric} withBorder p="sm" data-testid={`district-figure-${metric}`}>
          <Text component="dt" size="sm" c="gray.7" fw={600}>
            {t(`dashboard.metrics.${metric}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {metricText(metric, district)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

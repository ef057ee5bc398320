import { Paper, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { districtNumber } from '@entraide/shared';

import { useOrdinal } from '../../../i18n/useOrdinal';
import { useDashboardFormat } from '../utils/format';
import type { DashboardAlert } from '../utils/metrics';

/** A left border per kind, dark enough against white (3:1 at least); the sentence carries the meaning. */
const KIND_COLORS: Record<DashboardAlert['kind'], string> = {
  CRITICAL_NEED_UNMET: 'var(--mantine-color-red-9)',
  POINT_OUT_OF_NEEDED_ITEM: 'var(--mantine-color-orange-9)',
  STAY_WITHOUT_CHECK_IN: 'var(--mantine-color-violet-9)',
  PROPOSALS_UNANSWERED: 'var(--mantine-color-blue-9)',
};

/**
 * An alert as one sentence in the interface language, composed from its kind and fields (the item in English
 * when the interface is), with its arrondissement first ("18e : …") when it has one and `withDistrict` is set.
 */
export function useAlertSentence(): (alert: DashboardAlert, withDistrict: boolean) => string {
  const { t, i18n } = useTranslation();
  const ordinal = useOrdinal();
  const format = useDashboardFormat();
  const english = i18n.resolvedLanguage === 'en';
  return useCallback(
    (alert: DashboardAlert, withDistrict: boolean) => {
      const unknown = t('dashboard.alerts.unknown');
      const values = {
        date: format.date(alert.since),
        item: (english ? (alert.itemEn ?? alert.itemFr) : (alert.itemFr ?? alert.itemEn)) ?? unknown,
        organisation: alert.organisationName ?? unknown,
        point: alert.collectionPointName ?? unknown,
        count: alert.count ?? 0,
      };
      const sentence = t(`dashboard.alerts.${alert.kind}`, values);
      return withDistrict && alert.districtCode
        ? t('dashboard.alerts.inDistrict', {
            district: ordinal(districtNumber(alert.districtCode)),
            sentence,
          })
        : sentence;
    },
    [t, ordinal, format, english],
  );
}

/** The alerts, oldest first as the API gives them, each one sentence. */
export function AlertList({
  alerts,
  withDistrict,
}: {
  alerts: readonly DashboardAlert[];
  withDistrict: boolean;
}) {
  const { t } = useTranslation();
  const sentence = useAlertSentence();
  if (alerts.length === 0) return <Text>{t('dashboard.alerts.empty')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {alerts.map((alert, index) => (
        <Paper
          component="li"
          key={`${alert.kind}-${alert.districtCode ?? ''}-${alert.organisationId ?? ''}-${alert.collectionPointId ?? ''}-${index}`}
          withBorder
          p="sm"
          style={{ borderInlineStart: `4px solid ${KIND_COLORS[alert.kind]}` }}
          data-testid="dashboard-alert"
          data-kind={alert.kind}
        >
          <Text>{sentence(alert, withDistrict)}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

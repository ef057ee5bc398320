import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonForm } from '../../../components/ReasonForm';
import type { HostingRequestStatus, PartnerHostingRequestFieldsFragment } from '../../../gql/graphql';
import { useDistrictName } from '../../items/utils/format';
import { PARTNER_CLOSE_HOSTING_REQUEST_MUTATION } from '../graphql/hostingPartnersOperations';
import { MAX_REASON_LENGTH, useAgeBandsLine, useHostingFormat, useLanguageName } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { Facts } from '../../../components/Facts';
import { HostingProblemAlert } from './HostingProblemAlert';
import { HouseholdForm } from './HouseholdForm';
import { type Notice, NoticeAlert } from './Notice';

type HostingRequest = PartnerHostingRequestFieldsFragment;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<HostingRequestStatus, string> = {
  OPEN: 'blue.9',
  HOSTED: 'teal.9',
  CLOSED: 'gray.8',
};

/** "Urgent": back in the pool after a stay ended early, proposed first. */
export function UrgentBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" title={t('hostingPartners.households.urgentHelp')}>
      {t('hostingPartners.households.urgent')}
    </Badge>
  );
}

/** A household's composition, durations and wished-for arrondissements in words, as its card says them. */
export function useHouseholdLines() {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const ageBandsLine = useAgeBandsLine();
  return {
    composition: (household: HostingRequest) =>
      t('hostingPartners.households.compositionValue', {
        count: household.householdSize,
        bands: ageBandsLine(household.ageBands),
      }),
    durations: (household: HostingRequest) =>
      t('hostingPartners.households.durationsValue', {
        minimum: household.minimumDays,
        desired: household.desiredDays,
      }),
    districts: (household: HostingRequest) =>
      household.preferredDistricts.length > 0
        ? household.preferredDistricts.map(districtName).join(', ')
        : t('hostingPartners.households.anyDistrict'),
  };
}

/** What the association recorded of a household, in words. */
export function HouseholdFacts({ household }: { household: HostingRequest }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const languageName = useLanguageName();
  const lines = useHouseholdLines();
  const constraints = [
    household.needsStepFree ? t('hostingPartners.households.needsStepFree') : null,
    household.cannotLiveWithPets ? t('hostingPartners.households.cannotLiveWithPets') : null,
  ].filter(Boolean);
  return (
    <Facts
      facts={[
        {
          label: t('hostingPartners.households.composition'),
          value: lines.composition(household),
          testId: 'household-composition',
        },
        {
          label: t('hostingPartners.households.languages'),
          value:
            household.languages.length > 0
              ? household.languages.map(languageName).join(', ')
              : t('hostingPartners.households.noLanguage'),
        },
        {
          label: t('hostingPartners.households.legalStatus'),
          value: t(`hostingPartners.legalStatus.${household.legalStatus}`),
        },
        {
          label: t('hostingPartners.households.neededFrom'),
          value: format.day(household.neededFrom),
        },
        {
          label: t('hostingPartners.households.durations'),
          value: lines.durations(household),
          testId: 'household-durations',
        },
        {
          label: t('hostingPartners.households.districts'),
          value: lines.districts(household),
          testId: 'household-districts',
        },
        constraints.length > 0 && {
          label: t('hostingPartners.households.constraints'),
          value: constraints.join(' · '),
        },
        household.needs && { label: t('hostingPartners.households.needs'), value: household.needs },
        household.status === 'CLOSED' &&
          household.closeReason && {
            label: t('hostingPartners.households.closeReason'),
            value: household.closeReason,
          },
      ]}
    />
  );
}

type Mode = 'view' | 'edit' | 'close';

/** One household the association refers: its facts; while waiting, change it or close it with a reason. */
export function HouseholdCard({ household }: { household: HostingRequest }) {
  const { t } = useTranslation();
  const titleId = useId();
  const editTitleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<Notice>();
  const [closeProblem, setCloseProblem] = useState<HostingProblem>();
  const [close, { loading: closing }] = useMutation(PARTNER_CLOSE_HOSTING_REQUEST_MUTATION);
  const open = household.status === 'OPEN';

  const handleClose = async (reason: string) => {
    setCloseProblem(undefined);
    try {
      await close({ variables: { input: { id: household.id, reason } } });
      setMode('view');
      setNotice({ done: t('hostingPartners.households.closed', { alias: household.alias }) });
    } catch (error: unknown) {
      setCloseProblem(hostingProblem(error));
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="household">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {household.alias}
          </Title>
          <Group gap="xs">
            {household.urgent ? <UrgentBadge /> : null}
            <Badge color={STATUS_COLORS[household.status]} variant="filled" data-testid="household-status">
              {t(`hostingPartners.requestStatus.${household.status}`)}
            </Badge>
          </Group>
        </Group>
        {household.urgent && open ? (
          <Text size="sm" c="red.9">
            {t('hostingPartners.households.urgentHelp')}
          </Text>
        ) : null}
        <HouseholdFacts household={household} />
        <NoticeAlert notice={notice} />
        {open && mode === 'view' ? (
          <Group gap="sm">
            <Button variant="outline" onClick={() => setMode('edit')}>
              {t('hostingPartners.households.edit')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setMode('close')}>
              {t('hostingPartners.households.close')}
            </Button>
          </Group>
        ) : null}
        {open && mode === 'edit' ? (
          <Paper withBorder p="md" bg="gray.0">
            <Text fw={600} id={editTitleId} mb="sm">
              {t('hostingPartners.households.editTitle', { alias: household.alias })}
            </Text>
            <HouseholdForm
              organisationId={household.organisationId}
              household={household}
              labelledBy={editTitleId}
              onCancel={() => setMode('view')}
              onDone={() => {
                setMode('view');
                setNotice({ done: t('hostingPartners.households.updated') });
              }}
            />
          </Paper>
        ) : null}
        {open && mode === 'close' ? (
          <ReasonForm
            label={t('hostingPartners.households.closeForm', { alias: household.alias })}
            reasonLabel={t('hostingPartners.households.closeReasonLabel')}
            reasonHelp={t('hostingPartners.households.closeReasonHelp')}
            maxLength={MAX_REASON_LENGTH}
            requiredMessage={t('hostingPartners.errors.reasonRequired')}
            submitLabel={t('hostingPartners.households.confirmClose')}
            cancelLabel={t('hostingPartners.reason.cancel')}
            loading={closing}
            problemAlert={<HostingProblemAlert problem={closeProblem} />}
            onSubmit={(reason) => void handleClose(reason)}
            onCancel={() => {
              setCloseProblem(undefined);
              setMode('view');
            }}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

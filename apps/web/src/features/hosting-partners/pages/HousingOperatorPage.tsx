import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { ReasonForm } from '../../../components/ReasonForm';
import type { OperatorRentalUnitFieldsFragment, RentalUnitStatus } from '../../../gql/graphql';
import { useDistrictName } from '../../items/utils/format';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { Facts } from '../../../components/Facts';
import { PersonLine } from '../components/HomeFacts';
import { HostingProblemAlert } from '../components/HostingProblemAlert';
import { type Notice, NoticeAlert } from '../components/Notice';
import {
  OPERATOR_DECLINE_RENTAL_UNIT_MUTATION,
  OPERATOR_MARK_RENTAL_UNIT_LET_MUTATION,
  OPERATOR_RENTAL_UNITS_QUERY,
  OPERATOR_TAKE_ON_RENTAL_UNIT_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { MAX_REASON_LENGTH, useHostingFormat } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';

type RentalUnit = OperatorRentalUnitFieldsFragment;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<RentalUnitStatus, string> = {
  AVAILABLE: 'blue.9',
  TAKEN_ON: 'teal.9',
  LET: 'gray.8',
  WITHDRAWN: 'gray.8',
};

interface UnitCardProps {
  unit: RentalUnit;
  organisationId: string;
  onNotice: (notice: Notice) => void;
}

/** One home: its facts; available, take it on or decline it; taken on by us, the owner and "let". */
function RentalUnitCard({ unit, organisationId, onNotice }: UnitCardProps) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const districtName = useDistrictName();
  const titleId = useId();
  const [declining, setDeclining] = useState(false);
  const [problem, setProblem] = useState<HostingProblem>();
  const [declineProblem, setDeclineProblem] = useState<HostingProblem>();
  const [takeOn, { loading: taking }] = useMutation(OPERATOR_TAKE_ON_RENTAL_UNIT_MUTATION);
  const [decline, { loading: declineLoading }] = useMutation(OPERATOR_DECLINE_RENTAL_UNIT_MUTATION, {
    refetchQueries: ['OperatorRentalUnits'],
  });
  const [markLet, { loading: marking }] = useMutation(OPERATOR_MARK_RENTAL_UNIT_LET_MUTATION);
  const ours = unit.operator?.id === organisationId;
  const district = districtName(unit.districtCode);
  const input = { organisationId, unitId: unit.id };

  const act = async (run: () => Promise<unknown>, done: string, onProblem = setProblem) => {
    setProblem(undefined);
    setDeclineProblem(undefined);
    try {
      await run();
      onNotice({ done });
    } catch (error: unknown) {
      const found = hostingProblem(error);
      if (found.stale) onNotice({ problem: found });
      else onProblem(found);
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="rental-unit">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {t('hostingPartners.operator.cardTitle', { surface: unit.surfaceM2, district })}
          </Title>
          <Badge color={STATUS_COLORS[unit.status]} variant="filled" data-testid="unit-status">
            {ours && unit.status === 'TAKEN_ON'
              ? t('hostingPartners.operator.takenOnByUs')
              : t(`hostingPartners.unitStatus.${unit.status}`)}
          </Badge>
        </Group>
        <Facts
          facts={[
            { label: t('hostingPartners.home.address'), value: unit.address, testId: 'unit-address' },
            { label: t('hostingPartners.home.district'), value: district },
            {
              label: t('hostingPartners.operator.size'),
              value: t('hostingPartners.operator.sizeValue', {
                surface: unit.surfaceM2,
                rooms: t('hostingPartners.operator.rooms', { count: unit.rooms }),
              }),
              testId: 'unit-size',
            },
            { label: t('hostingPartners.operator.availableFrom'), value: format.day(unit.availableFrom) },
            unit.description && { label: t('hostingPartners.operator.description'), value: unit.description },
            ours &&
              unit.owner && {
                label: t('hostingPartners.operator.owner'),
                value: <PersonLine person={unit.owner} />,
                testId: 'unit-owner',
              },
            !ours &&
              unit.operator &&
              unit.status !== 'AVAILABLE' && {
                label: t('hostingPartners.operator.operator'),
                value: unit.operator.name,
              },
          ]}
        />
        <HostingProblemAlert problem={problem} />
        {unit.status === 'AVAILABLE' && !declining ? (
          <Group gap="sm">
            <Button
              loading={taking}
              onClick={() =>
                void act(
                  () => takeOn({ variables: { input } }),
                  t('hostingPartners.operator.takenOn', { address: unit.address }),
                )
              }
            >
              {t('hostingPartners.operator.takeOn')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setDeclining(true)}>
              {t('hostingPartners.operator.decline')}
            </Button>
          </Group>
        ) : null}
        {unit.status === 'AVAILABLE' && declining ? (
          <ReasonForm
            label={t('hostingPartners.operator.declineForm', { address: unit.address })}
            reasonLabel={t('hostingPartners.reason.label')}
            reasonHelp={t('hostingPartners.operator.declineHelp')}
            maxLength={MAX_REASON_LENGTH}
            requiredMessage={t('hostingPartners.errors.reasonRequired')}
            submitLabel={t('hostingPartners.operator.confirmDecline')}
            cancelLabel={t('hostingPartners.reason.cancel')}
            loading={declineLoading}
            problemAlert={<HostingProblemAlert problem={declineProblem} />}
            onSubmit={(reason) =>
              void act(
                () => decline({ variables: { input: { ...input, reason } } }),
                t('hostingPartners.operator.declined', { address: unit.address }),
                setDeclineProblem,
              )
            }
            onCancel={() => {
              setDeclineProblem(undefined);
              setDeclining(false);
            }}
          />
        ) : null}
        {unit.status === 'TAKEN_ON' && ours ? (
          <Group gap="sm">
            <Button
              color="teal.9"
              loading={marking}
              onClick={() =>
                void act(
                  () => markLet({ variables: { input } }),
                  t('hostingPartners.operator.markedLet', { address: unit.address }),
                )
              }
            >
              {t('hostingPartners.operator.markLet')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function UnitList(props: { units: readonly RentalUnit[] } & Omit<UnitCardProps, 'unit'>) {
  const { units, ...rest } = props;
  return (
    <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {units.map((unit) => (
        <li key={unit.id}>
          <RentalUnitCard unit={unit} {...rest} />
        </li>
      ))}
    </Stack>
  );
}

/** The homes in the operator's arrondissements: available ones, those it took on, and the others. */
function OperatorUnits({ organisation }: { organisation: Membership['organisation'] }) {
  const { t } = useTranslation();
  const query = useQuery(OPERATOR_RENTAL_UNITS_QUERY, {
    variables: { organisationId: organisation.id },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const [notice, setNotice] = useState<Notice>();
  const units = query.data?.operatorRentalUnits ?? query.previousData?.operatorRentalUnits;
  const byDate = (a: RentalUnit, b: RentalUnit) =>
    a.availableFrom.localeCompare(b.availableFrom) || a.createdAt.localeCompare(b.createdAt);
  const available = (units ?? []).filter((unit) => unit.status === 'AVAILABLE').sort(byDate);
  const ours = (units ?? [])
    .filter((unit) => unit.status !== 'AVAILABLE' && unit.operator?.id === organisation.id)
    .sort(byDate);
  const others = (units ?? [])
    .filter((unit) => unit.status !== 'AVAILABLE' && unit.operator?.id !== organisation.id)
    .sort(byDate);
  const common = { organisationId: organisation.id, onNotice: (next: Notice) => handleNotice(next) };

  function handleNotice(next: Notice) {
    setNotice(next);
    if ('problem' in next) void query.refetch().catch(() => undefined);
    document.getElementById('units-heading')?.focus();
  }

  return (
    <section aria-labelledby="units-heading">
      <Title order={2} size="h3" id="units-heading" tabIndex={-1} mb="xs">
        {t('hostingPartners.operator.listTitle')}
      </Title>
      <Stack gap="lg">
        <NoticeAlert notice={notice} />
        {units ? (
          <>
            <section aria-labelledby="units-available-heading">
              <Title order={3} size="h4" id="units-available-heading" mb="xs">
                {t('hostingPartners.operator.availableTitle')}
              </Title>
              {available.length === 0 ? (
                <Text>{t('hostingPartners.operator.noneAvailable')}</Text>
              ) : (
                <UnitList units={available} {...common} />
              )}
            </section>
            <section aria-labelledby="units-ours-heading">
              <Title order={3} size="h4" id="units-ours-heading" mb="xs">
                {t('hostingPartners.operator.oursTitle')}
              </Title>
              {ours.length === 0 ? (
                <Text>{t('hostingPartners.operator.noneOurs')}</Text>
              ) : (
                <UnitList units={ours} {...common} />
              )}
            </section>
            {others.length > 0 ? (
              <section aria-labelledby="units-others-heading">
                <Title order={3} size="h4" id="units-others-heading" mb="xs">
                  {t('hostingPartners.operator.othersTitle')}
                </Title>
                <UnitList units={others} {...common} />
              </section>
            ) : null}
          </>
        ) : null}
        {!units || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </Stack>
    </section>
  );
}

/** `/organisations/:id/louez-solidaire`: homes owners offer to approved housing operators, for its members. */
export function HousingOperatorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fallbackTitle = t('hostingPartners.operator.fallbackTitle');
  return (
    <RequireMembership
      organisationId={id}
      title={fallbackTitle}
      notMine={t('hostingPartners.page.notMine')}
      backToList={t('hostingPartners.page.myOrganisations')}
    >
      {(membership) => {
        const { organisation } = membership;
        const title = t('hostingPartners.operator.title', { name: organisation.name });
        return (
          <Stack gap="lg">
            <title>{t('app.pageTitle', { title })}</title>
            <Stack gap="xs">
              <Anchor component={Link} to={`/organisations/${organisation.id}`} size="sm">
                ← {organisation.name}
              </Anchor>
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Title>
              <Text c="gray.7">{t('hostingPartners.operator.intro')}</Text>
            </Stack>
            {organisation.kind !== 'HOUSING_OPERATOR' ? (
              <Alert color="yellow.9" variant="outline" role="status">
                <Text c="gray.9">{t('hostingPartners.operator.operatorsOnly')}</Text>
              </Alert>
            ) : (
              <>
                {organisation.status !== 'VERIFIED' ? (
                  <Alert color="yellow.9" variant="outline">
                    <Text c="gray.9">{t('hostingPartners.operator.notVerifiedYet')}</Text>
                  </Alert>
                ) : null}
                <OperatorUnits organisation={organisation} />
              </>
            )}
          </Stack>
        );
      }}
    </RequireMembership>
  );
}

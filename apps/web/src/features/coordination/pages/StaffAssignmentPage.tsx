import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { CollectionPointStaffQuery, StaffCollectionPointsQuery } from '../../../gql/graphql';
import { useOrdinal } from '../../../i18n/useOrdinal';
import type { CsvColumn } from '../../../utils/csv';
import classes from '../../identity/components/IdentityForm.module.css';
import { validateEmail } from '../../identity/utils/credentials';
import { StockSnapshotExport } from '../../stock/components/StockSnapshotExport';
import { CoordinationProblemAlert } from '../components/CoordinationProblemAlert';
import { CoordinatorOnly, NotAllowed } from '../components/CoordinatorOnly';
import {
  ASSIGN_STAFF_MUTATION,
  COLLECTION_POINT_STAFF_QUERY,
  STAFF_COLLECTION_POINTS_QUERY,
  UNASSIGN_STAFF_MUTATION,
} from '../graphql/coordinationOperations';
import { type CoordinationProblem, coordinationProblem, isForbidden } from '../utils/coordinationErrors';

type CollectionPoint = StaffCollectionPointsQuery['collectionPoints'][number];
type StaffMember = CollectionPointStaffQuery['collectionPointStaff'][number];

/** The staff of one collection point: the list, "remove" buttons and the form to assign someone by email. */
function PointStaff({ point }: { point: CollectionPoint }) {
  const { t } = useTranslation();
  const staff = useQuery(COLLECTION_POINT_STAFF_QUERY, {
    variables: { collectionPointId: point.id },
    fetchPolicy: 'network-only',
  });
  const [assign, { loading: assigning }] = useMutation(ASSIGN_STAFF_MUTATION);
  const [unassign] = useMutation(UNASSIGN_STAFF_MUTATION);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [problem, setProblem] = useState<CoordinationProblem>();
  const [done, setDone] = useState<string>();
  const [removingId, setRemovingId] = useState<string>();
  const emailInput = useRef<HTMLInputElement>(null);
  const csvColumns: CsvColumn<StaffMember>[] = [
    { header: t('coordination.staff.name'), value: (member) => member.displayName },
    { header: t('coordination.staff.emailColumn'), value: (member) => member.email },
  ];

  const handleAssign = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    const found = validateEmail(email);
    if (found) {
      setEmailError(t(`identity.errors.${found.key}`));
      emailInput.current?.focus();
      return;
    }
    setEmailError(undefined);
    try {
      await assign({ variables: { input: { collectionPointId: point.id, email: email.trim() } } });
      setDone(t('coordination.staff.assigned', { email: email.trim(), point: point.name }));
      setEmail('');
      await staff.refetch();
    } catch (error: unknown) {
      const found = coordinationProblem(error);
      if (found.key === 'noAccount' || found.key === 'emailInvalid') {
        setEmailError(t(`coordination.errors.${found.key}`));
        emailInput.current?.focus();
      } else {
        setProblem(found);
      }
    }
  };

  const handleUnassign = async (member: StaffMember) => {
    setProblem(undefined);
    setDone(undefined);
    setRemovingId(member.userId);
    try {
      await unassign({ variables: { input: { collectionPointId: point.id, userId: member.userId } } });
      setDone(t('coordination.staff.unassigned', { name: member.displayName, point: point.name }));
      await staff.refetch();
    } catch (error: unknown) {
      setProblem(coordinationProblem(error));
    } finally {
      setRemovingId(undefined);
    }
  };

  return (
    <Stack gap="lg">
      <section aria-labelledby="staff-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="staff-heading">
            {t('coordination.staff.listTitle', { point: point.name })}
          </Title>
          {staff.data ? (
            <ExportCsvButton
              filename={`personnel-${point.code}`}
              columns={csvColumns}
              rows={staff.data.collectionPointStaff}
            />
          ) : null}
        </Group>
        <Stack gap="md">
          <CoordinationProblemAlert problem={problem} />
          {done ? <SuccessAlert>{done}</SuccessAlert> : null}
          {staff.data ? (
            staff.data.collectionPointStaff.length === 0 ? (
              <Text>{t('coordination.staff.empty')}</Text>
            ) : (
              <List listStyleType="none" spacing="sm" p={0} aria-labelledby="staff-heading">
                {staff.data.collectionPointStaff.map((member) => (
                  <List.Item key={member.userId} data-testid="staff-member">
                    <Group justify="space-between" align="center" wrap="wrap" gap="xs">
                      <Stack gap={2}>
                        <Text fw={600}>{member.displayName}</Text>
                        <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                          {member.email}
                        </Text>
                      </Stack>
                      <Button
                        variant="outline"
                        color="red.9"
                        size="compact-sm"
                        loading={removingId === member.userId}
                        onClick={() => void handleUnassign(member)}
                        aria-label={t('coordination.staff.unassignNamed', { name: member.displayName })}
                      >
                        {t('coordination.staff.unassign')}
                      </Button>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )
          ) : (
            <QueryStatus loading={staff.loading} error={staff.error} />
          )}
        </Stack>
      </section>
      <section aria-labelledby="assign-heading">
        <Title order={2} size="h3" id="assign-heading" mb="xs">
          {t('coordination.staff.assignTitle')}
        </Title>
        <Text c="gray.7" mb="md">
          {t('coordination.staff.assignIntro')}
        </Text>
        <form
          noValidate
          className={classes.form}
          onSubmit={(event) => void handleAssign(event)}
          aria-labelledby="assign-heading"
        >
          <Stack gap="md" maw={480}>
            <TextInput
              ref={emailInput}
              label={t('coordination.staff.email')}
              name="email"
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
            />
            <Button type="submit" loading={assigning} style={{ alignSelf: 'flex-start' }}>
              {t('coordination.staff.assign')}
            </Button>
          </Stack>
        </form>
      </section>
    </Stack>
  );
}

/** Choose a collection point, then manage its staff. */
function StaffAssignment({ title }: { title: string }) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const points = useQuery(STAFF_COLLECTION_POINTS_QUERY);
  const [pointId, setPointId] = useState('');

  if (isForbidden(points.error)) return <NotAllowed title={title} />;

  const sorted = points.data
    ? [...points.data.collectionPoints].sort((a, b) => a.district.number - b.district.number)
    : [];
  const selected = sorted.find((point) => point.id === pointId);

  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('coordination.staff.intro')}</Text>
      </Stack>
      {points.data ? (
        <NativeSelect
          label={t('coordination.staff.point')}
          name="collectionPoint"
          maw={480}
          value={pointId}
          onChange={(event) => setPointId(event.currentTarget.value)}
          data={[
            { value: '', label: t('coordination.staff.choosePoint') },
            ...sorted.map((point) => ({
              value: point.id,
              label: t('coordination.staff.pointOption', {
                ordinal: ordinal(point.district.number),
                name: point.name,
              }),
            })),
          ]}
        />
      ) : (
        <QueryStatus loading={points.loading} error={points.error} />
      )}
      {selected ? <PointStaff key={selected.id} point={selected} /> : null}
      <StockSnapshotExport />
    </Stack>
  );
}

/** `/coordination/personnel`: coordinators assign people to the collection points. */
export function StaffAssignmentPage() {
  const { t } = useTranslation();
  const title = t('coordination.staff.title');
  return (
    <CoordinatorOnly title={title}>
      <StaffAssignment title={title} />
    </CoordinatorOnly>
  );
}

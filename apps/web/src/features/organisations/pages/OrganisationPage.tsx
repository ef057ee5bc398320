import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import { RequireMembership } from '../components/RequireMembership';
import { VIEWER_QUERY } from '../../identity/graphql/identityOperations';
import type { Viewer } from '../../identity/hooks/useViewer';
import { OrganisationProfileSection } from '../../partners/components/OrganisationProfileForm';
import { InviteMemberForm } from '../components/InviteMemberForm';
import { MemberList, type OrganisationMemberDetails } from '../components/MemberList';
import { OrganisationDetails } from '../components/OrganisationDetails';
import { OrganisationStatusBadge } from '../components/OrganisationStatusBadge';
import { OrganisationProblemAlert } from '../components/OrganisationProblemAlert';
import { ORGANISATION_MEMBERS_QUERY, REMOVE_MEMBER_MUTATION } from '../graphql/organisationOperations';
import { type OrganisationProblem, removalProblem } from '../utils/organisationErrors';

type Membership = Viewer['memberships'][number];

/** The members section: the list, and for admins the "remove" buttons and the invitation form. */
function Members({ membership, viewer }: { membership: Membership; viewer: Viewer }) {
  const { t } = useTranslation();
  const organisationId = membership.organisation.id;
  const isAdmin = membership.role === 'ADMIN';
  const members = useQuery(ORGANISATION_MEMBERS_QUERY, {
    variables: { organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const [removeMember] = useMutation(REMOVE_MEMBER_MUTATION);
  const [removingId, setRemovingId] = useState<string>();
  const [problem, setProblem] = useState<OrganisationProblem>();
  const [removed, setRemoved] = useState<string>();

  const handleRemove = async (member: OrganisationMemberDetails) => {
    setProblem(undefined);
    setRemoved(undefined);
    setRemovingId(member.userId);
    try {
      await removeMember({
        variables: { input: { organisationId, userId: member.userId } },
        // Leaving an organisation changes one's own memberships and roles.
        refetchQueries: member.userId === viewer.id ? [VIEWER_QUERY] : [],
      });
      setRemoved(member.displayName);
      await members.refetch();
    } catch (error: unknown) {
      setProblem(removalProblem(error));
    } finally {
      setRemovingId(undefined);
    }
  };

  return (
    <>
      <section aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading" mb="sm">
          {t('organisations.members.title')}
        </Title>
        <Stack gap="md">
          <OrganisationProblemAlert problem={problem} />
          {removed ? (
            <SuccessAlert>{t('organisations.members.removed', { name: removed })}</SuccessAlert>
          ) : null}
          {members.data ? (
            <MemberList
              members={members.data.organisationMembers}
              canRemove={isAdmin}
              removingId={removingId}
              onRemove={(member) => void handleRemove(member)}
            />
          ) : (
            <QueryStatus loading={members.loading} error={members.error} />
          )}
        </Stack>
      </section>
      {isAdmin ? (
        <section aria-labelledby="invite-heading">
          <Title order={2} size="h3" id="invite-heading" mb="xs">
            {t('organisations.invite.title')}
          </Title>
          <Text c="gray.7" mb="md">
            {t('organisations.invite.intro')}
          </Text>
          <InviteMemberForm organisationId={organisationId} />
        </section>
      ) : null}
    </>
  );
}

/** `/organisations/:id`: one of my organisations, its status, details and members. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fallbackTitle = t('organisations.page.title');
  return (
    <RequireMembership
      organisationId={id}
      title={fallbackTitle}
      notMine={t('organisations.page.notMine')}
      backToList={t('organisations.page.backToList')}
    >
      {(membership, viewer) => {
        const { organisation } = membership;
        return (
          <Stack gap="xl">
            <title>{t('app.pageTitle', { title: organisation.name })}</title>
            <Stack gap="xs">
              <Anchor component={Link} to="/organisations" size="sm">
                {t('organisations.page.backToList')}
              </Anchor>
              <Group gap="sm" align="center" wrap="wrap">
                <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                  {organisation.name}
                </Title>
                <OrganisationStatusBadge status={organisation.status} />
              </Group>
              <Text c="gray.7">
                {t('organisations.page.yourRole', { role: t(`organisations.roles.${membership.role}`) })}
              </Text>
            </Stack>
            {organisation.status === 'PENDING' ? (
              <Alert color="yellow.9" variant="outline" role="status">
                <Text c="gray.9">{t('organisations.mine.pendingHelp')}</Text>
              </Alert>
            ) : null}
            {organisation.status === 'REJECTED' ? (
              <Alert color="red.9" variant="outline">
                <Text c="gray.9">
                  {t('organisations.mine.rejectionReason', { reason: organisation.rejectionReason ?? '' })}
                </Text>
              </Alert>
            ) : null}
            <section aria-labelledby="needs-link-heading">
              <Title order={2} size="h3" id="needs-link-heading" mb="xs">
                {t('items.organisation.needsTitle')}
              </Title>
              <Text c="gray.7" mb="sm">
                {t('items.organisation.needsIntro')}
              </Text>
              <Button component={Link} to={`/organisations/${organisation.id}/besoins`} variant="filled">
                {t('items.organisation.needsLink')}
              </Button>
            </section>
            {organisation.kind === 'ASSOCIATION' ? (
              <section aria-labelledby="hosting-link-heading">
                <Title order={2} size="h3" id="hosting-link-heading" mb="xs">
                  {t('hostingPartners.organisation.hostingTitle')}
                </Title>
                <Text c="gray.7" mb="sm">
                  {t('hostingPartners.organisation.hostingIntro')}
                </Text>
                <Button
                  component={Link}
                  to={`/organisations/${organisation.id}/hebergement`}
                  variant="filled"
                >
                  {t('hostingPartners.organisation.hostingLink')}
                </Button>
              </section>
            ) : null}
            {organisation.kind === 'ASSOCIATION' ? (
              <section aria-labelledby="missions-link-heading">
                <Title order={2} size="h3" id="missions-link-heading" mb="xs">
                  {t('missionsPartners.organisation.missionsTitle')}
                </Title>
                <Text c="gray.7" mb="sm">
                  {t('missionsPartners.organisation.missionsIntro')}
                </Text>
                <Button component={Link} to={`/organisations/${organisation.id}/missions`} variant="filled">
                  {t('missionsPartners.organisation.missionsLink')}
                </Button>
              </section>
            ) : null}
            {organisation.kind === 'ASSOCIATION' ? (
              <section aria-labelledby="initiatives-link-heading">
                <Title order={2} size="h3" id="initiatives-link-heading" mb="xs">
                  {t('fundingPartners.organisation.initiativesTitle')}
                </Title>
                <Text c="gray.7" mb="sm">
                  {t('fundingPartners.organisation.initiativesIntro')}
                </Text>
                <Button
                  component={Link}
                  to={`/organisations/${organisation.id}/initiatives`}
                  variant="filled"
                >
                  {t('fundingPartners.organisation.initiativesLink')}
                </Button>
              </section>
            ) : null}
            {organisation.kind === 'SPONSOR' ? (
              <section aria-labelledby="sponsor-link-heading">
                <Title order={2} size="h3" id="sponsor-link-heading" mb="xs">
                  {t('fundingPartners.organisation.sponsorTitle')}
                </Title>
                <Text c="gray.7" mb="sm">
                  {t('fundingPartners.organisation.sponsorIntro')}
                </Text>
                <Button component={Link} to={`/organisations/${organisation.id}/mecenat`} variant="filled">
                  {t('fundingPartners.organisation.sponsorLink')}
                </Button>
              </section>
            ) : null}
            {organisation.kind === 'HOUSING_OPERATOR' ? (
              <section aria-labelledby="rentals-link-heading">
                <Title order={2} size="h3" id="rentals-link-heading" mb="xs">
                  {t('hostingPartners.organisation.operatorTitle')}
                </Title>
                <Text c="gray.7" mb="sm">
                  {t('hostingPartners.organisation.operatorIntro')}
                </Text>
                <Button
                  component={Link}
                  to={`/organisations/${organisation.id}/louez-solidaire`}
                  variant="filled"
                >
                  {t('hostingPartners.organisation.operatorLink')}
                </Button>
              </section>
            ) : null}
            <section aria-labelledby="details-heading">
              <Title order={2} size="h3" id="details-heading" mb="sm">
                {t('organisations.page.details')}
              </Title>
              <OrganisationDetails organisation={organisation} />
            </section>
            <OrganisationProfileSection membership={membership} />
            <Members membership={membership} viewer={viewer} />
          </Stack>
        );
      }}
    </RequireMembership>
  );
}

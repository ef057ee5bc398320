import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingPartnersSponsorOverviewQuery } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { ContactRequestForm } from '../components/ContactRequestForm';
import { Figures } from '../components/Figures';
import { FundingProblemAlert } from '../components/FundingProblemAlert';
import { GrantForm } from '../components/GrantForm';
import { PledgeForm } from '../components/PledgeForm';
import { NUMBER_CELL, TableRegion } from '../components/TableRegion';
import { FUNDING_PARTNERS_SPONSOR_OVERVIEW_QUERY } from '../graphql/fundingPartnersOperations';
import { CONTACT_STATUS_COLORS, useFundingLabels } from '../utils/format';
import { fundingProblem } from '../utils/fundingErrors';
import { useMoney } from '../utils/money';

type Overview = FundingPartnersSponsorOverviewQuery['sponsorOverview'];

/** Said politely under a form once it worked. */
function Done({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="teal.9" variant="filled" role="status" mb="md">
      {message}
    </Alert>
  );
}

/** The matching funds pledged: amount, used, still available, period and restrictions. */
function PledgesTable({ pledges }: { pledges: Overview['pledges'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const labels = useFundingLabels();
  if (pledges.length === 0) return <Text>{t('fundingPartners.sponsor.noPledges')}</Text>;
  return (
    <TableRegion
      caption={t('fundingPartners.sponsor.pledgesCaption', { count: pledges.length })}
      minWidth={720}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('fundingPartners.sponsor.period')}</Table.Th>
          <Table.Th scope="col" style={NUMBER_CELL}>
            {t('fundingPartners.sponsor.amount')}
          </Table.Th>
          <Table.Th scope="col" style={NUMBER_CELL}>
            {t('fundingPartners.sponsor.used')}
          </Table.Th>
          <Table.Th scope="col" style={NUMBER_CELL}>
            {t('fundingPartners.sponsor.available')}
          </Table.Th>
          <Table.Th scope="col">{t('fundingPartners.sponsor.restrictions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pledges.map((pledge) => (
          <Table.Tr key={pledge.id} data-testid="pledge">
            <Table.Th scope="row" fw="normal">
              {t('fundingPartners.sponsor.periodValue', {
                start: format.day(pledge.periodStart),
                end: format.day(pledge.periodEnd),
              })}
            </Table.Th>
            <Table.Td style={NUMBER_CELL}>{money.euros(pledge.amountCents)}</Table.Td>
            <Table.Td style={NUMBER_CELL}>{money.euros(pledge.usedCents)}</Table.Td>
            <Table.Td style={NUMBER_CELL}>{money.euros(pledge.availableCents)}</Table.Td>
            <Table.Td maw={320}>
              <Text size="sm">
                {t('fundingPartners.sponsor.restrictionDistricts', {
                  districts: labels.districts(pledge.districtCodes),
                })}
              </Text>
              <Text size="sm">
                {t('fundingPartners.sponsor.restrictionKinds', {
                  kinds: labels.kinds(pledge.initiativeKinds),
                })}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableRegion>
  );
}

/** The sponsor's direct grants, newest first as the API lists them. */
function GrantsList({ grants }: { grants: Overview['grants'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  if (grants.length === 0) return <Text>{t('fundingPartners.sponsor.noGrants')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {grants.map((grant) => (
        <Paper component="li" key={grant.id} withBorder p="sm" data-testid="grant">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {t('fundingPartners.sponsor.grantLine', {
              amount: money.euros(grant.amountCents),
              title: grant.initiative.title,
            })}
          </Text>
          <Text size="sm" c="gray.7">
            {t('fundingPartners.sponsor.grantDate', { date: format.shortDate(grant.createdAt) })}
          </Text>
          {grant.note ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {grant.note}
            </Text>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}

/** The sponsor's requests to meet initiatives' teams: their status, the reason of a refusal, the contact. */
function ContactRequestsList({ requests }: { requests: Overview['contactRequests'] }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const format = useParisFormat();
  if (requests.length === 0) return <Text>{t('fundingPartners.sponsor.noContactRequests')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {requests.map((request) => (
        <Paper component="li" key={request.id} withBorder p="sm" data-testid="sponsor-contact-request">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {request.initiative.title}
              </Text>
              <Badge color={CONTACT_STATUS_COLORS[request.status]} variant="filled">
                {labels.contactStatus(request.status)}
              </Badge>
            </Group>
            <Text size="sm" c="gray.7">
              {t('fundingPartners.contacts.sentOn', { date: format.shortDate(request.createdAt) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {request.message}
            </Text>
            {request.status === 'ACCEPTED' && request.initiativeContactEmail ? (
              <Text size="sm">
                {t('fundingPartners.sponsor.associationEmail')}{' '}
                <Anchor href={`mailto:${request.initiativeContactEmail}`}>
                  {request.initiativeContactEmail}
                </Anchor>
              </Text>
            ) : null}
            {request.status === 'DECLINED' && request.declineReason ? (
              <Text size="sm">
                {t('fundingPartners.contacts.declineReason', { reason: request.declineReason })}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Everything a sponsor does: totals, pledges, direct grants and contact requests. */
function Sponsorship({ organisation }: { organisation: Membership['organisation'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [pledged, setPledged] = useState<string>();
  const [funded, setFunded] = useState<string>();
  const [requested, setRequested] = useState<string>();
  const query = useQuery(FUNDING_PARTNERS_SPONSOR_OVERVIEW_QUERY, {
    variables: { organisationId: organisation.id },
    fetchPolicy: 'cache-and-network',
  });
  const overview = query.data?.sponsorOverview ?? query.previousData?.sponsorOverview;
  const status = query.error ? (
    <FundingProblemAlert problem={fundingProblem(query.error)} />
  ) : (
    <QueryStatus loading={query.loading} />
  );

  return (
    <Stack gap="xl">
      <section aria-labelledby="sponsor-totals-heading">
        <Title order={2} size="h3" id="sponsor-totals-heading" mb="sm">
          {t('fundingPartners.sponsor.totalsTitle')}
        </Title>
        {overview ? (
          <Figures
            cols={2}
            figures={[
              {
                key: 'committed',
                label: t('fundingPartners.sponsor.committed'),
                value: money.euros(overview.committedCents),
              },
              {
                key: 'used',
                label: t('fundingPartners.sponsor.usedTotal'),
                value: money.euros(overview.usedCents),
              },
            ]}
          />
        ) : (
          status
        )}
      </section>
      <section aria-labelledby="pledge-heading">
        <Title order={2} size="h3" id="pledge-heading" mb="xs">
          {t('fundingPartners.sponsor.pledgeTitle')}
        </Title>
        <Text c="gray.7" mb="md">
          {t('fundingPartners.sponsor.pledgeIntro')}
        </Text>
        <Done message={pledged} />
        <PledgeForm organisationId={organisation.id} labelledBy="pledge-heading" onDone={setPledged} />
      </section>
      <section aria-labelledby="pledges-heading">
        <Title order={2} size="h3" id="pledges-heading" mb="sm">
          {t('fundingPartners.sponsor.pledgesTitle')}
        </Title>
        {overview ? <PledgesTable pledges={overview.pledges} /> : status}
      </section>
      <section aria-labelledby="grant-heading">
        <Title order={2} size="h3" id="grant-heading" mb="xs">
          {t('fundingPartners.sponsor.grantTitle')}
        </Title>
        <Text c="gray.7" mb="md">
          {t('fundingPartners.sponsor.grantIntro')}
        </Text>
        <Done message={funded} />
        <GrantForm organisationId={organisation.id} labelledBy="grant-heading" onDone={setFunded} />
      </section>
      <section aria-labelledby="grants-heading">
        <Title order={2} size="h3" id="grants-heading" mb="sm">
          {t('fundingPartners.sponsor.grantsTitle')}
        </Title>
        {overview ? <GrantsList grants={overview.grants} /> : status}
      </section>
      <section aria-labelledby="contact-heading">
        <Title order={2} size="h3" id="contact-heading" mb="xs">
          {t('fundingPartners.sponsor.contactTitle')}
        </Title>
        <Text c="gray.7" mb="md">
          {t('fundingPartners.sponsor.contactIntro')}
        </Text>
        <Done message={requested} />
        <ContactRequestForm
          organisationId={organisation.id}
          labelledBy="contact-heading"
          onDone={setRequested}
        />
      </section>
      <section aria-labelledby="contact-requests-heading">
        <Title order={2} size="h3" id="contact-requests-heading" mb="sm">
          {t('fundingPartners.sponsor.contactRequestsTitle')}
        </Title>
        {overview ? <ContactRequestsList requests={overview.contactRequests} /> : status}
      </section>
    </Stack>
  );
}

/**
 * `/organisations/:id/mecenat`: a sponsor's matching funds (shared out by the quadratic-funding rounds), its
 * direct grants to initiatives, and its requests to meet their teams.
 */
export function SponsorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RequireMembership
      organisationId={id}
      title={t('fundingPartners.sponsor.fallbackTitle')}
      notMine={t('fundingPartners.notMine')}
      backToList={t('fundingPartners.myOrganisations')}
    >
      {(membership) => {
        const { organisation } = membership;
        const title = t('fundingPartners.sponsor.title', { name: organisation.name });
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
              <Text c="gray.7">{t('fundingPartners.sponsor.intro')}</Text>
              <Anchor component={Link} to="/transparence" size="sm">
                {t('fundingPartners.transparencyLink')}
              </Anchor>
            </Stack>
            {organisation.kind === 'SPONSOR' ? (
              <>
                {organisation.status !== 'VERIFIED' ? (
                  <Alert color="yellow.9" variant="outline" role="status">
                    <Text c="gray.9">{t('fundingPartners.sponsor.notVerifiedYet')}</Text>
                  </Alert>
                ) : null}
                <Sponsorship organisation={organisation} />
              </>
            ) : (
              <Alert color="yellow.9" variant="outline" role="status">
                <Text c="gray.9">{t('fundingPartners.sponsor.sponsorsOnly')}</Text>
              </Alert>
            )}
          </Stack>
        );
      }}
    </RequireMembership>
  );
}

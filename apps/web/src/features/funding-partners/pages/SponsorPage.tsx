import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingPartnersSponsorOverviewQuery } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { useMoney } from '../../funding/utils/money';
import { useParisFormat } from '../../items/utils/format';
import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { ContactRequestForm } from '../components/ContactRequestForm';
import { ContactRequestSummary } from '../components/ContactRequestSummary';
import { Figures } from '../components/Figures';
import { FundingProblemAlert } from '../components/FundingProblemAlert';
import { GrantForm } from '../components/GrantForm';
import { DoneAlert } from '../../../components/SuccessAlert';
import { PledgeForm } from '../components/PledgeForm';
import { Section } from '../components/Section';
import { NUMBER_CELL, TableRegion } from '../components/TableRegion';
import { FUNDING_PARTNERS_SPONSOR_OVERVIEW_QUERY } from '../graphql/fundingPartnersOperations';
import { useFundingLabels } from '../utils/format';
import { fundingProblem } from '../utils/fundingErrors';

type Overview = FundingPartnersSponsorOverviewQuery['sponsorOverview'];
type Pledge = Overview['pledges'][number];
type Grant = Overview['grants'][number];

/** The matching funds pledged: amount, used, still available, period and restrictions. */
function PledgesTable({ pledges }: { pledges: Overview['pledges'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const labels = useFundingLabels();
  if (pledges.length === 0) return <Text>{t('fundingPartners.sponsor.noPledges')}</Text>;
  const period = (pledge: Pledge) =>
    t('fundingPartners.sponsor.periodValue', {
      start: format.day(pledge.periodStart),
      end: format.day(pledge.periodEnd),
    });
  const restrictions = (pledge: Pledge) => [
    t('fundingPartners.sponsor.restrictionDistricts', { districts: labels.districts(pledge.districtCodes) }),
    t('fundingPartners.sponsor.restrictionKinds', { kinds: labels.kinds(pledge.initiativeKinds) }),
  ];
  const header = (key: string) => t(`fundingPartners.sponsor.${key}`);
  const columns: CsvColumn<Pledge>[] = [
    { header: header('period'), value: period },
    { header: header('amount'), value: (pledge) => money.euros(pledge.amountCents) },
    { header: header('used'), value: (pledge) => money.euros(pledge.usedCents) },
    { header: header('available'), value: (pledge) => money.euros(pledge.availableCents) },
    { header: header('restrictions'), value: (pledge) => restrictions(pledge).join(' · ') },
  ];
  return (
    <TableRegion
      caption={t('fundingPartners.sponsor.pledgesCaption', { count: pledges.length })}
      minWidth={720}
      csv={{ filename: 'fonds-abondement', columns, rows: pledges }}
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
              {period(pledge)}
            </Table.Th>
            <Table.Td style={NUMBER_CELL}>{money.euros(pledge.amountCents)}</Table.Td>
            <Table.Td style={NUMBER_CELL}>{money.euros(pledge.usedCents)}</Table.Td>
            <Table.Td style={NUMBER_CELL}>{money.euros(pledge.availableCents)}</Table.Td>
            <Table.Td maw={320}>
              {restrictions(pledge).map((line) => (
                <Text size="sm" key={line}>
                  {line}
                </Text>
              ))}
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
  const header = (key: string) => t(`fundingPartners.sponsor.${key}`);
  const columns: CsvColumn<Grant>[] = [
    { header: header('grantDateColumn'), value: (grant) => format.shortDate(grant.createdAt) },
    { header: header('grantInitiative'), value: (grant) => grant.initiative.title },
    { header: header('amount'), value: (grant) => money.euros(grant.amountCents) },
    { header: header('grantNote'), value: (grant) => grant.note },
  ];
  return (
    <Stack gap="xs">
      <ExportCsvButton
        filename="financements-directs"
        subject={t('fundingPartners.sponsor.grantsTitle')}
        columns={columns}
        rows={grants}
      />
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
    </Stack>
  );
}

/** The sponsor's requests to meet initiatives' teams: their status, the reason of a refusal, the contact. */
function ContactRequestsList({ requests }: { requests: Overview['contactRequests'] }) {
  const { t } = useTranslation();
  if (requests.length === 0) return <Text>{t('fundingPartners.sponsor.noContactRequests')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {requests.map((request) => (
        <Paper component="li" key={request.id} withBorder p="sm" data-testid="sponsor-contact-request">
          <Stack gap={4}>
            <ContactRequestSummary
              request={request}
              heading={request.initiative.title}
              email={request.initiativeContactEmail}
              emailLabel={t('fundingPartners.sponsor.associationEmail')}
            />
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
      <Section headingId="sponsor-totals-heading" title={t('fundingPartners.sponsor.totalsTitle')}>
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
      </Section>
      <Section
        headingId="pledge-heading"
        title={t('fundingPartners.sponsor.pledgeTitle')}
        intro={t('fundingPartners.sponsor.pledgeIntro')}
      >
        <DoneAlert message={pledged} mb="md" />
        <PledgeForm organisationId={organisation.id} labelledBy="pledge-heading" onDone={setPledged} />
      </Section>
      <Section headingId="pledges-heading" title={t('fundingPartners.sponsor.pledgesTitle')}>
        {overview ? <PledgesTable pledges={overview.pledges} /> : status}
      </Section>
      <Section
        headingId="grant-heading"
        title={t('fundingPartners.sponsor.grantTitle')}
        intro={t('fundingPartners.sponsor.grantIntro')}
      >
        <DoneAlert message={funded} mb="md" />
        <GrantForm organisationId={organisation.id} labelledBy="grant-heading" onDone={setFunded} />
      </Section>
      <Section headingId="grants-heading" title={t('fundingPartners.sponsor.grantsTitle')}>
        {overview ? <GrantsList grants={overview.grants} /> : status}
      </Section>
      <Section
        headingId="contact-heading"
        title={t('fundingPartners.sponsor.contactTitle')}
        intro={t('fundingPartners.sponsor.contactIntro')}
      >
        <DoneAlert message={requested} mb="md" />
        <ContactRequestForm
          organisationId={organisation.id}
          labelledBy="contact-heading"
          onDone={setRequested}
        />
      </Section>
      <Section headingId="contact-requests-heading" title={t('fundingPartners.sponsor.contactRequestsTitle')}>
        {overview ? <ContactRequestsList requests={overview.contactRequests} /> : status}
      </Section>
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

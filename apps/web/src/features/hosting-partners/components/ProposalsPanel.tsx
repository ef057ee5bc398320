import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../components/QueryStatus';
import type { HostingProposalStatus, PartnerHostingProposalFieldsFragment } from '../../../gql/graphql';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { PARTNER_HOSTING_PROPOSALS_QUERY } from '../graphql/hostingPartnersOperations';
import { useHouseholds } from './HouseholdsPanel';
import { type Notice, NoticeAlert } from './Notice';
import { ProposalCard } from './ProposalCard';

type Proposal = PartnerHostingProposalFieldsFragment;

/** What needs the association first: proposals to decide, accepted ones to start, then the rest. */
const STATUS_ORDER: Record<HostingProposalStatus, number> = {
  PROPOSED: 0,
  ACCEPTED: 1,
  FORWARDED: 2,
  DECLINED: 3,
  EXPIRED: 4,
};

function sortProposals(proposals: readonly Proposal[]): Proposal[] {
  return [...proposals].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(Boolean(a.stayId)) - Number(Boolean(b.stayId)) ||
      Number(b.score.urgent) - Number(a.score.urgent) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/** "Propositions": the homes the matching engine proposes for the association's households, polled. */
export function ProposalsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { households } = useHouseholds(organisationId);
  const query = useQuery(PARTNER_HOSTING_PROPOSALS_QUERY, {
    variables: { organisationId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const [notice, setNotice] = useState<Notice>();
  const proposals = query.data?.hostingProposals ?? query.previousData?.hostingProposals;
  const byId = new Map(households?.map((household) => [household.id, household]));

  const handleNotice = (next: Notice) => {
    setNotice(next);
    if ('problem' in next) void query.refetch().catch(() => undefined);
    document.getElementById('proposals-heading')?.focus();
  };

  return (
    <section aria-labelledby="proposals-heading">
      <Title order={2} size="h3" id="proposals-heading" tabIndex={-1} mb="xs">
        {t('hostingPartners.proposals.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('hostingPartners.proposals.intro')}
      </Text>
      <Stack gap="md">
        <NoticeAlert notice={notice} />
        {proposals ? (
          proposals.length === 0 ? (
            <Text>{t('hostingPartners.proposals.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {sortProposals(proposals).map((proposal) => {
                const household = byId.get(proposal.requestId);
                return (
                  <li key={proposal.id}>
                    <ProposalCard
                      proposal={proposal}
                      alias={household?.alias}
                      urgent={household?.urgent ?? proposal.score.urgent}
                      onNotice={handleNotice}
                    />
                  </li>
                );
              })}
            </Stack>
          )
        ) : null}
        {!proposals || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </Stack>
    </section>
  );
}

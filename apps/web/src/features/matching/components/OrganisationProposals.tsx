import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import type { ProposalFieldsFragment, ProposalStatus } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { ORGANISATION_PROPOSALS_QUERY } from '../graphql/matchingOperations';
import type { MatchingProblem } from '../utils/matchingErrors';
import { DeclineProposalForm } from './DeclineProposalForm';
import { MatchingProblemAlert } from './MatchingProblemAlert';
import { DeliveryDistrict, proposalItemName, ScoreExplanation, useQuantityLine } from './ProposalFacts';

type Proposal = ProposalFieldsFragment;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<ProposalStatus, string> = {
  PROPOSED: 'blue.9',
  ACCEPTED: 'teal.9',
  DECLINED: 'red.9',
  EXPIRED: 'gray.8',
};

const AFTER_DECLINE = ['OrganisationProposals'];

type Notice = { done: string } | { problem: MatchingProblem };

interface CardProps {
  proposal: Proposal;
  onDecided?: (notice: Notice) => void;
}

/** One proposal for the organisation: what, from which point, how many, why, and its status in words. */
function OrganisationProposalCard({ proposal, onDecided }: CardProps) {
  const { t } = useTranslation();
  const quantityLine = useQuantityLine();
  const [declining, setDeclining] = useState(false);
  const name = proposalItemName(proposal);
  const point = proposal.collectionPoint.name;
  const headingId = `org-proposal-${proposal.id}`;
  const waiting = proposal.status === 'PROPOSED';

  return (
    <Card
      component="article"
      withBorder
      padding="sm"
      aria-labelledby={headingId}
      data-testid="organisation-proposal"
    >
      <Stack gap={6}>
        {/* On a phone, a long status badge goes under the title rather than squeezing it. */}
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={4} size="h5" id={headingId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {t('matching.organisation.cardTitle', { name, point })}
          </Title>
          <Badge color={STATUS_COLORS[proposal.status]} variant="filled" style={{ flexShrink: 0 }}>
            {t(`matching.status.${proposal.status}`)}
          </Badge>
        </Group>
        <Text fw={600}>{quantityLine(proposal)}</Text>
        <DeliveryDistrict code={proposal.needDistrictCode} />
        {proposal.status === 'DECLINED' && proposal.declineReason ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('matching.declineReason', { reason: proposal.declineReason })}
          </Text>
        ) : null}
        {waiting ? <ScoreExplanation score={proposal.score} /> : null}
        {waiting && onDecided ? (
          declining ? (
            <DeclineProposalForm
              proposalId={proposal.id}
              label={t('matching.organisation.declineForm', { name, point })}
              refetchQueries={AFTER_DECLINE}
              onDeclined={() => onDecided({ done: t('matching.organisation.declined', { name, point }) })}
              onStale={(problem) => onDecided({ problem })}
              onCancel={() => setDeclining(false)}
            />
          ) : (
            <Button
              variant="outline"
              color="red.9"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setDeclining(true)}
              aria-label={t('matching.organisation.declineNamed', { name, point })}
            >
              {t('matching.organisation.decline')}
            </Button>
          )
        ) : null}
      </Stack>
    </Card>
  );
}

function ProposalList({
  proposals,
  onDecided,
}: {
  proposals: readonly Proposal[];
  onDecided?: CardProps['onDecided'];
}) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <OrganisationProposalCard proposal={proposal} onDecided={onDecided} />
        </li>
      ))}
    </Stack>
  );
}

export interface OrganisationProposalsProps {
  organisationId: string;
  /** How often to ask the API again, like the rest of the page. */
  pollInterval: number;
}

/**
 * "Dispatch proposals" on the association's needs page: what the matching engine proposes to send, waiting ones
 * first (members may decline them, with a reason), then those decided.
 */
export function OrganisationProposals({ organisationId, pollInterval }: OrganisationProposalsProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const query = useQuery(ORGANISATION_PROPOSALS_QUERY, {
    variables: { organisationId, lang },
    pollInterval,
  });
  const [notice, setNotice] = useState<Notice>();
  const proposals = query.data?.organisationProposals ?? query.previousData?.organisationProposals;
  // EXPIRED ones are not listed by the API; should one come, it is no longer waiting.
  const waiting = proposals?.filter((proposal) => proposal.status === 'PROPOSED') ?? [];
  const decided = proposals?.filter((proposal) => proposal.status !== 'PROPOSED') ?? [];

  const handleDecided = (next: Notice) => {
    setNotice(next);
    if ('problem' in next) void query.refetch().catch(() => undefined);
    document.getElementById('org-proposals-heading')?.focus();
  };

  return (
    <section aria-labelledby="org-proposals-heading">
      <Title order={2} size="h3" id="org-proposals-heading" tabIndex={-1} mb="xs">
        {t('matching.organisation.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('matching.organisation.intro')}
      </Text>
      <Stack gap="md">
        {notice && 'done' in notice ? <SuccessAlert>{notice.done}</SuccessAlert> : null}
        <MatchingProblemAlert problem={notice && 'problem' in notice ? notice.problem : undefined} />
        {proposals ? (
          proposals.length === 0 ? (
            <Text>{t('matching.organisation.empty')}</Text>
          ) : (
            <>
              <section aria-labelledby="waiting-proposals-heading">
                <Title order={3} size="h4" id="waiting-proposals-heading" mb="xs">
                  {t('matching.organisation.waitingTitle')}
                </Title>
                {waiting.length === 0 ? (
                  <Text>{t('matching.organisation.noWaiting')}</Text>
                ) : (
                  <ProposalList proposals={waiting} onDecided={handleDecided} />
                )}
              </section>
              {decided.length > 0 ? (
                <section aria-labelledby="decided-proposals-heading">
                  <Title order={3} size="h4" id="decided-proposals-heading" mb="xs">
                    {t('matching.organisation.decidedTitle')}
                  </Title>
                  <ProposalList proposals={decided} />
                </section>
              ) : null}
            </>
          )
        ) : null}
        {!proposals || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </Stack>
    </section>
  );
}

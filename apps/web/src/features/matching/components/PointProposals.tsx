import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import type { ProposalFieldsFragment } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import { QuantityInput } from '../../stock/components/QuantityInput';
import { parseQuantity } from '../../stock/utils/quantities';
import { ACCEPT_ITEM_PROPOSAL_MUTATION, POINT_PROPOSALS_QUERY } from '../graphql/matchingOperations';
import { type MatchingProblem, matchingProblem } from '../utils/matchingErrors';
import { DeclineProposalForm } from './DeclineProposalForm';
import { MatchingProblemAlert } from './MatchingProblemAlert';
import { DeliveryDistrict, proposalItemName, ScoreExplanation, useQuantityLine } from './ProposalFacts';

/** How often the waiting proposals are refreshed, like the rest of the desk (polling: see deskOperations.ts). */
export const PROPOSALS_POLL_MS = 5_000;

/**
 * Refreshed once a proposal is accepted: the proposals, and what the dispatch changed on the desk (stock,
 * recent dispatches, the needs' remaining units). Only the queries on screen are asked again.
 */
const AFTER_ACCEPT = ['PointProposals', 'DeskStockLevels', 'DeskPointDispatches', 'DeskOpenNeeds'];
const AFTER_DECLINE = ['PointProposals'];

type Proposal = ProposalFieldsFragment;

/** What the section says after an action: what was done, or why the proposal could not be decided. */
type Notice = { done: string } | { problem: MatchingProblem };

interface ProposalCardProps {
  proposal: Proposal;
  /** Units of the proposal's variant in stock here now; undefined while unknown. */
  stockNow: number | undefined;
  onDecided: (notice: Notice) => void;
}

/** One waiting proposal: what, for whom, how many (on the shelf or expected), why; accept or decline. */
function PointProposalCard({ proposal, stockNow, onDecided }: ProposalCardProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const quantityLine = useQuantityLine();
  const name = proposalItemName(proposal);
  const organisation = proposal.organisationName;
  const headingId = `proposal-${proposal.id}`;
  const [mode, setMode] = useState<'idle' | 'accept' | 'decline'>('idle');
  const [quantity, setQuantity] = useState('');
  const [quantityError, setQuantityError] = useState<string>();
  const [problem, setProblem] = useState<MatchingProblem>();
  const quantityInput = useRef<HTMLInputElement>(null);
  const [accept, { loading }] = useMutation(ACCEPT_ITEM_PROPOSAL_MUTATION, { refetchQueries: AFTER_ACCEPT });

  useEffect(() => {
    if (mode === 'accept') quantityInput.current?.focus();
  }, [mode]);

  const handleAccept = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const parsed = parseQuantity(quantity);
    const found =
      parsed === null || parsed < 1
        ? t('matching.errors.quantityFromOne')
        : parsed > proposal.quantity
          ? t('matching.errors.moreThanProposed', { count: proposal.quantity })
          : undefined;
    setQuantityError(found);
    if (found || parsed === null) {
      quantityInput.current?.focus();
      return;
    }
    try {
      const { data } = await accept({
        variables: {
          // The whole proposal unless fewer units were asked for.
          input:
            parsed < proposal.quantity
              ? { proposalId: proposal.id, quantity: parsed }
              : { proposalId: proposal.id },
          lang,
        },
      });
      const sent = data?.acceptItemProposal.dispatch?.quantity ?? parsed;
      onDecided({
        done: t('matching.point.accepted', {
          units: t('stock.units.items', { count: sent }),
          name,
          organisation,
        }),
      });
    } catch (caught: unknown) {
      const found = matchingProblem(caught);
      if (found.stale) {
        onDecided({ problem: found });
        return;
      }
      setProblem(found);
      if (found.key === 'notEnoughStock' || found.key === 'moreThanProposed' || found.key === 'needLacks') {
        quantityInput.current?.focus();
      }
    }
  };

  return (
    <Card
      component="article"
      withBorder
      padding="sm"
      aria-labelledby={headingId}
      data-testid="point-proposal"
    >
      <Stack gap={6}>
        <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {t('matching.point.cardTitle', { name, organisation })}
        </Title>
        <Text fw={600}>{quantityLine(proposal)}</Text>
        {stockNow !== undefined ? <Text size="sm">{t('matching.stockNow', { count: stockNow })}</Text> : null}
        <DeliveryDistrict code={proposal.needDistrictCode} />
        <ScoreExplanation score={proposal.score} />
        {mode === 'accept' ? (
          <form
            noValidate
            className={classes.form}
            onSubmit={(event) => void handleAccept(event)}
            aria-label={t('matching.point.acceptForm', { name, organisation })}
          >
            <Stack gap="sm">
              <QuantityInput
                ref={quantityInput}
                label={t('matching.point.quantity')}
                description={t('matching.point.quantityHelp', { count: proposal.quantity })}
                name="quantity"
                required
                min={1}
                max={proposal.quantity}
                value={quantity}
                onChange={setQuantity}
                error={quantityError}
              />
              <MatchingProblemAlert problem={problem} />
              <Button type="submit" size="md" fullWidth loading={loading}>
                {t('matching.point.confirmAccept')}
              </Button>
              <Button variant="subtle" color="var(--mantine-color-blue-9)" onClick={() => setMode('idle')}>
                {t('matching.point.cancel')}
              </Button>
            </Stack>
          </form>
        ) : mode === 'decline' ? (
          <DeclineProposalForm
            proposalId={proposal.id}
            label={t('matching.point.declineForm', { name, organisation })}
            refetchQueries={AFTER_DECLINE}
            onDeclined={() => onDecided({ done: t('matching.point.declined', { name, organisation }) })}
            onStale={(found) => onDecided({ problem: found })}
            onCancel={() => setMode('idle')}
          />
        ) : (
          <Group gap="sm" wrap="wrap" grow>
            <Button
              size="md"
              color="teal.9"
              onClick={() => {
                setQuantity(String(proposal.quantity));
                setQuantityError(undefined);
                setProblem(undefined);
                setMode('accept');
              }}
              aria-label={t('matching.point.acceptNamed', { name, organisation })}
            >
              {t('matching.point.accept')}
            </Button>
            <Button
              size="md"
              variant="outline"
              color="red.9"
              onClick={() => setMode('decline')}
              aria-label={t('matching.point.declineNamed', { name, organisation })}
            >
              {t('matching.point.decline')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export interface PointProposalsProps {
  collectionPointId: string;
  /** Units of a variant in stock here; undefined while unknown. */
  stockOf: (variantId: string) => number | undefined;
}

/** The desk's "Proposals" section: the matching engine's waiting proposals for this point, best margin first. */
export function PointProposals({ collectionPointId, stockOf }: PointProposalsProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const proposals = useQuery(POINT_PROPOSALS_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
    pollInterval: PROPOSALS_POLL_MS,
    // A phone left on the desk with its screen off need not poll.
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });
  const [notice, setNotice] = useState<Notice>();
  const list = proposals.data?.pointProposals ?? proposals.previousData?.pointProposals;

  const handleDecided = (next: Notice) => {
    setNotice(next);
    // A stale proposal: show the current ones at once rather than at the next poll.
    if ('problem' in next) void proposals.refetch().catch(() => undefined);
    document.getElementById('proposals-heading')?.focus();
  };

  return (
    <section aria-labelledby="proposals-heading">
      <Title order={2} size="h3" id="proposals-heading" tabIndex={-1} mb={4}>
        {t('matching.point.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('matching.point.intro')}
      </Text>
      <Stack gap="sm">
        {notice && 'done' in notice ? <SuccessAlert>{notice.done}</SuccessAlert> : null}
        <MatchingProblemAlert problem={notice && 'problem' in notice ? notice.problem : undefined} />
        {list ? (
          list.length === 0 ? (
            <Text>{t('matching.point.empty')}</Text>
          ) : (
            <Stack
              component="ul"
              gap="sm"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby="proposals-heading"
            >
              {list.map((proposal) => (
                <li key={proposal.id}>
                  <PointProposalCard
                    proposal={proposal}
                    stockNow={stockOf(proposal.variant.id)}
                    onDecided={handleDecided}
                  />
                </li>
              ))}
            </Stack>
          )
        ) : proposals.error ? (
          <MatchingProblemAlert problem={matchingProblem(proposals.error)} />
        ) : (
          <Group role="status" gap="xs" py="md">
            <Loader size="sm" />
            <Text size="sm">{t('app.loading')}</Text>
          </Group>
        )}
      </Stack>
    </section>
  );
}

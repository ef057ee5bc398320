import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../../components/QueryStatus';
import { ReasonForm } from '../../../../components/ReasonForm';
import type { FundingPartnersInitiativeFieldsFragment } from '../../../../gql/graphql';
import {
  FUNDING_PARTNERS_APPROVE_INITIATIVE_MUTATION,
  FUNDING_PARTNERS_INITIATIVES_TO_REVIEW_QUERY,
  FUNDING_PARTNERS_REJECT_INITIATIVE_MUTATION,
} from '../../graphql/fundingPartnersOperations';
import { MAX_REASON_LENGTH } from '../../utils/format';
import { type FundingProblem, fundingProblem } from '../../utils/fundingErrors';
import { FundingProblemAlert } from '../FundingProblemAlert';
import { InitiativeFacts } from '../InitiativeCard';
import { type Notice, NoticeAlert } from '../Notice';

type Initiative = FundingPartnersInitiativeFieldsFragment;

const AFTER_DECISION = ['FundingPartnersInitiativesToReview', 'FundingPartnersApprovedInitiatives'];

/** One initiative waiting for a decision: what it is, and "Approuver" / "Refuser" (with a reason). */
function ReviewCard({
  initiative,
  onDecided,
}: {
  initiative: Initiative;
  onDecided: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<FundingProblem>();
  const [approve, { loading: approving }] = useMutation(FUNDING_PARTNERS_APPROVE_INITIATIVE_MUTATION, {
    refetchQueries: AFTER_DECISION,
  });
  const [reject, { loading: refusing }] = useMutation(FUNDING_PARTNERS_REJECT_INITIATIVE_MUTATION, {
    refetchQueries: AFTER_DECISION,
  });
  const { title } = initiative;

  const handleApprove = async () => {
    try {
      await approve({ variables: { input: { id: initiative.id } } });
      onDecided({ done: t('fundingPartners.review.approved', { title }) });
    } catch (error: unknown) {
      onDecided({ problem: fundingProblem(error) });
    }
  };

  const handleReject = async (reason: string) => {
    setProblem(undefined);
    try {
      await reject({ variables: { input: { id: initiative.id, reason } } });
      onDecided({ done: t('fundingPartners.review.rejected', { title }) });
    } catch (error: unknown) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={titleId}
      data-testid="initiative-to-review"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          <Text size="sm" c="gray.7">
            {t('fundingPartners.review.by', { organisation: initiative.organisation.name })}
          </Text>
        </Stack>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {initiative.description}
        </Text>
        <InitiativeFacts initiative={initiative} />
        {rejecting ? (
          <ReasonForm
            label={t('fundingPartners.review.rejectNamed', { title })}
            reasonLabel={t('fundingPartners.review.reason')}
            reasonHelp={t('fundingPartners.review.reasonHelp')}
            maxLength={MAX_REASON_LENGTH}
            requiredMessage={t('fundingPartners.errors.reasonRequired')}
            submitLabel={t('fundingPartners.review.confirmReject')}
            cancelLabel={t('fundingPartners.cancel')}
            loading={refusing}
            problemAlert={<FundingProblemAlert problem={problem} />}
            onSubmit={(reason) => void handleReject(reason)}
            onCancel={() => {
              setRejecting(false);
              setProblem(undefined);
            }}
          />
        ) : (
          <Group gap="sm" wrap="wrap">
            <Button
              loading={approving}
              onClick={() => void handleApprove()}
              aria-label={t('fundingPartners.review.approveNamed', { title })}
            >
              {t('fundingPartners.review.approve')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              onClick={() => setRejecting(true)}
              aria-label={t('fundingPartners.review.rejectNamed', { title })}
            >
              {t('fundingPartners.review.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** "Initiatives à valider": the associations' proposals, oldest first as the API lists them. */
export function ReviewSection() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>();
  const query = useQuery(FUNDING_PARTNERS_INITIATIVES_TO_REVIEW_QUERY, { fetchPolicy: 'cache-and-network' });
  const initiatives = query.data?.initiativesToReview ?? query.previousData?.initiativesToReview;
  return (
    <section aria-labelledby="review-heading">
      <Title order={2} size="h3" id="review-heading" mb="sm">
        {t('fundingPartners.review.title')}
      </Title>
      <Stack gap="md">
        <NoticeAlert notice={notice} />
        {initiatives ? (
          initiatives.length === 0 ? (
            <Text>{t('fundingPartners.review.none')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {initiatives.map((initiative) => (
                <li key={initiative.id}>
                  <ReviewCard initiative={initiative} onDecided={setNotice} />
                </li>
              ))}
            </Stack>
          )
        ) : query.error ? (
          <FundingProblemAlert problem={fundingProblem(query.error)} />
        ) : (
          <QueryStatus loading={query.loading} />
        )}
      </Stack>
    </section>
  );
}

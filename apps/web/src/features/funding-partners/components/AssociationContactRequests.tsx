import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingPartnersContactRequestFieldsFragment } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import {
  FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION,
  FUNDING_PARTNERS_INITIATIVE_CONTACT_REQUESTS_QUERY,
} from '../graphql/fundingPartnersOperations';
import { CONTACT_STATUS_COLORS, useFundingLabels } from '../utils/format';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { FundingProblemAlert } from './FundingProblemAlert';
import { type Notice, NoticeAlert } from './Notice';
import { ReasonForm } from './ReasonForm';

type ContactRequest = FundingPartnersContactRequestFieldsFragment;

/** One sponsor's request: its message, and "Accepter" / "Refuser" (with a reason) while it waits. */
function ContactRequestItem({
  request,
  onAnswered,
}: {
  request: ContactRequest;
  onAnswered: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const format = useParisFormat();
  const titleId = useId();
  const [declining, setDeclining] = useState(false);
  const [problem, setProblem] = useState<FundingProblem>();
  const [answer, { loading }] = useMutation(FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION, {
    refetchQueries: ['FundingPartnersInitiativeContactRequests'],
  });
  const sponsor = request.sponsor.name;

  const handleAnswer = async (accept: boolean, reason?: string) => {
    setProblem(undefined);
    try {
      await answer({ variables: { input: { id: request.id, accept, ...(reason ? { reason } : {}) } } });
      setDeclining(false);
      onAnswered({
        done: accept
          ? t('fundingPartners.contacts.accepted', { sponsor })
          : t('fundingPartners.contacts.declined', { sponsor }),
      });
    } catch (error: unknown) {
      const found = fundingProblem(error);
      if (declining) setProblem(found);
      else onAnswered({ problem: found });
    }
  };

  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={titleId} data-testid="contact-request">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {t('fundingPartners.contacts.from', { sponsor })}
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
        {request.status === 'ACCEPTED' && request.sponsorContactEmail ? (
          <Text size="sm">
            {t('fundingPartners.contacts.sponsorEmail')}{' '}
            <Anchor href={`mailto:${request.sponsorContactEmail}`}>{request.sponsorContactEmail}</Anchor>
          </Text>
        ) : null}
        {request.status === 'DECLINED' && request.declineReason ? (
          <Text size="sm">
            {t('fundingPartners.contacts.declineReason', { reason: request.declineReason })}
          </Text>
        ) : null}
        {request.status === 'REQUESTED' && !declining ? (
          <Group gap="sm" wrap="wrap">
            <Button
              loading={loading}
              onClick={() => void handleAnswer(true)}
              aria-label={t('fundingPartners.contacts.acceptNamed', { sponsor })}
            >
              {t('fundingPartners.contacts.accept')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              onClick={() => setDeclining(true)}
              aria-label={t('fundingPartners.contacts.declineNamed', { sponsor })}
            >
              {t('fundingPartners.contacts.decline')}
            </Button>
          </Group>
        ) : null}
        {request.status === 'REQUESTED' && declining ? (
          <ReasonForm
            label={t('fundingPartners.contacts.declineNamed', { sponsor })}
            reasonLabel={t('fundingPartners.contacts.reason')}
            reasonHelp={t('fundingPartners.contacts.reasonHelp')}
            submitLabel={t('fundingPartners.contacts.confirmDecline')}
            loading={loading}
            problem={problem}
            onSubmit={(reason) => void handleAnswer(false, reason)}
            onCancel={() => {
              setDeclining(false);
              setProblem(undefined);
            }}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The sponsors who asked to meet the initiative's team, and the association's answers. */
export function AssociationContactRequests({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [notice, setNotice] = useState<Notice>();
  const query = useQuery(FUNDING_PARTNERS_INITIATIVE_CONTACT_REQUESTS_QUERY, {
    variables: { initiativeId },
    fetchPolicy: 'cache-and-network',
  });
  const requests = query.data?.initiativeContactRequests ?? query.previousData?.initiativeContactRequests;
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('fundingPartners.contacts.title')}
      </Title>
      <Stack gap="xs">
        <NoticeAlert notice={notice} />
        {requests ? (
          requests.length === 0 ? (
            <Text size="sm">{t('fundingPartners.contacts.none')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {requests.map((request) => (
                <ContactRequestItem key={request.id} request={request} onAnswered={setNotice} />
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

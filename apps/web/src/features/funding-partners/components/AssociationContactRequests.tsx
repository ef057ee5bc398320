import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../components/QueryStatus';
import { ReasonForm } from '../../../components/ReasonForm';
import type { FundingPartnersContactRequestFieldsFragment } from '../../../gql/graphql';
import {
  FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION,
  FUNDING_PARTNERS_INITIATIVE_CONTACT_REQUESTS_QUERY,
} from '../graphql/fundingPartnersOperations';
import { MAX_REASON_LENGTH } from '../utils/format';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { ContactRequestSummary } from './ContactRequestSummary';
import { FundingProblemAlert } from './FundingProblemAlert';
import { type Notice, NoticeAlert } from './Notice';

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
        <ContactRequestSummary
          request={request}
          heading={t('fundingPartners.contacts.from', { sponsor })}
          headingId={titleId}
          email={request.sponsorContactEmail}
          emailLabel={t('fundingPartners.contacts.sponsorEmail')}
        />
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
            maxLength={MAX_REASON_LENGTH}
            requiredMessage={t('fundingPartners.errors.reasonRequired')}
            submitLabel={t('fundingPartners.contacts.confirmDecline')}
            cancelLabel={t('fundingPartners.cancel')}
            loading={loading}
            problemAlert={<FundingProblemAlert problem={problem} />}
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

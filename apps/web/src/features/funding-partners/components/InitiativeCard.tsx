import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { FundingPartnersInitiativeFieldsFragment } from '../../../gql/graphql';
import type { CsvTextColumn } from '../../../utils/csv';
import { useMoney } from '../../funding/utils/money';
import classes from '../../identity/components/IdentityForm.module.css';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { useParisFormat } from '../../items/utils/format';
import {
  FUNDING_PARTNERS_CLOSE_INITIATIVE_MUTATION,
  FUNDING_PARTNERS_POST_UPDATE_MUTATION,
} from '../graphql/fundingPartnersOperations';
import { INITIATIVE_STATUS_COLORS, useFundingLabels } from '../utils/format';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { AssociationContactRequests } from './AssociationContactRequests';
import { FundingProblemAlert } from './FundingProblemAlert';
import { InitiativeProgressFigures } from './InitiativeProgressFigures';
import { type Notice, NoticeAlert } from './Notice';

type Initiative = FundingPartnersInitiativeFieldsFragment;

export const MAX_UPDATE_LENGTH = 5000;

/** The initiative's kind, places, budget, deadline and carrier, each a label and its text. */
export function useInitiativeFactColumns(): CsvTextColumn<Initiative>[] {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const money = useMoney();
  const format = useParisFormat();
  const label = (key: string) => t(`fundingPartners.facts.${key}`);
  return [
    { header: label('kind'), value: (initiative) => labels.kind(initiative.kind) },
    { header: label('districts'), value: (initiative) => labels.districts(initiative.districtCodes) },
    { header: label('budget'), value: (initiative) => money.euros(initiative.budgetCents) },
    { header: label('deadline'), value: (initiative) => format.day(initiative.deadline) },
    {
      header: label('carrier'),
      value: (initiative) => initiative.collectiveName ?? initiative.organisation.name,
    },
  ];
}

/** The initiative's kind, places, budget, deadline and carrier, as a description list. */
export function InitiativeFacts({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const facts = useInitiativeFactColumns();
  return (
    <Stack component="dl" gap={4} m={0}>
      {facts.map((fact) => (
        <Group key={fact.header} gap={6} wrap="wrap" align="baseline">
          <Text component="dt" size="sm" fw={600}>
            {t('fundingPartners.facts.term', { label: fact.header })}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {fact.value(initiative)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** "Publier une nouvelle": news for the donors, 2 to 5000 characters. */
function UpdateForm({
  initiative,
  onDone,
  onCancel,
}: {
  initiative: Initiative;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<FundingProblem>();
  const input = useRef<HTMLTextAreaElement>(null);
  const [post, { loading }] = useMutation(FUNDING_PARTNERS_POST_UPDATE_MUTATION, {
    refetchQueries: ['FundingPartnersOrganisationInitiatives'],
  });

  useEffect(() => input.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const trimmed = body.trim();
    if (trimmed.length < 2) {
      setError(t('fundingPartners.errors.updateTooShort'));
      input.current?.focus();
      return;
    }
    setError(undefined);
    try {
      await post({ variables: { input: { initiativeId: initiative.id, body: trimmed } } });
      onDone();
    } catch (caught: unknown) {
      setProblem(fundingProblem(caught));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('fundingPartners.updates.formLabel', { title: initiative.title })}
      >
        <Stack gap="sm">
          <Textarea
            ref={input}
            label={t('fundingPartners.updates.body')}
            description={t('fundingPartners.updates.bodyHelp')}
            name="body"
            required
            rows={3}
            maxLength={MAX_UPDATE_LENGTH}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={error}
          />
          <FundingProblemAlert problem={problem} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={loading}>
              {t('fundingPartners.updates.submit')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('fundingPartners.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type Mode = 'view' | 'update' | 'close';

/**
 * One of the association's initiatives: its status (and why it was refused), what it raised and from whom, its
 * news; post news, close it, open its public page, and answer the sponsors who want to meet its team.
 */
export function InitiativeCard({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const format = useParisFormat();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<Notice>();
  const [close, { loading: closing }] = useMutation(FUNDING_PARTNERS_CLOSE_INITIATIVE_MUTATION, {
    refetchQueries: ['FundingPartnersOrganisationInitiatives'],
  });
  const approved = initiative.status === 'APPROVED';
  const published = approved || initiative.status === 'CLOSED';

  const handleClose = async () => {
    setNotice(undefined);
    try {
      await close({ variables: { input: { id: initiative.id } } });
      setNotice({ done: t('fundingPartners.initiatives.closed') });
    } catch (error: unknown) {
      setNotice({ problem: fundingProblem(error) });
    } finally {
      setMode('view');
    }
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="initiative">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {initiative.title}
          </Title>
          <Badge
            color={INITIATIVE_STATUS_COLORS[initiative.status]}
            variant="filled"
            data-testid="initiative-status"
          >
            {labels.status(initiative.status)}
          </Badge>
        </Group>
        {initiative.status === 'REJECTED' ? (
          <Alert color="red.9" variant="outline">
            <Text c="gray.9" size="sm">
              {t('fundingPartners.initiatives.rejectionReason', { reason: initiative.rejectionReason ?? '' })}
            </Text>
          </Alert>
        ) : null}
        {initiative.status === 'SUBMITTED' ? (
          <Text size="sm" c="gray.8">
            {t('fundingPartners.initiatives.waitingReview')}
          </Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {initiative.description}
        </Text>
        <InitiativeFacts initiative={initiative} />
        {published ? (
          <InitiativeProgressFigures progress={initiative.progress} budgetCents={initiative.budgetCents} />
        ) : null}
        {initiative.updates.length > 0 ? (
          <Stack gap={4}>
            <Title order={4} size="h5">
              {t('fundingPartners.updates.title')}
            </Title>
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {initiative.updates.map((update) => (
                <Text component="li" key={update.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600} size="sm">
                    {t('fundingPartners.updates.meta', {
                      date: format.shortDate(update.createdAt),
                      author: update.authorName ?? t('fundingPartners.updates.anonymousAuthor'),
                    })}
                  </Text>{' '}
                  {update.body}
                </Text>
              ))}
            </Stack>
          </Stack>
        ) : null}
        <NoticeAlert notice={notice} />
        {mode === 'view' && published ? (
          <Group gap="sm" wrap="wrap">
            <Button component={Link} to={`/initiatives/${initiative.id}`} variant="outline">
              {t('fundingPartners.initiatives.publicPage')}
            </Button>
            <Button
              variant="outline"
              onClick={() => {
                setNotice(undefined);
                setMode('update');
              }}
            >
              {t('fundingPartners.initiatives.postUpdate')}
            </Button>
            {approved ? (
              <Button variant="outline" color="red.9" onClick={() => setMode('close')}>
                {t('fundingPartners.initiatives.close')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {mode === 'update' ? (
          <UpdateForm
            initiative={initiative}
            onCancel={() => setMode('view')}
            onDone={() => {
              setMode('view');
              setNotice({ done: t('fundingPartners.updates.posted') });
            }}
          />
        ) : null}
        {mode === 'close' && approved ? (
          <ConfirmStep
            title={t('fundingPartners.initiatives.closeTitle', { title: initiative.title })}
            text={t('fundingPartners.initiatives.closeText')}
            confirmLabel={t('fundingPartners.initiatives.confirmClose')}
            keepLabel={t('fundingPartners.initiatives.keepOpen')}
            loading={closing}
            onConfirm={() => void handleClose()}
            onKeep={() => setMode('view')}
          />
        ) : null}
        {published ? <AssociationContactRequests initiativeId={initiative.id} /> : null}
      </Stack>
    </Card>
  );
}

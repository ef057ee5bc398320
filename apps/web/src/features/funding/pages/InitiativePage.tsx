import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingInitiativeQuery } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { DonateSection } from '../components/DonateForm';
import { useCarriedBy } from '../components/InitiativeCard';
import { FundingAmounts, FundingProgressBar } from '../components/InitiativeProgress';
import { FUNDING_INITIATIVE_QUERY } from '../graphql/fundingOperations';
import { useDistrictsLine } from '../utils/districts';
import { isNotFound } from '../utils/fundingErrors';
import { useMoney } from '../utils/money';

type Initiative = FundingInitiativeQuery['initiative'];

/** "Financement": the bar, then where the money comes from, what was paid out and what is still missing. */
function FundingSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  return (
    <section aria-labelledby="initiative-funding-heading">
      <Title order={2} size="h3" id="initiative-funding-heading" mb="sm">
        {t('funding.initiative.funding')}
      </Title>
      <Stack gap="md">
        <FundingProgressBar
          title={initiative.title}
          budgetCents={initiative.budgetCents}
          progress={initiative.progress}
        />
        <FundingAmounts
          progress={initiative.progress}
          parts={['raised', 'matched', 'pool', 'sponsored', 'paidOut', 'remaining']}
        />
        <Group gap="lg" wrap="wrap">
          <Text size="sm" data-testid="initiative-budget">
            {t('funding.initiative.budget', { amount: money.euros(initiative.budgetCents) })}
          </Text>
          <Text size="sm" data-testid="initiative-donors">
            {t('funding.progress.donors', { count: initiative.progress.donorsCount })}
          </Text>
          <Text size="sm" data-testid="initiative-deadline">
            {t('funding.card.until', { date: format.day(initiative.deadline) })}
          </Text>
        </Group>
        {initiative.supporters.length > 0 && (
          <Text size="sm" data-testid="initiative-supporters">
            {t('funding.initiative.supporters', { names: initiative.supporters.join(', ') })}
          </Text>
        )}
        <Text size="sm" c="gray.7">
          {t('funding.initiative.fundingHelp')}{' '}
          <Anchor component={Link} to="/transparence" inherit underline="always">
            {t('funding.initiative.transparencyLink')}
          </Anchor>
        </Text>
      </Stack>
    </section>
  );
}

/** "Actualités": the association's news, newest first. */
function UpdatesSection({ updates }: { updates: Initiative['updates'] }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const newestFirst = [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="initiative-updates-heading">
      <Title order={2} size="h3" id="initiative-updates-heading" mb="sm">
        {t('funding.initiative.updates')}
      </Title>
      {newestFirst.length === 0 ? (
        <Text>{t('funding.initiative.noUpdates')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {newestFirst.map((update) => (
            <Paper component="li" withBorder p="md" key={update.id} data-testid="initiative-update">
              <Stack gap={4}>
                <Text size="sm" c="gray.7">
                  <time dateTime={update.createdAt}>{format.fullDate(update.createdAt)}</time>
                  {update.authorName ? ` · ${update.authorName}` : ''}
                </Text>
                <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{update.body}</Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** `/initiatives/:id`: one initiative, its funding in detail, its news, and the donation form (public). */
export function InitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const carriedBy = useCarriedBy();
  const districtsLine = useDistrictsLine();
  const { data, previousData, loading, error } = useQuery(FUNDING_INITIATIVE_QUERY, { variables: { id } });

  const backLink = (
    <Anchor component={Link} to="/initiatives" size="sm">
      ← {t('funding.initiative.back')}
    </Anchor>
  );

  if (isNotFound(error)) {
    const title = t('funding.initiative.notFound.title');
    return (
      <Stack gap="md" align="flex-start">
        <title>{t('app.pageTitle', { title })}</title>
        <Title order={1}>{title}</Title>
        <Text>{t('funding.initiative.notFound.text')}</Text>
        <Anchor component={Link} to="/initiatives">
          {t('funding.initiative.notFound.link')}
        </Anchor>
      </Stack>
    );
  }

  const initiative = data?.initiative ?? (error ? previousData?.initiative : undefined);
  if (!initiative) {
    return (
      <Stack gap="md">
        {backLink}
        <Title order={1}>{t('funding.initiative.loadingTitle')}</Title>
        <QueryStatus loading={loading} error={error} />
      </Stack>
    );
  }

  const open = initiative.status === 'APPROVED';
  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title: initiative.title })}</title>
      <Stack gap="xs">
        {backLink}
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {initiative.title}
        </Title>
        <Text c="gray.7" data-testid="initiative-carried-by">
          {carriedBy(initiative)}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="indigo.9" radius="sm" tt="none">
            {t(`funding.kinds.${initiative.kind}`)}
          </Badge>
          {!open ? (
            <Badge variant="outline" color="gray.8" radius="sm" tt="none">
              {t(`funding.initiative.status.${initiative.status}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" data-testid="initiative-districts">
          {t('funding.card.districts', {
            count: initiative.districtCodes.length,
            list: districtsLine(initiative.districtCodes),
          })}
        </Text>
        {initiative.viewerManages ? (
          <Group>
            <Button
              component={Link}
              to={`/organisations/${initiative.organisation.id}/initiatives`}
              variant="outline"
              size="compact-md"
            >
              {t('funding.initiative.manage')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {error ? <QueryStatus loading={false} error={error} /> : null}
      <FundingSection initiative={initiative} />
      <section aria-labelledby="initiative-about-heading">
        <Title order={2} size="h3" id="initiative-about-heading" mb="sm">
          {t('funding.initiative.about')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} maw="46rem">
          {initiative.description}
        </Text>
      </section>
      {open ? (
        <DonateSection initiativeId={initiative.id} title={t('funding.donate.title')} />
      ) : (
        <section aria-labelledby="initiative-closed-heading">
          <Title order={2} size="h3" id="initiative-closed-heading" mb="sm">
            {t('funding.donate.title')}
          </Title>
          <Alert color="gray.8" variant="outline" role="status">
            <Stack gap="xs" align="flex-start">
              <Text c="gray.9">{t('funding.initiative.closed')}</Text>
              <Anchor component={Link} to="/donner">
                {t('funding.list.commonFundLink')}
              </Anchor>
            </Stack>
          </Alert>
        </section>
      )}
      <UpdatesSection updates={initiative.updates} />
    </Stack>
  );
}

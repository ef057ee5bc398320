import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../../components/SuccessAlert';
import type { FundingPartnersRoundPreviewQuery } from '../../../../gql/graphql';
import type { CsvColumn } from '../../../../utils/csv';
import { percentToBps, useMoney } from '../../../funding/utils/money';
import classes from '../../../identity/components/IdentityForm.module.css';
import { ConfirmStep } from '../../../items/components/ConfirmStep';
import { useParisFormat } from '../../../items/utils/format';
import {
  FUNDING_PARTNERS_PUBLISH_ROUND_MUTATION,
  FUNDING_PARTNERS_ROUND_PREVIEW_QUERY,
} from '../../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem, isConflict } from '../../utils/fundingErrors';
import { Figures } from '../Figures';
import { FundingProblemAlert } from '../FundingProblemAlert';
import { NUMBER_CELL, TableRegion } from '../TableRegion';

type Preview = FundingPartnersRoundPreviewQuery['fundingRoundPreview'];
type PreviewLine = Preview['initiatives'][number];

/** The previewed round, with the maximum share it was computed with (sent again to publish it). */
interface Previewed {
  preview: Preview;
  maxShareBps: number | undefined;
}

/** What the round would give, in total and per initiative. */
function PreviewDetails({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const header = (key: string) => t(`fundingPartners.round.${key}`);
  const csvColumns: CsvColumn<PreviewLine>[] = [
    { header: header('initiative'), value: (row) => row.initiative.title },
    { header: header('donors'), value: (row) => money.integer(row.donorsCount) },
    { header: header('contributions'), value: (row) => money.euros(row.contributionsCents) },
    { header: header('sqrtSum'), value: (row) => money.decimal(row.sqrtSum) },
    { header: header('rawMatch'), value: (row) => money.euros(row.rawMatchCents) },
    { header: header('matchedColumn'), value: (row) => money.euros(row.matchedCents) },
    { header: header('poolColumn'), value: (row) => money.euros(row.poolCents) },
  ];
  return (
    <Stack gap="md" data-testid="round-preview">
      <Text size="sm">
        {preview.contributionsFrom
          ? t('fundingPartners.round.periodFromTo', {
              from: format.fullDate(preview.contributionsFrom),
              to: format.fullDate(preview.contributionsUntil),
            })
          : t('fundingPartners.round.periodUntil', { to: format.fullDate(preview.contributionsUntil) })}
        {preview.maxShareBps
          ? ` ${t('fundingPartners.round.maxShareUsed', { share: money.percentOfBps(preview.maxShareBps) })}`
          : ''}
      </Text>
      <Figures
        cols={3}
        figures={[
          {
            key: 'matchingAvailable',
            label: t('fundingPartners.round.matchingAvailable'),
            value: money.euros(preview.matchingAvailableCents),
          },
          {
            key: 'matched',
            label: t('fundingPartners.round.matched'),
            value: money.euros(preview.matchedCents),
          },
          {
            key: 'unallocatedMatching',
            label: t('fundingPartners.round.unallocatedMatching'),
            value: money.euros(preview.unallocatedMatchingCents),
          },
          {
            key: 'poolAvailable',
            label: t('fundingPartners.round.poolAvailable'),
            value: money.euros(preview.poolAvailableCents),
          },
          {
            key: 'poolAllocated',
            label: t('fundingPartners.round.poolAllocated'),
            value: money.euros(preview.poolAllocatedCents),
          },
          {
            key: 'unallocatedPool',
            label: t('fundingPartners.round.unallocatedPool'),
            value: money.euros(preview.unallocatedPoolCents),
          },
        ]}
      />
      {preview.initiatives.length === 0 ? (
        <Text>{t('fundingPartners.round.noInitiatives')}</Text>
      ) : (
        <TableRegion
          caption={t('fundingPartners.round.tableCaption')}
          minWidth={820}
          csv={{ filename: 'apercu-tour', columns: csvColumns, rows: preview.initiatives }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fundingPartners.round.initiative')}</Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.round.donors')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.round.contributions')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.round.sqrtSum')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.round.rawMatch')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.round.matchedColumn')}
              </Table.Th>
              <Table.Th scope="col" style={NUMBER_CELL}>
                {t('fundingPartners.round.poolColumn')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.initiatives.map((row) => (
              <Table.Tr key={row.initiative.id} data-testid="round-initiative">
                <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                  {row.initiative.title}
                </Table.Th>
                <Table.Td style={NUMBER_CELL}>{money.integer(row.donorsCount)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{money.euros(row.contributionsCents)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{money.decimal(row.sqrtSum)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{money.euros(row.rawMatchCents)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{money.euros(row.matchedCents)}</Table.Td>
                <Table.Td style={NUMBER_CELL}>{money.euros(row.poolCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableRegion>
      )}
    </Stack>
  );
}

/**
 * "Tour de répartition": preview what the matching funds and the common fund would give now (nothing written),
 * optionally capping each initiative's share of a fund, then publish exactly that round. When donations or
 * pledges changed in between, the API refuses (CONFLICT) and the coordinator previews again.
 */
export function RoundSection() {
  const { t } = useTranslation();
  const money = useMoney();
  const client = useApolloClient();
  const maxShareInput = useRef<HTMLInputElement>(null);
  const [maxShare, setMaxShare] = useState('');
  const [maxShareError, setMaxShareError] = useState<string>();
  const [previewing, setPreviewing] = useState(false);
  const [previewed, setPreviewed] = useState<Previewed>();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<FundingProblem>();
  const [changed, setChanged] = useState(false);
  // The maximum share of the last preview asked: computing again after a conflict uses it.
  const [lastMaxShareBps, setLastMaxShareBps] = useState<number>();
  const [published, setPublished] = useState<string>();
  const [publish, { loading: publishing }] = useMutation(FUNDING_PARTNERS_PUBLISH_ROUND_MUTATION, {
    refetchQueries: ['FundingPartnersApprovedInitiatives'],
  });

  const computePreview = async (maxShareBps: number | undefined) => {
    setProblem(undefined);
    setChanged(false);
    setConfirming(false);
    setPreviewing(true);
    setLastMaxShareBps(maxShareBps);
    try {
      const { data } = await client.query({
        query: FUNDING_PARTNERS_ROUND_PREVIEW_QUERY,
        variables: { input: maxShareBps === undefined ? {} : { maxShareBps } },
        fetchPolicy: 'no-cache',
      });
      if (data) setPreviewed({ preview: data.fundingRoundPreview, maxShareBps });
    } catch (error: unknown) {
      setPreviewed(undefined);
      setProblem(fundingProblem(error));
    } finally {
      setPreviewing(false);
    }
  };

  const handlePreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPublished(undefined);
    const text = maxShare.trim();
    const bps = text ? percentToBps(text) : undefined;
    if (text && (bps === undefined || bps < 1 || bps > 10_000)) {
      setMaxShareError(t('fundingPartners.errors.maxShareRange'));
      maxShareInput.current?.focus();
      return;
    }
    setMaxShareError(undefined);
    void computePreview(bps);
  };

  const handlePublish = async () => {
    if (!previewed) return;
    setProblem(undefined);
    const { preview, maxShareBps } = previewed;
    try {
      const { data } = await publish({
        variables: {
          input: {
            fingerprint: preview.fingerprint,
            ...(maxShareBps === undefined ? {} : { maxShareBps }),
          },
        },
      });
      if (!data) return;
      const round = data.publishFundingRound;
      setPreviewed(undefined);
      setPublished(
        t('fundingPartners.round.published', {
          number: round.number,
          matched: money.euros(round.matchedCents),
          pool: money.euros(round.poolCents),
        }),
      );
    } catch (error: unknown) {
      // A stale preview must not be published: it is set aside until computed again.
      if (isConflict(error)) {
        setPreviewed(undefined);
        setChanged(true);
      }
      setProblem(fundingProblem(error));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="round-heading">
      <Title order={2} size="h3" id="round-heading" mb="xs">
        {t('fundingPartners.round.title')}
      </Title>
      <Stack gap="md">
        <Text c="gray.7">{t('fundingPartners.round.intro')}</Text>
        <Text c="gray.7" size="sm">
          {t('fundingPartners.round.formula')}
        </Text>
        <form
          noValidate
          className={classes.form}
          onSubmit={handlePreview}
          aria-label={t('fundingPartners.round.formLabel')}
        >
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              ref={maxShareInput}
              label={t('fundingPartners.round.maxShare')}
              description={t('fundingPartners.round.maxShareHelp')}
              name="maxShare"
              inputMode="decimal"
              autoComplete="off"
              maw={360}
              value={maxShare}
              onChange={(event) => setMaxShare(event.currentTarget.value)}
              error={maxShareError}
            />
            <Button type="submit" loading={previewing}>
              {t('fundingPartners.round.preview')}
            </Button>
          </Group>
        </form>
        {published ? <SuccessAlert>{published}</SuccessAlert> : null}
        <FundingProblemAlert problem={problem} />
        {changed ? (
          <Group>
            <Button
              variant="outline"
              loading={previewing}
              onClick={() => void computePreview(lastMaxShareBps)}
            >
              {t('fundingPartners.round.recompute')}
            </Button>
          </Group>
        ) : null}
        {previewed ? (
          <>
            <PreviewDetails preview={previewed.preview} />
            {confirming ? (
              <ConfirmStep
                title={t('fundingPartners.round.confirmTitle')}
                text={t('fundingPartners.round.confirmText')}
                confirmLabel={t('fundingPartners.round.confirmPublish')}
                keepLabel={t('fundingPartners.cancel')}
                loading={publishing}
                onConfirm={() => void handlePublish()}
                onKeep={() => setConfirming(false)}
              />
            ) : (
              <Group>
                <Button color="teal.9" onClick={() => setConfirming(true)}>
                  {t('fundingPartners.round.publish')}
                </Button>
              </Group>
            )}
          </>
        ) : null}
      </Stack>
    </section>
  );
}

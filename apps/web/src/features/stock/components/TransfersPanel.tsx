import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, List, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeskCollectionPointsQuery, DeskTransferFragment, TransferStatus } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { useLocale } from '../../../i18n/useLocale';
import { useOrdinal } from '../../../i18n/useOrdinal';
import classes from '../../identity/components/IdentityForm.module.css';
import {
  RECEIVE_STOCK_TRANSFER_MUTATION,
  SEND_STOCK_TRANSFER_MUTATION,
  STOCK_LEVELS_QUERY,
  STOCK_TRANSFERS_QUERY,
} from '../graphql/deskOperations';
import { formatDateTime } from '../utils/dates';
import { type DeskProblem, deskProblem } from '../utils/deskErrors';
import { variantName } from '../utils/labels';
import { DeskProblemAlert } from './DeskProblemAlert';
import { DeskQueryStatus } from './DeskQueryStatus';
import { DoneAlert } from '../../../components/SuccessAlert';
import {
  checkLines,
  focusFirstLineError,
  newLine,
  type VariantLine,
  type VariantLineErrors,
  VariantLinesEditor,
} from './VariantLinesEditor';

type CollectionPoint = DeskCollectionPointsQuery['collectionPoints'][number];

const PREFIX = 'transfer';
const MAX_NOTE_LENGTH = 500;
const STATUS_COLORS: Record<TransferStatus, string> = { IN_TRANSIT: 'blue.9', RECEIVED: 'teal.9' };

/** Refreshed after a transfer is sent or received. */
const AFTER_TRANSFER = ['DeskStockTransfers', 'DeskStockLevels'];

function totalUnits(transfer: DeskTransferFragment): number {
  return transfer.lines.reduce((sum, line) => sum + line.quantity, 0);
}

interface TransferCardProps {
  transfer: DeskTransferFragment;
  collectionPointId: string;
  /** Set for incoming transfers in transit: the "Receive" button. */
  onReceive?: () => void;
  receiving?: boolean;
}

/** One transfer: which way, when, its lines and status; incoming ones in transit can be received. */
function TransferCard({ transfer, collectionPointId, onReceive, receiving }: TransferCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const incoming = transfer.to.id === collectionPointId;
  const headingId = `transfer-${transfer.id}`;
  return (
    <Card
      component="article"
      withBorder
      padding="sm"
      aria-labelledby={headingId}
      data-testid="stock-transfer"
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {incoming
              ? t('stock.transfers.from', { point: transfer.from.name })
              : t('stock.transfers.to', { point: transfer.to.name })}
          </Title>
          <Badge color={STATUS_COLORS[transfer.status]} variant="filled" style={{ flexShrink: 0 }}>
            {t(`stock.transferStatus.${transfer.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="gray.7">
          {transfer.receivedAt
            ? t('stock.transfers.receivedAt', { at: formatDateTime(transfer.receivedAt, locale) })
            : t('stock.transfers.sentAt', { at: formatDateTime(transfer.sentAt, locale) })}
        </Text>
        <List size="sm" spacing={2} withPadding>
          {transfer.lines.map((line) => (
            <List.Item key={line.variant.id}>
              {t('stock.transfers.line', {
                count: line.quantity,
                name: variantName(line.item, line.variant),
              })}
            </List.Item>
          ))}
        </List>
        {transfer.note ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('stock.transfers.noteShown', { note: transfer.note })}
          </Text>
        ) : null}
        {onReceive ? (
          <Button
            size="lg"
            fullWidth
            loading={receiving}
            onClick={onReceive}
            aria-label={t('stock.transfers.receiveNamed', {
              point: transfer.from.name,
              units: t('stock.units.items', { count: totalUnits(transfer) }),
            })}
          >
            {t('stock.transfers.receive')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

interface SendTransferFormProps {
  collectionPointId: string;
  points: readonly CollectionPoint[];
}

/** "Send to another point": a destination, lines of what is in stock here, an optional note. */
function SendTransferForm({ collectionPointId, points }: SendTransferFormProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const ordinal = useOrdinal();
  const levels = useQuery(STOCK_LEVELS_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
  });
  const [send, { loading }] = useMutation(SEND_STOCK_TRANSFER_MUTATION, { refetchQueries: AFTER_TRANSFER });
  const [destination, setDestination] = useState('');
  const [destinationError, setDestinationError] = useState<string>();
  const [lines, setLines] = useState<VariantLine[]>(() => [newLine([])]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<number, VariantLineErrors>>({});
  const [problem, setProblem] = useState<DeskProblem>();
  const [done, setDone] = useState<string>();
  const destinationInput = useRef<HTMLSelectElement>(null);

  const inStock = (levels.data?.stockLevels ?? []).filter((level) => level.quantity > 0);
  const stock = new Map(inStock.map((level) => [level.variant.id, level.quantity]));
  const maxOf = (variantId: string) => stock.get(variantId) ?? 0;
  const options = inStock.map((level) => ({
    value: level.variant.id,
    label: t('stock.transfers.variantOption', {
      name: variantName(level.item, level.variant),
      count: level.quantity,
    }),
  }));
  const destinations = points
    .filter((point) => point.id !== collectionPointId)
    .sort((a, b) => a.district.number - b.district.number || a.name.localeCompare(b.name))
    .map((point) => ({
      value: point.id,
      label: t('stock.transfers.pointOption', { ordinal: ordinal(point.district.number), name: point.name }),
    }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    const checked = checkLines(lines, t, maxOf);
    setErrors(checked.errors);
    const noDestination = destination ? undefined : t('stock.errors.destinationRequired');
    setDestinationError(noDestination);
    if (noDestination) {
      destinationInput.current?.focus();
      return;
    }
    if (!checked.valid) {
      focusFirstLineError(PREFIX, lines, checked.errors);
      return;
    }
    try {
      const { data } = await send({
        variables: {
          input: {
            fromPointId: collectionPointId,
            toPointId: destination,
            lines: checked.valid,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
          lang,
        },
      });
      const transfer = data?.sendStockTransfer.transfer;
      setDone(
        t('stock.transfers.sent', {
          point: transfer?.to.name ?? '',
          units: t('stock.units.items', { count: transfer ? totalUnits(transfer) : 0 }),
        }),
      );
      setDestination('');
      setLines([newLine([])]);
      setNote('');
    } catch (error: unknown) {
      setProblem(deskProblem(error));
    }
  };

  return (
    <section aria-labelledby="send-transfer-heading">
      <Title order={2} size="h3" id="send-transfer-heading" mb={4}>
        {t('stock.transfers.sendTitle')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('stock.transfers.sendIntro')}
      </Text>
      <Stack gap="md">
        <DoneAlert message={done} />
        {!levels.data ? (
          <DeskQueryStatus loading={levels.loading} error={levels.error} />
        ) : inStock.length === 0 ? (
          <Text>{t('stock.transfers.nothingToSend')}</Text>
        ) : (
          <form
            noValidate
            className={classes.form}
            onSubmit={(event) => void handleSubmit(event)}
            aria-labelledby="send-transfer-heading"
          >
            <Stack gap="md">
              <NativeSelect
                ref={destinationInput}
                label={t('stock.transfers.destination')}
                name="destination"
                size="lg"
                required
                value={destination}
                onChange={(event) => setDestination(event.currentTarget.value)}
                error={destinationError}
                data={[{ value: '', label: t('stock.transfers.chooseDestination') }, ...destinations]}
              />
              <VariantLinesEditor
                prefix={PREFIX}
                lines={lines}
                onChange={setLines}
                options={options}
                errors={errors}
                maxOf={maxOf}
                maxLines={100}
              />
              <Textarea
                label={t('stock.transfers.note')}
                description={t('stock.transfers.noteHelp')}
                name="transfer-note"
                size="md"
                rows={2}
                maxLength={MAX_NOTE_LENGTH}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <DeskProblemAlert problem={problem} />
              <Button type="submit" size="lg" fullWidth loading={loading}>
                {t('stock.transfers.send')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}

export interface TransfersPanelProps {
  collectionPointId: string;
  points: readonly CollectionPoint[];
}

/** The "Transfers" tab: incoming transfers to receive, the form to send one, and the others, read-only. */
export function TransfersPanel({ collectionPointId, points }: TransfersPanelProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const transfers = useQuery(STOCK_TRANSFERS_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
  });
  const [receive] = useMutation(RECEIVE_STOCK_TRANSFER_MUTATION, { refetchQueries: AFTER_TRANSFER });
  const [receivingId, setReceivingId] = useState<string>();
  const [problem, setProblem] = useState<DeskProblem>();
  const [done, setDone] = useState<string>();

  const all = transfers.data?.stockTransfers ?? [];
  const incoming = all.filter(
    (transfer) => transfer.status === 'IN_TRANSIT' && transfer.to.id === collectionPointId,
  );
  const others = all.filter((transfer) => !incoming.includes(transfer));

  const handleReceive = async (transfer: DeskTransferFragment) => {
    setProblem(undefined);
    setDone(undefined);
    setReceivingId(transfer.id);
    try {
      await receive({ variables: { input: { transferId: transfer.id }, lang } });
      setDone(
        t('stock.transfers.received', {
          point: transfer.from.name,
          units: t('stock.units.items', { count: totalUnits(transfer) }),
        }),
      );
      document.getElementById('incoming-heading')?.focus();
    } catch (error: unknown) {
      setProblem(deskProblem(error));
    } finally {
      setReceivingId(undefined);
    }
  };

  return (
    <Stack gap="xl">
      <section aria-labelledby="incoming-heading">
        <Title order={2} size="h3" id="incoming-heading" tabIndex={-1} mb="sm">
          {t('stock.transfers.incomingTitle')}
        </Title>
        <Stack gap="sm">
          <DoneAlert message={done} />
          <DeskProblemAlert problem={problem} />
          {!transfers.data ? (
            <DeskQueryStatus loading={transfers.loading} error={transfers.error} />
          ) : incoming.length === 0 ? (
            <Text>{t('stock.transfers.noIncoming')}</Text>
          ) : (
            incoming.map((transfer) => (
              <TransferCard
                key={transfer.id}
                transfer={transfer}
                collectionPointId={collectionPointId}
                receiving={receivingId === transfer.id}
                onReceive={() => void handleReceive(transfer)}
              />
            ))
          )}
        </Stack>
      </section>
      <SendTransferForm collectionPointId={collectionPointId} points={points} />
      {transfers.data ? (
        <section aria-labelledby="recent-transfers-heading">
          <Title order={2} size="h3" id="recent-transfers-heading" mb="sm">
            {t('stock.transfers.recentTitle')}
          </Title>
          {others.length === 0 ? (
            <Text>{t('stock.transfers.noRecent')}</Text>
          ) : (
            <Stack gap="sm">
              {others.map((transfer) => (
                <TransferCard key={transfer.id} transfer={transfer} collectionPointId={collectionPointId} />
              ))}
            </Stack>
          )}
        </section>
      ) : null}
    </Stack>
  );
}

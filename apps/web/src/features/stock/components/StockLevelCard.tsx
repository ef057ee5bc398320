import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeskStockLevelsQuery } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { RECORD_STOCK_COUNT_MUTATION, WRITE_OFF_STOCK_MUTATION } from '../graphql/deskOperations';
import { type DeskProblem, deskProblem } from '../utils/deskErrors';
import { variantName } from '../utils/labels';
import { parseQuantity } from '../utils/quantities';
import { DeskProblemAlert } from './DeskProblemAlert';
import { DoneAlert } from '../../../components/SuccessAlert';
import { QuantityInput } from './QuantityInput';

export type StockLevel = DeskStockLevelsQuery['stockLevels'][number];

type Action = 'count' | 'writeOff';

const MAX_REASON_LENGTH = 500;

export interface StockLevelCardProps {
  level: StockLevel;
  collectionPointId: string;
  /** Called after a count or a write-off, to refresh the levels. */
  onChanged: () => void;
}

/**
 * One variant's stock beside the open needs it serves, flagged "short" in words when the stock does not cover
 * them, with a cycle count (what is on the shelf) and a write-off (unusable units), each with a reason.
 */
export function StockLevelCard({ level, collectionPointId, onChanged }: StockLevelCardProps) {
  const { t } = useTranslation();
  const name = variantName(level.item, level.variant);
  const headingId = `level-${level.variant.id}`;
  const [action, setAction] = useState<Action>();
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [quantityError, setQuantityError] = useState<string>();
  const [reasonError, setReasonError] = useState<string>();
  const [problem, setProblem] = useState<DeskProblem>();
  const [done, setDone] = useState<string>();
  const quantityInput = useRef<HTMLInputElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const [recordCount, counting] = useMutation(RECORD_STOCK_COUNT_MUTATION);
  const [writeOff, writingOff] = useMutation(WRITE_OFF_STOCK_MUTATION);

  // The buttons give way to the form: focus its first field.
  useEffect(() => {
    if (action) quantityInput.current?.focus();
  }, [action]);

  const start = (next: Action) => {
    setAction(next);
    setQuantity(next === 'count' ? String(level.quantity) : '1');
    setReason('');
    setQuantityError(undefined);
    setReasonError(undefined);
    setProblem(undefined);
    setDone(undefined);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const parsed = parseQuantity(quantity);
    const quantityProblem =
      parsed === null
        ? t('stock.errors.wholeNumber')
        : action === 'writeOff' && parsed < 1
          ? t('stock.errors.quantityFromOne')
          : action === 'writeOff' && parsed > level.quantity
            ? t('stock.errors.moreThanStock', { count: level.quantity })
            : undefined;
    const reasonProblem = reason.trim() ? undefined : t('stock.errors.reasonRequired');
    setQuantityError(quantityProblem);
    setReasonError(reasonProblem);
    if (quantityProblem || reasonProblem || parsed === null) {
      (quantityProblem ? quantityInput : reasonInput).current?.focus();
      return;
    }
    try {
      const base = { collectionPointId, variantId: level.variant.id, reason: reason.trim() };
      const after =
        action === 'count'
          ? (await recordCount({ variables: { input: { ...base, countedQuantity: parsed } } })).data
              ?.recordStockCount.level
          : (await writeOff({ variables: { input: { ...base, quantity: parsed } } })).data?.writeOffStock
              .level;
      setDone(
        t(action === 'count' ? 'stock.count.done' : 'stock.writeOff.done', {
          name,
          count: after?.quantity ?? 0,
        }),
      );
      setAction(undefined);
      document.getElementById(headingId)?.focus();
      onChanged();
    } catch (error: unknown) {
      setProblem(deskProblem(error));
    }
  };

  return (
    <Card component="article" withBorder padding="sm" aria-labelledby={headingId} data-testid="stock-level">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={headingId} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Title>
          {level.short ? (
            <Badge color="red.9" variant="filled" style={{ flexShrink: 0 }}>
              {t('stock.levels.short')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="lg" wrap="wrap">
          <Text>
            {t('stock.levels.quantity')}{' '}
            <Text span fw={700} size="lg">
              {level.quantity}
            </Text>
          </Text>
          <Text>
            {t('stock.levels.openNeeds')}{' '}
            <Text span fw={700} size="lg">
              {level.openNeedQuantity}
            </Text>
          </Text>
        </Group>
        {level.short ? (
          <Text size="sm" c="red.9" fw={600}>
            {t('stock.levels.shortBy', { count: level.openNeedQuantity - level.quantity })}
          </Text>
        ) : null}
        <DoneAlert message={done} />
        {action ? (
          <form
            noValidate
            className={classes.form}
            onSubmit={(event) => void handleSubmit(event)}
            aria-label={t(action === 'count' ? 'stock.count.form' : 'stock.writeOff.form', { name })}
          >
            <Stack gap="sm">
              <QuantityInput
                ref={quantityInput}
                label={t(action === 'count' ? 'stock.count.quantity' : 'stock.writeOff.quantity')}
                name="quantity"
                required
                min={action === 'count' ? 0 : 1}
                max={action === 'writeOff' ? level.quantity : undefined}
                value={quantity}
                onChange={setQuantity}
                error={quantityError}
              />
              <TextInput
                ref={reasonInput}
                label={t('stock.levels.reason')}
                description={t(action === 'count' ? 'stock.count.reasonHelp' : 'stock.writeOff.reasonHelp')}
                name="reason"
                size="lg"
                required
                maxLength={MAX_REASON_LENGTH}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={reasonError}
              />
              <DeskProblemAlert problem={problem} />
              <Button
                type="submit"
                size="lg"
                fullWidth
                color={action === 'writeOff' ? 'red.9' : undefined}
                loading={counting.loading || writingOff.loading}
              >
                {t(action === 'count' ? 'stock.count.submit' : 'stock.writeOff.submit')}
              </Button>
              <Button
                variant="subtle"
                color="var(--mantine-color-blue-9)"
                onClick={() => setAction(undefined)}
              >
                {t('stock.levels.cancel')}
              </Button>
            </Stack>
          </form>
        ) : (
          <Group gap="sm" wrap="wrap">
            <Button
              size="md"
              variant="light"
              onClick={() => start('count')}
              aria-label={t('stock.count.startNamed', { name })}
            >
              {t('stock.count.start')}
            </Button>
            <Button
              size="md"
              variant="outline"
              color="red.9"
              onClick={() => start('writeOff')}
              disabled={level.quantity === 0}
              aria-label={t('stock.writeOff.startNamed', { name })}
            >
              {t('stock.writeOff.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

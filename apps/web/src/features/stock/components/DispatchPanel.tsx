import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeskOpenNeedsQuery, DispatchStatus, NeedUrgency } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { useLocale } from '../../../i18n/useLocale';
import { useOrdinal } from '../../../i18n/useOrdinal';
import classes from '../../identity/components/IdentityForm.module.css';
import { PointProposals } from '../../matching/components/PointProposals';
import {
  DESK_OPEN_NEEDS_QUERY,
  DISPATCH_TO_NEED_MUTATION,
  POINT_DISPATCHES_QUERY,
  STOCK_LEVELS_QUERY,
} from '../graphql/deskOperations';
import { formatDateTime, formatDay } from '../utils/dates';
import { type DeskProblem, deskProblem } from '../utils/deskErrors';
import { variantName } from '../utils/labels';
import { parseQuantity } from '../utils/quantities';
import { DeskProblemAlert } from './DeskProblemAlert';
import { DeskQueryStatus } from './DeskQueryStatus';
import { DoneAlert } from '../../../components/SuccessAlert';
import { QuantityInput } from './QuantityInput';

type Need = DeskOpenNeedsQuery['openNeeds'][number];

export interface ServedDistrict {
  code: string;
  number: number;
  name: string;
}

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const URGENCY_COLORS: Record<NeedUrgency, string> = { CRITICAL: 'red.9', HIGH: '#b8400d', NORMAL: 'gray.8' };
const DISPATCH_COLORS: Record<DispatchStatus, string> = { DISPATCHED: 'blue.9', DELIVERED: 'teal.9' };

/** Refreshed after a dispatch: the need's remaining units, the stock and the recent dispatches. */
const AFTER_DISPATCH = ['DeskOpenNeeds', 'DeskStockLevels', 'DeskPointDispatches'];

interface NeedCardProps {
  need: Need;
  /** Units of the need's variant in stock here; undefined while unknown. */
  stock: number | undefined;
  collectionPointId: string;
  onDispatched: (message: string) => void;
}

/** One open need: who, what, how many still lacking, what this point holds, and "Prepare the dispatch". */
function NeedCard({ need, stock, collectionPointId, onDispatched }: NeedCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lang = useApiLanguage();
  const name = variantName(need.item, need.variant);
  const remaining = need.progress.remaining;
  const available = Math.min(remaining, stock ?? remaining);
  const headingId = `need-${need.id}`;
  const [open, setOpen] = useState(false);
  const [quantity, setQuantity] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<DeskProblem>();
  const quantityInput = useRef<HTMLInputElement>(null);
  const [dispatch, { loading }] = useMutation(DISPATCH_TO_NEED_MUTATION, { refetchQueries: AFTER_DISPATCH });

  useEffect(() => {
    if (open) quantityInput.current?.focus();
  }, [open]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const parsed = parseQuantity(quantity);
    const found =
      parsed === null || parsed < 1
        ? t('stock.errors.quantityFromOne')
        : parsed > remaining
          ? t('stock.errors.moreThanRemaining', { count: remaining })
          : stock !== undefined && parsed > stock
            ? t('stock.errors.moreThanStock', { count: stock })
            : undefined;
    setError(found);
    if (found || parsed === null) {
      quantityInput.current?.focus();
      return;
    }
    try {
      await dispatch({
        variables: { input: { collectionPointId, needId: need.id, quantity: parsed }, lang },
      });
      setOpen(false);
      onDispatched(
        t('stock.dispatch.done', {
          units: t('stock.units.items', { count: parsed }),
          name,
          organisation: need.organisation.name,
        }),
      );
    } catch (caught: unknown) {
      setProblem(deskProblem(caught));
    }
  };

  return (
    <Card component="article" withBorder padding="sm" aria-labelledby={headingId} data-testid="open-need">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={4} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {need.organisation.name}
          </Title>
          <Badge color={URGENCY_COLORS[need.urgency]} variant="filled" style={{ flexShrink: 0 }}>
            {t(`stock.urgency.${need.urgency}`)}
          </Badge>
        </Group>
        <Text fw={600}>{name}</Text>
        <Group gap="lg" wrap="wrap">
          <Text size="sm">{t('stock.dispatch.remaining', { count: remaining })}</Text>
          <Text size="sm">
            {stock === undefined ? t('app.loading') : t('stock.dispatch.inStock', { count: stock })}
          </Text>
        </Group>
        {need.deadline ? (
          <Text size="sm" c="gray.7">
            {t('stock.dispatch.deadline', { day: formatDay(need.deadline, locale) })}
          </Text>
        ) : null}
        {open ? (
          <form
            noValidate
            className={classes.form}
            onSubmit={(event) => void handleSubmit(event)}
            aria-label={t('stock.dispatch.form', { name, organisation: need.organisation.name })}
          >
            <Stack gap="sm">
              <QuantityInput
                ref={quantityInput}
                label={t('stock.dispatch.quantity')}
                description={t('stock.dispatch.quantityHelp', { count: available })}
                name="quantity"
                required
                min={1}
                max={available}
                value={quantity}
                onChange={setQuantity}
                error={error}
              />
              <DeskProblemAlert problem={problem} />
              <Button type="submit" size="lg" fullWidth loading={loading}>
                {t('stock.dispatch.confirm')}
              </Button>
              <Button variant="subtle" color="var(--mantine-color-blue-9)" onClick={() => setOpen(false)}>
                {t('stock.dispatch.cancel')}
              </Button>
            </Stack>
          </form>
        ) : stock === 0 ? (
          <Text size="sm" c="gray.7">
            {t('stock.dispatch.noStock')}
          </Text>
        ) : (
          <Button
            size="md"
            variant="light"
            onClick={() => {
              setQuantity(String(available));
              setError(undefined);
              setProblem(undefined);
              setOpen(true);
            }}
            aria-label={t('stock.dispatch.prepareNamed', { name, organisation: need.organisation.name })}
          >
            {t('stock.dispatch.prepare')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

interface DistrictNeedsProps {
  district: ServedDistrict;
  stockOf: (variantId: string) => number | undefined;
  collectionPointId: string;
  onDispatched: (message: string) => void;
}

/** The open needs delivered to one served arrondissement; those this point can serve first. */
function DistrictNeeds({ district, stockOf, collectionPointId, onDispatched }: DistrictNeedsProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const ordinal = useOrdinal();
  const needs = useQuery(DESK_OPEN_NEEDS_QUERY, {
    variables: { districtCode: district.code, lang },
    fetchPolicy: 'cache-and-network',
  });
  const headingId = `needs-${district.code}`;
  const sorted = needs.data
    ? [...needs.data.openNeeds].sort(
        (a, b) => Number((stockOf(b.variant.id) ?? 0) > 0) - Number((stockOf(a.variant.id) ?? 0) > 0),
      )
    : [];

  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t('stock.dispatch.district', { ordinal: ordinal(district.number), name: district.name })}
      </Title>
      {!needs.data ? (
        <DeskQueryStatus loading={needs.loading} error={needs.error} />
      ) : sorted.length === 0 ? (
        <Text>{t('stock.dispatch.empty')}</Text>
      ) : (
        <Stack gap="sm">
          {sorted.map((need) => (
            <NeedCard
              key={need.id}
              need={need}
              stock={stockOf(need.variant.id)}
              collectionPointId={collectionPointId}
              onDispatched={onDispatched}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}

/** The dispatches from this point, newest first, with their status in words. */
function RecentDispatches({ collectionPointId }: { collectionPointId: string }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const locale = useLocale();
  const dispatches = useQuery(POINT_DISPATCHES_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <section aria-labelledby="dispatches-heading">
      <Title order={2} size="h3" id="dispatches-heading" mb="sm">
        {t('stock.dispatches.title')}
      </Title>
      {!dispatches.data ? (
        <DeskQueryStatus loading={dispatches.loading} error={dispatches.error} />
      ) : dispatches.data.pointDispatches.length === 0 ? (
        <Text>{t('stock.dispatches.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" p={0} aria-labelledby="dispatches-heading">
          {dispatches.data.pointDispatches.map((dispatch) => (
            <List.Item key={dispatch.id} data-testid="point-dispatch">
              <Card withBorder padding="xs">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {t('stock.dispatches.line', {
                        count: dispatch.quantity,
                        name: variantName(dispatch.item, dispatch.variant),
                      })}
                    </Text>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {t('stock.dispatches.to', { organisation: dispatch.organisationName })}
                    </Text>
                    <Text size="sm" c="gray.7">
                      {dispatch.deliveredAt
                        ? t('stock.dispatches.deliveredAt', {
                            at: formatDateTime(dispatch.deliveredAt, locale),
                          })
                        : t('stock.dispatches.dispatchedAt', {
                            at: formatDateTime(dispatch.dispatchedAt, locale),
                          })}
                    </Text>
                  </Stack>
                  <Badge color={DISPATCH_COLORS[dispatch.status]} variant="filled" style={{ flexShrink: 0 }}>
                    {t(`stock.dispatchStatus.${dispatch.status}`)}
                  </Badge>
                </Group>
              </Card>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

export interface DispatchPanelProps {
  collectionPointId: string;
  servedDistricts: readonly ServedDistrict[];
}

/**
 * The "Dispatches" tab: the matching engine's proposals for this point, then the open needs of the
 * arrondissements it serves (manual dispatch), then recent dispatches.
 */
export function DispatchPanel({ collectionPointId, servedDistricts }: DispatchPanelProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const levels = useQuery(STOCK_LEVELS_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string>();
  const stock = new Map(levels.data?.stockLevels.map((level) => [level.variant.id, level.quantity]));
  // Variants absent from the levels are not in stock here.
  const stockOf = (variantId: string) => (levels.data ? (stock.get(variantId) ?? 0) : undefined);
  const sortedDistricts = [...servedDistricts].sort((a, b) => a.number - b.number);

  return (
    <Stack gap="xl">
      <PointProposals collectionPointId={collectionPointId} stockOf={stockOf} />
      <section aria-labelledby="needs-heading">
        <Title order={2} size="h3" id="needs-heading" tabIndex={-1} mb={4}>
          {t('stock.dispatch.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('stock.dispatch.intro')}
        </Text>
        <Stack gap="lg">
          <DoneAlert message={done} />
          {levels.error ? <DeskQueryStatus loading={false} error={levels.error} /> : null}
          {sortedDistricts.map((district) => (
            <DistrictNeeds
              key={district.code}
              district={district}
              stockOf={stockOf}
              collectionPointId={collectionPointId}
              onDispatched={(message) => {
                setDone(message);
                document.getElementById('needs-heading')?.focus();
              }}
            />
          ))}
        </Stack>
      </section>
      <RecentDispatches collectionPointId={collectionPointId} />
    </Stack>
  );
}

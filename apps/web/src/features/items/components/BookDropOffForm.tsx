import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { OfferFieldsFragment } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import {
  BOOK_DROP_OFF_MUTATION,
  DROP_OFF_POINTS_QUERY,
  DROP_OFF_SLOTS_QUERY,
  MY_DROP_OFFS_QUERY,
  MY_OFFERS_QUERY,
} from '../graphql/itemsOperations';
import { useDistrictOptions } from '../utils/format';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';
import { SlotSelect } from './SlotSelect';

interface FieldErrors {
  point?: string;
  slot?: string;
  offers?: string;
}

/**
 * Books a drop-off: the arrondissement narrows the collection points to those serving it, then a slot of the
 * chosen point, then which of the offers not booked yet to bring (all by default).
 */
export function BookDropOffForm({
  offers,
  labelledBy,
  onBooked,
}: {
  offers: OfferFieldsFragment[];
  labelledBy: string;
  /** Told the new drop-off's code (the form may then disappear, with nothing left to book). */
  onBooked: (code: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const client = useApolloClient();
  const districtOptions = useDistrictOptions();
  const [districtCode, setDistrictCode] = useState('');
  const [chosenPointId, setChosenPointId] = useState('');
  const [chosenSlot, setChosenSlot] = useState<{ pointId: string; startsAt: string }>();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ItemsProblem>();
  const pointInput = useRef<HTMLSelectElement>(null);
  const slotInput = useRef<HTMLSelectElement>(null);
  const [book, { loading: booking }] = useMutation(BOOK_DROP_OFF_MUTATION);

  const points = useQuery(DROP_OFF_POINTS_QUERY, { variables: districtCode ? { districtCode } : {} });
  const pointList = points.data?.collectionPoints ?? [];
  // The point chosen while it is in the list; otherwise the first point serving the chosen arrondissement.
  const pointId = pointList.some((point) => point.id === chosenPointId)
    ? chosenPointId
    : districtCode
      ? (pointList[0]?.id ?? '')
      : '';
  const slot = chosenSlot?.pointId === pointId ? chosenSlot.startsAt : '';
  const selected = offers.filter((offer) => !excluded.has(offer.id));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldErrors = {};
    if (!pointId) found.point = t('items.errors.pointRequired');
    if (!slot) found.slot = t('items.errors.slotRequired');
    if (selected.length === 0) found.offers = t('items.errors.chooseOffers');
    setErrors(found);
    if (found.point) pointInput.current?.focus();
    else if (found.slot) slotInput.current?.focus();
    if (Object.keys(found).length) return;
    try {
      const { data } = await book({
        variables: {
          input: {
            collectionPointId: pointId,
            slotStartsAt: slot,
            offerIds: selected.map((offer) => offer.id),
          },
          lang,
        },
        refetchQueries: [MY_OFFERS_QUERY, MY_DROP_OFFS_QUERY],
      });
      if (!data) return;
      onBooked(data.bookDropOff.booking.code);
      setChosenSlot(undefined);
      setExcluded(new Set());
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
      // A slot filled up meanwhile: show the places as they now are.
      await client.refetchQueries({ include: [DROP_OFF_SLOTS_QUERY] }).catch(() => undefined);
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <Stack gap="md" maw={520}>
        <ItemsProblemAlert problem={problem} />
        <NativeSelect
          label={t('items.book.district')}
          description={t('items.book.districtHelp')}
          name="districtCode"
          value={districtCode}
          onChange={(event) => setDistrictCode(event.currentTarget.value)}
          data={[{ value: '', label: t('items.book.allDistricts') }, ...districtOptions]}
        />
        <NativeSelect
          ref={pointInput}
          label={t('items.book.point')}
          name="collectionPoint"
          required
          value={pointId}
          onChange={(event) => setChosenPointId(event.currentTarget.value)}
          data={[
            { value: '', label: points.loading ? t('app.loading') : t('items.book.choosePoint') },
            ...pointList.map((point) => ({
              value: point.id,
              label: t('items.book.pointOption', { name: point.name, address: point.address }),
            })),
          ]}
          error={errors.point ?? (points.error ? t('app.error') : undefined)}
        />
        <SlotSelect
          ref={slotInput}
          pointId={pointId}
          label={t('items.book.slot')}
          value={slot}
          onChange={(startsAt) => setChosenSlot({ pointId, startsAt })}
          error={errors.slot}
        />
        <Checkbox.Group
          label={t('items.book.offers')}
          description={t('items.book.offersHelp')}
          value={selected.map((offer) => offer.id)}
          onChange={(ids) =>
            setExcluded(new Set(offers.filter((offer) => !ids.includes(offer.id)).map((offer) => offer.id)))
          }
          error={errors.offers}
        >
          <Stack gap="xs" mt="xs">
            {offers.map((offer) => (
              <Checkbox
                key={offer.id}
                value={offer.id}
                label={t('items.offerLine', { count: offer.quantity, label: itemLabel(offer) })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button type="submit" loading={booking}>
            {t('items.book.submit')}
          </Button>
        </Group>
        <Text size="sm" c="gray.7">
          {t('items.book.mailNote')}
        </Text>
      </Stack>
    </form>
  );
}

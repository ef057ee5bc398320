import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { DROP_OFF_SLOTS_QUERY } from '../graphql/itemsOperations';
import { parisDay, useParisFormat } from '../utils/format';

/** How many days ahead the drop-off slots are offered (the API books up to 14). */
export const SLOT_DAYS = 7;

export interface SlotSelectProps {
  /** The collection point whose slots to offer; none yet disables the field. */
  pointId: string;
  label: string;
  value: string;
  onChange: (startsAt: string) => void;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A drop-off slot of a point, grouped by day, Paris time, with the places left; full slots cannot be chosen. */
export function SlotSelect({ pointId, label, value, onChange, error, ref }: SlotSelectProps) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const slots = useQuery(DROP_OFF_SLOTS_QUERY, {
    variables: { collectionPointId: pointId, days: SLOT_DAYS },
    skip: !pointId,
    // Places are taken by others all the time: always ask.
    fetchPolicy: 'network-only',
  });
  const groups: { group: string; items: { value: string; label: string; disabled: boolean }[] }[] = [];
  for (const slot of slots.data?.dropOffSlots ?? []) {
    const group = format.dayName(parisDay(slot.startsAt));
    const times = { start: format.time(slot.startsAt), end: format.time(slot.endsAt) };
    const option = {
      value: slot.startsAt,
      label:
        slot.available > 0
          ? t('items.slots.option', { ...times, count: slot.available })
          : t('items.slots.full', times),
      disabled: slot.available <= 0,
    };
    const last = groups.at(-1);
    if (last?.group === group) last.items.push(option);
    else groups.push({ group, items: [option] });
  }
  const empty = Boolean(slots.data) && groups.length === 0;
  const placeholder = !pointId
    ? t('items.slots.choosePointFirst')
    : slots.loading
      ? t('app.loading')
      : empty
        ? t('items.slots.none', { count: SLOT_DAYS })
        : t('items.slots.choose');
  return (
    <NativeSelect
      ref={ref}
      label={label}
      description={t('items.slots.help')}
      name="slot"
      required
      disabled={!pointId || empty}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: placeholder }, ...groups]}
      error={error ?? (slots.error ? t('app.error') : undefined)}
    />
  );
}

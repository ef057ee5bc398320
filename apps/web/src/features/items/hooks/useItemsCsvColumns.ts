import { useTranslation } from 'react-i18next';

import type {
  NeedFieldsFragment,
  OfferFieldsFragment,
  OrganisationDispatchesQuery,
} from '../../../gql/graphql';
import { type CsvColumn, csvHeader } from '../../../utils/csv';
import { useTraceSentence } from '../components/GiftTrace';
import { itemLabel } from '../components/NeedCard';
import { STAGES } from '../components/NeedProgress';
import { useDistrictName, useParisFormat } from '../utils/format';

type Dispatch = OrganisationDispatchesQuery['organisationDispatches'][number];

/**
 * A need's columns in an export, as its card shows it: what, how urgent, who asks (the public list) or where it
 * stands (the organisation's own list), how many, where to, by when, and how far it is covered.
 */
export function useNeedCsvColumns({ ownList }: { ownList: boolean }): CsvColumn<NeedFieldsFragment>[] {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const format = useParisFormat();
  const fact = (key: string) => csvHeader(t(`items.need.facts.${key}`));
  return [
    { header: t('items.csv.need'), value: itemLabel },
    { header: t('items.csv.urgency'), value: (need) => t(`items.urgency.option.${need.urgency}`) },
    ownList
      ? { header: t('items.csv.status'), value: (need) => t(`items.needStatus.${need.status}`) }
      : { header: fact('organisation'), value: (need) => need.organisation.name },
    { header: fact('quantity'), value: (need) => need.quantity },
    { header: fact('district'), value: (need) => districtName(need.districtCode) },
    {
      header: fact('deadline'),
      value: (need) => (need.deadline ? format.day(need.deadline) : t('items.need.noDeadline')),
    },
    { header: fact('note'), value: (need) => need.note },
    ...STAGES.map((stage) => ({
      header: t(`items.progress.${stage}`),
      value: (need: NeedFieldsFragment) => need.progress[stage],
    })),
    { header: t('items.csv.remaining'), value: (need) => need.progress.remaining },
  ];
}

/** The dispatches to an organisation, as its list shows them. */
export function useDispatchCsvColumns(): CsvColumn<Dispatch>[] {
  const { t } = useTranslation();
  const format = useParisFormat();
  return [
    {
      header: t('items.csv.dispatch'),
      value: (dispatch) => t('items.offerLine', { count: dispatch.quantity, label: itemLabel(dispatch) }),
    },
    { header: t('items.csv.status'), value: (dispatch) => t(`items.dispatches.status.${dispatch.status}`) },
    { header: t('items.csv.collectionPoint'), value: (dispatch) => dispatch.collectionPoint.name },
    { header: t('items.csv.dispatchedOn'), value: (dispatch) => format.shortDate(dispatch.dispatchedAt) },
    {
      header: t('items.csv.deliveredOn'),
      value: (dispatch) => (dispatch.deliveredAt ? format.shortDate(dispatch.deliveredAt) : ''),
    },
  ];
}

/** My gifts and what became of each, as "Suivi de mes dons" tells it. */
export function useGiftCsvColumns(): CsvColumn<OfferFieldsFragment>[] {
  const { t } = useTranslation();
  const sentence = useTraceSentence();
  return [
    {
      header: t('items.csv.gift'),
      value: (offer) => t('items.offerLine', { count: offer.quantity, label: itemLabel(offer) }),
    },
    { header: t('items.csv.status'), value: (offer) => t(`items.offerStatus.${offer.status}`) },
    { header: t('items.csv.condition'), value: (offer) => t(`items.conditions.${offer.condition}`) },
    {
      header: t('items.csv.destination'),
      value: (offer) =>
        offer.needOrganisationName
          ? t('items.gifts.forNeed', { name: offer.needOrganisationName })
          : t('items.gifts.general'),
    },
    { header: t('items.csv.trace'), value: (offer) => offer.trace.map(sentence).join(' → ') },
  ];
}

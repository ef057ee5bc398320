import { useTranslation } from 'react-i18next';

import type { FundingDonationFieldsFragment, FundingInitiativeFieldsFragment } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { useParisFormat } from '../../items/utils/format';
import { useCarriedBy } from '../components/InitiativeCard';
import { useDistrictsLine } from '../utils/districts';
import { useMoney } from '../utils/money';

/** One payment of one of my donations: what a donor keeps for the tax return. */
export interface DonationPaymentRow {
  donation: FundingDonationFieldsFragment;
  payment: FundingDonationFieldsFragment['payments'][number];
}

/** My donations' payments, a row each, in the order the donation cards list them. */
export function donationPaymentRows(
  donations: readonly FundingDonationFieldsFragment[],
): DonationPaymentRow[] {
  return donations.flatMap((donation) => donation.payments.map((payment) => ({ donation, payment })));
}

export function useDonationPaymentCsvColumns(): CsvColumn<DonationPaymentRow>[] {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const header = (key: string) => t(`funding.myDonations.csv.${key}`);
  return [
    { header: header('date'), value: ({ payment }) => format.shortDate(payment.paidAt) },
    {
      header: header('target'),
      value: ({ donation }) => donation.initiative?.title ?? t('funding.target.commonFund'),
    },
    { header: header('amount'), value: ({ payment }) => money.euros(payment.amountCents) },
    { header: header('refunded'), value: ({ payment }) => money.euros(payment.refundedCents) },
    { header: header('receipt'), value: ({ payment }) => payment.receiptNumber },
    {
      header: t('funding.myDonations.estimatedReduction'),
      value: ({ payment }) => money.euros(payment.taxReductionCents),
    },
  ];
}

/** The initiatives to support, as their cards show them. */
export function useInitiativeCsvColumns(): CsvColumn<FundingInitiativeFieldsFragment>[] {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useParisFormat();
  const carriedBy = useCarriedBy();
  const districtsLine = useDistrictsLine();
  const header = (key: string) => t(`funding.list.csv.${key}`);
  const amount = (part: 'raised' | 'matched' | 'pool') => ({
    header: t(`funding.progress.${part}`),
    value: (initiative: FundingInitiativeFieldsFragment) => money.euros(initiative.progress[`${part}Cents`]),
  });
  return [
    { header: header('initiative'), value: (initiative) => initiative.title },
    { header: header('carriedBy'), value: carriedBy },
    { header: t('funding.list.kind'), value: (initiative) => t(`funding.kinds.${initiative.kind}`) },
    { header: header('districts'), value: (initiative) => districtsLine(initiative.districtCodes) },
    { header: header('budget'), value: (initiative) => money.euros(initiative.budgetCents) },
    amount('raised'),
    amount('matched'),
    amount('pool'),
    { header: header('donors'), value: (initiative) => initiative.progress.donorsCount },
    { header: header('until'), value: (initiative) => format.day(initiative.deadline) },
  ];
}

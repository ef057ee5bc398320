import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { OfferFieldsFragment } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { MY_OFFERS_QUERY, WITHDRAW_OFFER_MUTATION } from '../graphql/itemsOperations';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';

/** The offers not booked yet, each with a button to withdraw it. */
export function UnbookedOffers({ offers }: { offers: OfferFieldsFragment[] }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [withdraw] = useMutation(WITHDRAW_OFFER_MUTATION);
  const [withdrawingId, setWithdrawingId] = useState<string>();
  const [problem, setProblem] = useState<ItemsProblem>();
  const [withdrawn, setWithdrawn] = useState<string>();

  const handleWithdraw = async (offer: OfferFieldsFragment) => {
    setProblem(undefined);
    setWithdrawn(undefined);
    setWithdrawingId(offer.id);
    try {
      await withdraw({
        variables: { input: { offerId: offer.id }, lang },
        refetchQueries: [MY_OFFERS_QUERY],
      });
      setWithdrawn(
        t('items.gifts.withdrawn', {
          label: t('items.offerLine', { count: offer.quantity, label: itemLabel(offer) }),
        }),
      );
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    } finally {
      setWithdrawingId(undefined);
    }
  };

  return (
    <>
      <ItemsProblemAlert problem={problem} />
      {withdrawn ? (
        <Alert color="teal.9" variant="outline" role="status">
          <Text c="gray.9">{withdrawn}</Text>
        </Alert>
      ) : null}
      {offers.length === 0 ? (
        <Text>{t('items.gifts.nothingToBook')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" p={0} aria-label={t('items.gifts.toBookList')}>
          {offers.map((offer) => {
            const label = t('items.offerLine', { count: offer.quantity, label: itemLabel(offer) });
            return (
              <List.Item key={offer.id} data-testid="offer-to-book">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <div>
                    <Text fw={600}>{label}</Text>
                    <Text size="sm" c="gray.7">
                      {offer.needOrganisationName
                        ? t('items.gifts.forNeed', { name: offer.needOrganisationName })
                        : t('items.gifts.general')}
                    </Text>
                  </div>
                  <Button
                    variant="outline"
                    color="red.9"
                    size="compact-sm"
                    loading={withdrawingId === offer.id}
                    onClick={() => void handleWithdraw(offer)}
                    aria-label={t('items.gifts.withdrawNamed', { label })}
                  >
                    {t('items.gifts.withdraw')}
                  </Button>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </>
  );
}

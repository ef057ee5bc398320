import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { OfferCondition } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import { MAKE_OFFER_MUTATION, NEED_QUERY } from '../graphql/itemsOperations';
import { parseQuantity } from '../utils/format';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';
import { VariantSelect } from './VariantSelect';

/** The API accepts at most this many units in one offer. */
export const MAX_OFFER_QUANTITY = 1000;

const CONDITIONS: readonly OfferCondition[] = ['NEW', 'LIKE_NEW', 'GOOD'];

function isCondition(value: string): value is OfferCondition {
  return (CONDITIONS as readonly string[]).includes(value);
}

export interface OfferFormProps {
  /** The need this answers (its variant is implied); without it, the person picks a variant. */
  needId?: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
}

interface FieldErrors {
  variant?: string;
  quantity?: string;
}

/**
 * Offers items, for a need or in general: quantity and condition (and the variant for a general offer); then
 * leads to "my gifts" to book a drop-off.
 */
export function OfferForm({ needId, labelledBy }: OfferFormProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [makeOffer, { loading }] = useMutation(MAKE_OFFER_MUTATION);
  const [variantId, setVariantId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [condition, setCondition] = useState<OfferCondition>('NEW');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ItemsProblem>();
  const [offered, setOffered] = useState<string>();
  const variantInput = useRef<HTMLSelectElement>(null);
  const quantityInput = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setOffered(undefined);
    const found: FieldErrors = {};
    if (!needId && !variantId) found.variant = t('items.errors.variantRequired');
    const parsed = parseQuantity(quantity, MAX_OFFER_QUANTITY);
    if ('problem' in parsed) found.quantity = t(`items.errors.${parsed.problem.key}`, parsed.problem.values);
    setErrors(found);
    if (found.variant) variantInput.current?.focus();
    else if (found.quantity) quantityInput.current?.focus();
    if (found.variant || !('quantity' in parsed)) return;
    try {
      const { data } = await makeOffer({
        variables: {
          input: { ...(needId ? { needId } : { variantId }), quantity: parsed.quantity, condition },
          lang,
        },
        // The need's progress counts the new offer at once, without waiting for the next poll.
        refetchQueries: needId ? [NEED_QUERY] : [],
      });
      if (!data) return;
      const { offer } = data.makeOffer;
      setOffered(t('items.offer.done', { count: offer.quantity, label: itemLabel(offer) }));
      setQuantity('1');
      if (!needId) setVariantId('');
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    }
  };

  return (
    <Stack gap="md">
      {offered ? (
        <Alert color="teal.9" variant="outline" role="status" data-testid="offer-done">
          <Stack gap="xs" align="flex-start">
            <Text fw={600} c="gray.9">
              {offered}
            </Text>
            <Text c="gray.9">{t('items.offer.nextStep')}</Text>
            <Button component={Link} to="/mes-dons">
              {t('items.offer.bookDropOff')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-labelledby={labelledBy}
      >
        <Stack gap="md" maw={480}>
          <ItemsProblemAlert problem={problem} />
          {needId ? null : (
            <VariantSelect
              ref={variantInput}
              label={t('items.offer.variant')}
              value={variantId}
              onChange={setVariantId}
              error={errors.variant}
            />
          )}
          <TextInput
            ref={quantityInput}
            label={t('items.offer.quantity')}
            description={t('items.offer.quantityHelp', { max: MAX_OFFER_QUANTITY })}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_OFFER_QUANTITY}
            required
            value={quantity}
            onChange={(event) => setQuantity(event.currentTarget.value)}
            error={errors.quantity}
          />
          <NativeSelect
            label={t('items.offer.condition')}
            description={t('items.offer.conditionHelp')}
            name="condition"
            value={condition}
            onChange={(event) => {
              const { value } = event.currentTarget;
              if (isCondition(value)) setCondition(value);
            }}
            data={CONDITIONS.map((value) => ({ value, label: t(`items.conditions.${value}`) }))}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('items.offer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

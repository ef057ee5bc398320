import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import type { NeedUrgency } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import { ORGANISATION_NEEDS_QUERY, POST_NEED_MUTATION } from '../graphql/itemsOperations';
import { parisToday, parseQuantity, useDistrictOptions } from '../utils/format';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';
import { deadlineProblem, isUrgency, MAX_NEED_QUANTITY, MAX_NOTE_LENGTH, URGENCIES } from './needFields';
import { VariantSelect } from './VariantSelect';

interface FieldErrors {
  variant?: string;
  quantity?: string;
  deadline?: string;
}

/** Members of a verified association post a need: what, how many, where to deliver, how urgently, by when. */
export function PostNeedForm({
  organisationId,
  districtCodes,
  labelledBy,
}: {
  organisationId: string;
  /** The arrondissements the organisation serves: the first is the default delivery arrondissement. */
  districtCodes: readonly string[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const districtOptions = useDistrictOptions();
  const [postNeed, { loading }] = useMutation(POST_NEED_MUTATION);
  const [variantId, setVariantId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [districtCode, setDistrictCode] = useState([...districtCodes].sort()[0] ?? '75001');
  const [urgency, setUrgency] = useState<NeedUrgency>('NORMAL');
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ItemsProblem>();
  const [posted, setPosted] = useState<string>();
  const variantInput = useRef<HTMLSelectElement>(null);
  const quantityInput = useRef<HTMLInputElement>(null);
  const deadlineInput = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setPosted(undefined);
    const found: FieldErrors = {};
    if (!variantId) found.variant = t('items.errors.variantRequired');
    const parsed = parseQuantity(quantity, MAX_NEED_QUANTITY);
    if ('problem' in parsed) found.quantity = t(`items.errors.${parsed.problem.key}`, parsed.problem.values);
    const deadlineKey = deadlineProblem(deadline, parisToday());
    if (deadlineKey) found.deadline = t(`items.errors.${deadlineKey}`);
    setErrors(found);
    if (found.variant) variantInput.current?.focus();
    else if (found.quantity) quantityInput.current?.focus();
    else if (found.deadline) deadlineInput.current?.focus();
    if (found.variant || found.deadline || !('quantity' in parsed)) return;
    try {
      const { data } = await postNeed({
        variables: {
          input: {
            organisationId,
            variantId,
            quantity: parsed.quantity,
            districtCode,
            urgency,
            ...(deadline ? { deadline } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
          lang,
        },
        refetchQueries: [ORGANISATION_NEEDS_QUERY],
      });
      if (!data) return;
      const { need } = data.postNeed;
      setPosted(t('items.orgNeeds.posted', { count: need.quantity, label: itemLabel(need) }));
      setVariantId('');
      setQuantity('');
      setUrgency('NORMAL');
      setDeadline('');
      setNote('');
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    }
  };

  return (
    <Stack gap="md">
      {posted ? <SuccessAlert>{posted}</SuccessAlert> : null}
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-labelledby={labelledBy}
      >
        <Stack gap="md" maw={640}>
          <ItemsProblemAlert problem={problem} />
          <VariantSelect
            ref={variantInput}
            label={t('items.orgNeeds.variant')}
            value={variantId}
            onChange={setVariantId}
            error={errors.variant}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              ref={quantityInput}
              label={t('items.orgNeeds.quantity')}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_NEED_QUANTITY}
              required
              value={quantity}
              onChange={(event) => setQuantity(event.currentTarget.value)}
              error={errors.quantity}
            />
            <NativeSelect
              label={t('items.orgNeeds.urgency')}
              name="urgency"
              value={urgency}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isUrgency(value)) setUrgency(value);
              }}
              data={URGENCIES.map((value) => ({ value, label: t(`items.urgency.option.${value}`) }))}
            />
            <NativeSelect
              label={t('items.orgNeeds.district')}
              name="districtCode"
              required
              value={districtCode}
              onChange={(event) => setDistrictCode(event.currentTarget.value)}
              data={districtOptions}
            />
            <TextInput
              ref={deadlineInput}
              label={t('items.orgNeeds.deadline')}
              description={t('items.orgNeeds.optional')}
              name="deadline"
              type="date"
              min={parisToday()}
              value={deadline}
              onChange={(event) => setDeadline(event.currentTarget.value)}
              error={errors.deadline}
            />
          </SimpleGrid>
          <Textarea
            label={t('items.orgNeeds.note')}
            description={t('items.orgNeeds.noteHelp')}
            name="note"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('items.orgNeeds.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
